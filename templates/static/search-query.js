/*
 * portalgen search, part 2 of 3: queries (see search.js for the whole and the page contract).
 *
 * A query is split into phrases (at spaces); a phrase that is a keyword's term or alias stands for all of its
 * names. Candidates come from the posting list of each phrase's rarest character pair, with upper bounds of
 * their rank; the texts of the best candidates are then loaded to confirm the phrase, count it exactly and cut
 * the snippet, and a result is released only when no unchecked candidate can outrank it.
 */
(function (global) {
  'use strict';

  var ns = global.PortalgenSearch = global.PortalgenSearch || {};
  var Index = ns.Index;
  var fold = ns.fold;
  var PAGE_SIZE = 10;
  var MAX_PHRASES = 8;
  var MAX_PHRASE_LENGTH = 100;
  var MAX_TERMS_PER_PHRASE = 12;
  var SNIPPET_BEFORE = 24;
  var SNIPPET_LENGTH = 110;

  /** The query's phrases: folded, split at white space and ASCII double quotes, without repeats. */
  function parseQuery(query) {
    var phrases = [];
    fold(query || '').split(/[\s"]+/).forEach(function (phrase) {
      var characters = Array.from(phrase).slice(0, MAX_PHRASE_LENGTH).join('');
      if (characters && phrases.indexOf(characters) < 0 && phrases.length < MAX_PHRASES) phrases.push(characters);
    });
    return phrases;
  }

  // ---- Candidates: which speeches may contain a phrase, and how well they can rank --------------------------

  /** The terms a phrase is looked up by: its character pairs (a spread of them for long phrases), or itself. */
  function termsOf(phrase) {
    var characters = Array.from(phrase);
    if (characters.length === 1) return characters;
    var pairs = [];
    for (var i = 0; i + 1 < characters.length; i++) {
      var pair = characters[i] + characters[i + 1];
      if (pairs.indexOf(pair) < 0) pairs.push(pair);
    }
    if (pairs.length <= MAX_TERMS_PER_PHRASE) return pairs;
    // Any subset of the pairs finds every speech with the phrase; verification removes the rest.
    var spread = [];
    for (var j = 0; j < MAX_TERMS_PER_PHRASE; j++) {
      spread.push(pairs[Math.round(j * (pairs.length - 1) / (MAX_TERMS_PER_PHRASE - 1))]);
    }
    return spread;
  }

  /**
   * Candidates are parallel arrays sorted by speech number: the speeches that may match, and upper bounds of
   * their tier (2 title, 1 heading, 0 body) and of their count of occurrences. `exact` means that every
   * candidate matches (phrases of one or two characters are looked up directly).
   */
  function candidates(documents, tiers, counts, exact) {
    return { documents: documents, tiers: tiers, counts: counts, exact: exact };
  }

  var NO_CANDIDATES = candidates(new Int32Array(0), new Uint8Array(0), new Int32Array(0), true);

  /** Merges two candidate sets: a union for alternatives of one phrase, an intersection for separate phrases. */
  function combine(x, y, union) {
    var documents = [];
    var tiers = [];
    var counts = [];
    var i = 0;
    var j = 0;
    while (i < x.documents.length || j < y.documents.length) {
      var a = i < x.documents.length ? x.documents[i] : Infinity;
      var b = j < y.documents.length ? y.documents[j] : Infinity;
      if (!union && (a === Infinity || b === Infinity)) break;
      if (a === b) {
        documents.push(a);
        tiers.push(union ? Math.max(x.tiers[i], y.tiers[j]) : Math.min(x.tiers[i], y.tiers[j]));
        counts.push(x.counts[i] + y.counts[j]);
        i++;
        j++;
      } else if (a < b) {
        if (union) { documents.push(a); tiers.push(x.tiers[i]); counts.push(x.counts[i]); }
        i++;
      } else {
        if (union) { documents.push(b); tiers.push(y.tiers[j]); counts.push(y.counts[j]); }
        j++;
      }
    }
    return candidates(Int32Array.from(documents), Uint8Array.from(tiers), Int32Array.from(counts), x.exact && y.exact);
  }

  /** The speeches in both posting lists, with the smaller count (each list's count bounds the phrase's). */
  function intersectLists(a, b) {
    var documents = [];
    var counts = [];
    var i = 0;
    var j = 0;
    while (i < a.documents.length && j < b.documents.length) {
      if (a.documents[i] === b.documents[j]) {
        documents.push(a.documents[i]);
        counts.push(Math.min(a.counts[i], b.counts[j]));
        i++;
        j++;
      } else if (a.documents[i] < b.documents[j]) {
        i++;
      } else {
        j++;
      }
    }
    return { documents: Int32Array.from(documents), counts: Int32Array.from(counts) };
  }

  Index.prototype.entry = function (manifest, key) {
    if (!this.entries) this.entries = new Map();
    if (!this.entries.has(key)) {
      var promise = this.term(manifest, key);
      this.entries.set(key, promise);
      promise.catch(function () { this.entries.delete(key); }.bind(this));
    }
    return this.entries.get(key);
  };

  Index.prototype.phraseCandidates = async function (manifest, phrase) {
    var self = this;
    var entries = await Promise.all(termsOf(phrase).map(function (key) { return self.entry(manifest, key); }));
    if (entries.some(function (entry) { return !entry; })) return NO_CANDIDATES;
    // The list with the fewest occurrences bounds the count best and costs the fewest bytes. A second list,
    // if almost as rare and short (a few KB at most), removes speeches that have one pair but not the
    // other before their texts (about 6 KB each) are loaded to check them.
    var bySize = entries.slice().sort(function (a, b) { return a.total - b.total || a.documents - b.documents; });
    var second = bySize[1];
    var chosen = bySize.slice(0, second && second.total <= bySize[0].total * 1.25 && second.documents <= 4000 ? 2 : 1);
    // A phrase is in a title only if every one of its pairs is: the pair in the fewest titles bounds it, and
    // likewise for headings.
    var fewestTitles = entries.reduce(function (a, b) { return b.titles < a.titles ? b : a; });
    var fewestHeadings = entries.reduce(function (a, b) { return b.headed < a.headed ? b : a; });
    var loaded = await Promise.all([
      Promise.all(chosen.map(function (entry) { return self.postings(entry); })),
      self.headings(manifest, fewestTitles),
      self.headings(manifest, fewestHeadings)
    ]);
    var list = loaded[0].reduce(intersectLists);
    var documents = list.documents;
    var counts = list.counts;
    var titles = loaded[1][0];
    var headings = loaded[2][1];
    var tiers = new Uint8Array(documents.length);
    var t = 0;
    var h = 0;
    for (var i = 0; i < documents.length; i++) {
      var document = documents[i];
      while (t < titles.length && titles[t] < document) t++;
      while (h < headings.length && headings[h] < document) h++;
      tiers[i] = t < titles.length && titles[t] === document ? 2 : h < headings.length && headings[h] === document ? 1 : 0;
    }
    return candidates(documents, tiers, counts, Array.from(phrase).length <= 2);
  };

  // ---- Verification, ranking and snippets -------------------------------------------------------------------

  function countOccurrences(text, phrase, from) {
    var count = 0;
    for (var at = text.indexOf(phrase, from || 0); at >= 0; at = text.indexOf(phrase, at + 1)) count++;
    return count;
  }

  /**
   * How a speech matches the query's phrase groups (every group must match, through any of its
   * alternatives): its tier, its count of occurrences and the first hit in the body, or null.
   */
  function evaluate(document, groups) {
    var tier = 2;
    var count = 0;
    var first = null;
    for (var g = 0; g < groups.length; g++) {
      var groupTier = 0;
      var groupCount = 0;
      groups[g].forEach(function (phrase) {
        var inTitle = countOccurrences(document.foldedTitle, phrase);
        if (inTitle) { groupTier = 2; groupCount += inTitle; }
        document.foldedTexts.forEach(function (text, section) {
          var at = text.indexOf(phrase);
          if (at < 0) return;
          groupCount += countOccurrences(text, phrase, at);
          if (document.headings.charAt(section) === '1' && groupTier < 1) groupTier = 1;
          if (!first || section < first.section || (section === first.section && at < first.offset)) {
            first = { section: section, offset: at, length: phrase.length };
          }
        });
      });
      if (!groupCount) return null;
      tier = Math.min(tier, groupTier);
      count += groupCount;
    }
    return { tier: tier, count: count, first: first };
  }

  function isLowSurrogate(unit) { return unit >= 0xdc00 && unit <= 0xdfff; }

  /** Text around the first hit, as pieces `{ text, mark }` with every hit in it marked. */
  function snippet(document, groups, first) {
    var section = first ? first.section : 0;
    var text = document.texts[section] || '';
    var folded = document.foldedTexts[section] || '';
    var start = first ? Math.max(0, first.offset - SNIPPET_BEFORE) : 0;
    if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
    var end = Math.min(text.length, Math.max(start + SNIPPET_LENGTH, first ? first.offset + first.length : 0));
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
    var marks = [];
    groups.forEach(function (group) {
      group.forEach(function (phrase) {
        for (var at = folded.indexOf(phrase, Math.max(0, start - phrase.length + 1)); at >= 0 && at < end;
          at = folded.indexOf(phrase, at + 1)) {
          marks.push([Math.max(at, start), Math.min(at + phrase.length, end)]);
        }
      });
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pieces = [];
    var position = start;
    function plain(to) { if (to > position) pieces.push({ text: text.slice(position, to), mark: false }); }
    marks.forEach(function (mark) {
      if (mark[1] <= position) return;
      plain(mark[0]);
      var from = Math.max(mark[0], position);
      var last = pieces[pieces.length - 1];
      if (last && last.mark && from === position && pieces.length) {
        last.text += text.slice(from, mark[1]);
      } else {
        pieces.push({ text: text.slice(from, mark[1]), mark: true });
      }
      position = mark[1];
    });
    plain(end);
    if (start > 0) pieces.unshift({ text: '…', mark: false });
    if (end < text.length) pieces.push({ text: '…', mark: false });
    return pieces;
  }

  /** The anchor of the section with the hit, or of the nearest section before it that has one. */
  function anchorFor(document, first) {
    if (!first) return null;
    for (var section = first.section; section >= 0; section--) {
      if (document.anchors[section]) return document.anchors[section];
    }
    return null;
  }

  /** Whether a verified result ranks before a candidate's bound (or another result). */
  function ranksBefore(a, tier, count, number) {
    if (a.tier !== tier) return a.tier > tier;
    if (a.count !== count) return a.count > count;
    return a.number < number;
  }

  function matchKeywords(keywords, groups) {
    if (!groups.length) return [];
    var matched = [];
    keywords.forEach(function (keyword) {
      var exact = false;
      var all = groups.every(function (group) {
        return group.some(function (phrase) {
          return keyword.folded.some(function (name) {
            if (name === phrase) exact = true;
            return name.indexOf(phrase) >= 0;
          });
        });
      });
      if (all) matched.push({ keyword: keyword, exact: exact });
    });
    matched.sort(function (a, b) {
      return (b.exact - a.exact) || (b.keyword.speechCount - a.keyword.speechCount) || (a.keyword.order - b.keyword.order);
    });
    return matched.slice(0, 5).map(function (match) { return match.keyword; });
  }

  /**
   * One query against an index. `next(n)` resolves to the next n results in rank order: keyword pages
   * (`keywords`, known once the first page is in) come before them. Ranking: phrase in the title, then in a
   * heading, then in the body only; then by number of occurrences; then by the order of the speeches in the
   * index. Candidates are verified in order of their upper bounds, and a result is only released once no
   * unverified candidate can rank before it, so pages are exact while loading only the texts they show.
   */
  function Search(index, query) {
    this.index = index;
    this.query = String(query || '');
    this.phrases = parseQuery(this.query);
    this.groups = [];
    this.keywords = [];
    this.results = [];
    this.done = false;
    this.total = null;
    this.estimate = 0;
    this.pending = [];
    this.cursor = 0;
    this.order = [];
    this.queue = Promise.resolve();
    this.prepared = null;
  }

  Search.prototype.prepare = function () {
    if (!this.prepared) this.prepared = this.findCandidates();
    return this.prepared;
  };

  Search.prototype.findCandidates = async function () {
    var manifest = await this.index.ready();
    var index = this.index;
    this.manifest = manifest;
    this.groups = this.phrases.map(function (phrase) {
      var alternatives = [phrase];
      (manifest.aliases.get(phrase) || []).forEach(function (name) {
        if (alternatives.indexOf(name) < 0 && alternatives.length < MAX_PHRASES) alternatives.push(name);
      });
      return alternatives;
    });
    this.keywords = matchKeywords(manifest.keywords, this.groups);
    var found = null;
    for (var g = 0; g < this.groups.length; g++) {
      var sets = await Promise.all(this.groups[g].map(function (phrase) {
        return index.phraseCandidates(manifest, phrase);
      }));
      var union = sets.reduce(function (a, b) { return combine(a, b, true); });
      found = found ? combine(found, union, false) : union;
    }
    found = found || NO_CANDIDATES;
    this.candidates = found;
    this.estimate = found.documents.length;
    if (found.exact) this.total = this.estimate;
    var order = [];
    for (var i = 0; i < found.documents.length; i++) order.push(i);
    order.sort(function (a, b) {
      return (found.tiers[b] - found.tiers[a]) || (found.counts[b] - found.counts[a]) ||
        (found.documents[a] - found.documents[b]);
    });
    this.order = order;
  };

  /** The next `count` results (fewer at the end); calls are queued so that pages never interleave. */
  Search.prototype.next = function (count) {
    var self = this;
    var result = this.queue.then(function () { return self.fill(count || PAGE_SIZE); });
    this.queue = result.catch(function () {});
    return result;
  };

  Search.prototype.release = function (limit) {
    var found = this.candidates;
    while (this.pending.length && this.results.length < limit) {
      if (this.cursor < this.order.length) {
        var next = this.order[this.cursor];
        if (!ranksBefore(this.pending[0], found.tiers[next], found.counts[next], found.documents[next])) break;
      }
      this.results.push(this.pending.shift());
    }
  };

  Search.prototype.fill = async function (count) {
    await this.prepare();
    var start = this.results.length;
    var target = start + count;
    var found = this.candidates;
    while (!this.done) {
      this.release(target);
      if (this.results.length >= target) break;
      if (this.cursor >= this.order.length) {
        if (!this.pending.length) {
          this.done = true;
          this.total = this.results.length;
        }
        break;
      }
      // Verify as many as are still needed (at least one), in order of their bounds.
      var wanted = Math.min(20, Math.max(1, target - this.results.length - this.pending.length));
      var batch = this.order.slice(this.cursor, this.cursor + wanted);
      this.cursor += batch.length;
      var manifest = this.manifest;
      var index = this.index;
      var documents = await Promise.all(batch.map(function (position) {
        return index.document(manifest, found.documents[position]);
      }));
      for (var d = 0; d < documents.length; d++) {
        var document = documents[d];
        var match = evaluate(document, this.groups);
        if (!match) continue;
        var result = {
          number: document.number, url: document.url, anchor: anchorFor(document, match.first),
          title: document.title, date: document.date, tier: match.tier, count: match.count,
          snippet: snippet(document, this.groups, match.first)
        };
        var at = 0;
        while (at < this.pending.length && ranksBefore(this.pending[at], result.tier, result.count, result.number)) at++;
        this.pending.splice(at, 0, result);
      }
    }
    if (this.cursor >= this.order.length && !this.pending.length) {
      this.done = true;
      this.total = this.results.length;
    }
    return this.results.slice(start);
  };

  Index.prototype.search = function (query) { return new Search(this, query); };

  ns.pageSize = PAGE_SIZE;
  ns.parseQuery = parseQuery;
  ns.Search = Search;
  ns.evaluate = evaluate;
})(typeof globalThis !== 'undefined' ? globalThis : this);
