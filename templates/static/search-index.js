/*
 * portalgen search, part 1 of 3: the index (see search.js for the whole and the page contract).
 *
 * Reads the files of PortalKit's SearchIndexBuilder: the manifest (search/index.js), term shards, posting and
 * heading lists, and the stored text of speeches. Each file is a script that only calls
 * portalgenSearchData(id, data) with literal data; this file decodes the data and never evaluates any of it.
 */
(function (global) {
  'use strict';

  var ns = global.PortalgenSearch = global.PortalgenSearch || {};
  var registry = ns.registry = ns.registry || Object.create(null);
  var FORMAT_VERSION = 1;

  // ---- Folding: must match SearchNormalization.swift ----------------------------------------------------

  function foldCharacter(character) {
    var unit = character.charCodeAt(0);
    if (unit === 0x3000) return ' ';
    if (unit >= 0xff01) unit -= 0xfee0;
    if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    return String.fromCharCode(unit);
  }

  /** Full-width ASCII to ASCII, the ideographic space to a space, A-Z to a-z; one code unit for one. */
  function fold(text) {
    return String(text).replace(/[\uff01-\uff5e\u3000A-Z]/g, foldCharacter);
  }

  // ---- Decoding ----------------------------------------------------------------------------------------------

  var BASE64 = new Int8Array(128).fill(-1);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(function (c, i) {
    BASE64[c.charCodeAt(0)] = i;
  });

  /** Reads the bit streams of SearchBitWriter.swift; past the end it reads zeros, so it always terminates. */
  function BitReader(text) {
    this.text = text;
    this.index = 0;
    this.buffer = 0;
    this.available = 0;
  }
  BitReader.prototype.bit = function () {
    if (this.available === 0) {
      var unit = this.text.charCodeAt(this.index++);
      this.buffer = unit < 128 ? Math.max(0, BASE64[unit]) : 0;
      this.available = 6;
    }
    this.available--;
    return (this.buffer >> this.available) & 1;
  };
  BitReader.prototype.bits = function (count) {
    var value = 0;
    for (var i = 0; i < count; i++) value = value * 2 + this.bit();
    return value;
  };
  BitReader.prototype.rice = function (k) {
    var quotient = 0;
    while (this.bit() === 1) quotient++;
    return quotient * Math.pow(2, k) + this.bits(k);
  };
  BitReader.prototype.gamma = function () {
    var zeros = 0;
    while (this.bit() === 0 && this.index <= this.text.length) zeros++;
    return Math.pow(2, zeros) + this.bits(zeros);
  };

  /** A posting list: the documents containing a term, ascending, and how often it occurs in each. */
  function readPostings(reader, count) {
    count = Math.max(0, Math.min(count, reader.text.length * 3));
    var gapK = reader.gamma() - 1;
    var countK = reader.gamma() - 1;
    var documents = new Int32Array(count);
    var counts = new Int32Array(count);
    var document = -1;
    for (var i = 0; i < count; i++) {
      document += reader.rice(gapK) + 1;
      documents[i] = document;
      counts[i] = reader.rice(countK) + 1;
    }
    return { documents: documents, counts: counts };
  }

  /**
   * The heading lists of a term: the speeches whose title contains it and those with a heading that does.
   * Each list may be stored as its complement among all `documentCount` speeches.
   */
  function readHeadings(reader, documentCount) {
    return [0, 1].map(function () {
      var complemented = reader.bit() === 1;
      var count = Math.max(0, Math.min(reader.gamma() - 1, documentCount));
      var stored = new Int32Array(count);
      if (count > 0) {
        var k = reader.gamma() - 1;
        var document = -1;
        for (var i = 0; i < count; i++) {
          document += reader.rice(k) + 1;
          stored[i] = document;
        }
      }
      if (!complemented) return stored;
      var documents = [];
      for (var candidate = 0, next = 0; candidate < documentCount; candidate++) {
        if (next < stored.length && stored[next] === candidate) next++; else documents.push(candidate);
      }
      return Int32Array.from(documents);
    });
  }

  /** A 48-bit part name as 12 hex digits. */
  function readHash(reader) {
    var hex = '';
    for (var i = 0; i < 12; i++) hex += reader.bits(4).toString(16);
    return hex;
  }

  var NO_HEADINGS = [new Int32Array(0), new Int32Array(0)];

  /** A term's shard entry (SearchShardLayout.swift); lists stay unread until they are needed. */
  function readEntry(key, text) {
    var reader = new BitReader(text);
    reader.bit();
    var externalPostings = reader.bit() === 1;
    var externalHeadings = reader.bit() === 1;
    var entry = { key: key, documents: reader.gamma() };
    entry.total = reader.gamma() + entry.documents - 1;
    entry.titles = reader.gamma() - 1;
    entry.headed = reader.gamma() - 1;
    entry.postingsPart = externalPostings ? readHash(reader) : null;
    if (!externalPostings) entry.postingsList = readPostings(reader, entry.documents);
    entry.headingsPart = null;
    entry.headingsList = NO_HEADINGS;
    if (entry.titles + entry.headed > 0) {
      entry.headingsList = null;
      if (externalHeadings) entry.headingsPart = readHash(reader);
      else entry.reader = reader;
    }
    return entry;
  }

  // ---- The index: loading and caching its parts ---------------------------------------------------------

  /**
   * The index under `root` (the site root as a URL prefix ending in "/"). `load(url)` runs a script file and
   * resolves when it has run; it defaults to <script> tags.
   */
  function Index(root, load) {
    this.root = root;
    this.load = load || ns.loadScript;
    this.pending = Object.create(null);
    this.documents = new Map();
    this.manifest = null;
  }

  Index.prototype.part = function (id) {
    if (id in registry) return Promise.resolve(registry[id]);
    var pending = this.pending;
    if (!pending[id]) {
      // search.js starts loading the manifest while this file loads; use that request.
      var preloaded = id === 'index' && ns.preloadedManifest;
      ns.preloadedManifest = null;
      pending[id] = (preloaded || this.load(this.root + 'search/' + id + '.js')).then(function () {
        if (!(id in registry)) throw new Error('search index part ' + id + ' is missing');
        return registry[id];
      });
      pending[id].catch(function () { delete pending[id]; });
    }
    return pending[id];
  };

  Index.prototype.ready = function () {
    var self = this;
    if (!this.manifest) {
      this.manifest = this.part('index').then(function (data) { return readManifest(data); });
      this.manifest.catch(function () { self.manifest = null; });
    }
    return this.manifest;
  };

  function chunks(text, size) {
    var list = [];
    for (var i = 0; i + size <= text.length; i += size) list.push(text.slice(i, i + size));
    return list;
  }

  function readManifest(data) {
    if (!data || data.v !== FORMAT_VERSION) throw new Error('unsupported search index format');
    // Code order of SearchCharTable.swift: printable ASCII but " < \ ~, then U+00A1 upwards.
    var table = Array.from(data.c);
    var single = new Array(128).fill('');
    var codes = [];
    for (var unit = 0x20; unit <= 0x7d; unit++) {
      if (unit !== 0x22 && unit !== 0x3c && unit !== 0x5c) codes.push(unit);
    }
    codes.forEach(function (unit, rank) { if (rank < table.length) single[unit] = table[rank]; });
    var keywords = data.k.map(function (entry, order) {
      var names = [entry[0]].concat(entry[1] || []);
      return {
        term: entry[0], aliases: entry[1] || [], url: entry[2], speechCount: entry[3], description: entry[4],
        order: order, folded: names.map(fold)
      };
    });
    var aliases = new Map();
    keywords.forEach(function (keyword) {
      keyword.folded.forEach(function (name) {
        var group = aliases.get(name) || [];
        keyword.folded.forEach(function (other) { if (group.indexOf(other) < 0) group.push(other); });
        aliases.set(name, group);
      });
    });
    return {
      documentCount: data.n,
      single: single,
      double: table.slice(codes.length),
      keywords: keywords,
      aliases: aliases,
      shardHashes: chunks(data.h, 12),
      blockSize: data.b,
      blockHashes: chunks(data.t, 8)
    };
  }

  /** Speech text from SearchCharTable.swift's encoding. */
  function decodeText(manifest, text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var unit = text.charCodeAt(i);
      if (unit < 0x80) {
        out += unit === 0x7e ? text.charAt(++i) : manifest.single[unit];
      } else if (unit >= 0xa1 && unit < 0x800) {
        out += manifest.double[unit - 0xa1] || '';
      } else {
        out += text.charAt(i);
      }
    }
    return out;
  }

  /** 32-bit FNV-1a over UTF-16 code units: the shard of a term (SearchShardLayout.swift). */
  function shardOf(key, count) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return hash % count;
  }

  /** The shard entries by term: the terms' characters decoded, each entry's first bit telling pair or not. */
  function readShard(manifest, data) {
    var characters = Array.from(decodeText(manifest, String(data[0])));
    var entries = new Map();
    var at = 0;
    String(data[1]).split('.').forEach(function (text) {
      if (!text) return;
      var pair = (Math.max(0, BASE64[text.charCodeAt(0)] || 0) & 32) !== 0;
      var key = pair ? characters[at] + characters[at + 1] : characters[at];
      at += pair ? 2 : 1;
      entries.set(key, text);
    });
    return entries;
  }

  /** The shard entry of a term, or null when no speech contains it. */
  Index.prototype.term = function (manifest, key) {
    if (!manifest.shardHashes.length) return Promise.resolve(null);
    var id = 's/' + manifest.shardHashes[shardOf(key, manifest.shardHashes.length)];
    var shards = this.shards || (this.shards = new Map());
    return this.part(id).then(function (data) {
      if (!shards.has(id)) shards.set(id, readShard(manifest, data));
      var text = shards.get(id).get(key);
      return text ? readEntry(key, text) : null;
    });
  };

  /** A list in a part of its own. */
  Index.prototype.list = function (hash) {
    return this.part('p/' + hash).then(function (text) { return new BitReader(String(text)); });
  };

  Index.prototype.postings = function (entry) {
    if (entry.postingsList) return Promise.resolve(entry.postingsList);
    return this.list(entry.postingsPart).then(function (reader) {
      return (entry.postingsList = readPostings(reader, entry.documents));
    });
  };

  Index.prototype.headings = function (manifest, entry) {
    if (entry.headingsList) return Promise.resolve(entry.headingsList);
    var reader = entry.headingsPart ? this.list(entry.headingsPart) : Promise.resolve(entry.reader);
    return reader.then(function (source) {
      return (entry.headingsList = readHeadings(source, manifest.documentCount));
    });
  };

  /** A speech's stored text and metadata, decoded. */
  Index.prototype.document = function (manifest, number) {
    if (!this.documents.has(number)) {
      var hash = manifest.blockHashes[Math.floor(number / manifest.blockSize)] || '';
      var promise = this.part('t/' + hash + '/' + number).then(function (data) {
        var texts = data[5].map(function (text) { return decodeText(manifest, text); });
        var title = decodeText(manifest, data[1]);
        return {
          number: number, url: data[0], title: title, date: data[2], anchors: data[3], headings: data[4],
          texts: texts, foldedTitle: fold(title), foldedTexts: texts.map(fold)
        };
      });
      this.documents.set(number, promise);
      promise.catch(function () { this.documents.delete(number); }.bind(this));
    }
    return this.documents.get(number);
  };

  ns.version = FORMAT_VERSION;
  ns.fold = fold;
  ns.decodeText = decodeText;
  ns.Index = Index;
})(typeof globalThis !== 'undefined' ? globalThis : this);
