/*
 * portalgen search, part 2 of 3: queries (see search.js for the whole and the page contract).
 *
 * A query is split into phrases (at spaces); a phrase that is a keyword's term or alias stands for all of its
 * names, and a speech must contain every phrase (or one of its names). Candidates come from the posting lists
 * of each phrase's character pairs, intersected block by block, and are ranked from the index alone:
 *
 *   score of a phrase = weight × (impact + 15 × in title + 4 × in a heading)
 *
 * for the phrase's key term (the phrase itself when it has one or two characters, else its pair with the
 * fewest occurrences), where the impact is BM25's length-normalised term frequency quantized to 0…15
 * (SearchScoring.swift) and weight = max(1, round(1000 × ln(1 + (N − df + 0.5) / (df + 0.5)))). Names of one
 * phrase count as the best of them; phrases add up. Equal scores rank the newer speech first (speeches are
 * numbered by date). Candidates are then confirmed in rank order against the stored text of the blocks that
 * can hold the phrase, which also gives the snippet: only what the page shows is loaded.
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
  var TITLE_BOOST = 15;
  var HEADING_BOOST = 4;
  // Further posting lists (beyond the key term's) are loaded while they cost at most this many characters
  // together (or no more than the key term's list): each removes candidates before their blocks are loaded.
  var LIST_BUDGET = 24000;
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
    // Any subset of the pairs finds every block with the phrase; confirmation removes the rest.
    var spread = [];
    for (var j = 0; j < MAX_TERMS_PER_PHRASE; j++) {
      spread.push(pairs[Math.round(j * (pairs.length - 1) / (MAX_TERMS_PER_PHRASE - 1))]);
    }
    return spread;
  }

  /** BM25's inverse document frequency as an integer weight (never 0, so every phrase counts). */
  function weight(documentCount, documents) {
    var idf = Math.log(1 + (documentCount - documents + 0.5) / (documents + 0.5));
    return Math.max(1, Math.round(1000 * idf));
  }

  /** The key term of a phrase: the fewest occurrences, then the fewest speeches, then the first in the phrase. */
  function keyEntry(entries) {
    return entries.reduce(function (best, entry) {
      return entry.total < best.total || (entry.total === best.total && entry.documents < best.documents) ? entry : best;
    });
  }

  function contains(sorted, value, from) {
    var at = from;
    while (at < sorted.length && sorted[at] < value) at++;
    return at;
  }

  /**
   * The terms whose posting lists a phrase loads: its key term first, then the others with the fewest speeches
   * while their lists are in the shards or cost little together.
   */
  function listsToLoad(entries) {
    var key = keyEntry(entries);
    var others = entries.filter(function (entry) { return entry !== key; }).sort(function (a, b) {
      return a.documents - b.documents || a.total - b.total;
    });
    var chosen = [key];
    var spent = 0;
    others.forEach(function (entry) {
      if (!entry.listCharacters || spent + entry.listCharacters <= Math.max(LIST_BUDGET, key.listCharacters)) {
        spent += entry.listCharacters;
        chosen.push(entry);
      }
    });
    return chosen;
  }

  /** The blocks of posting `i` of `list`: null for every block of the speech. */
  function blocksOf(list, i) {
    if (list.all[i]) return null;
    return list.blocks.subarray(list.blockFrom[i], list.blockFrom[i + 1]);
  }

  /** Blocks in both sets (null = every block). */
  function intersectBlocks(a, b) {
    if (a === null) return b;
    if (b === null) return a;
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  /**
   * The speeches that may contain `phrase`, ascending, each with the blocks that may hold it (null: any
   * block) and whether its title may (every loaded term is in it); and the score of every speech that has the
   * phrase's key term (`score(document)`). `exact`: every candidate contains the phrase (phrases of one or two
   * characters are terms themselves).
   */
  Index.prototype.alternative = async function (manifest, phrase) {
    var self = this;
    var terms = termsOf(phrase);
    var entries = await Promise.all(terms.map(function (key) { return self.entry(manifest, key); }));
    var result = {
      phrase: phrase, documents: [], blocks: [], titles: [], exact: Array.from(phrase).length <= 2,
      keyDocuments: new Int32Array(0), keyScores: new Int32Array(0)
    };
    if (entries.some(function (entry) { return !entry; })) return result;
    var chosen = listsToLoad(entries);
    var key = chosen[0];
    var loaded = await Promise.all([
      Promise.all(chosen.map(function (entry) { return self.postings(entry); })),
      Promise.all(chosen.map(function (entry) { return self.headings(manifest, entry); }))
    ]);
    var lists = loaded[0];
    var headings = loaded[1];
    var base = lists[0];
    var w = weight(manifest.documentCount, key.documents);
    var scores = new Int32Array(base.documents.length);
    var positions = chosen.map(function () { return 0; });
    var titleAt = chosen.map(function () { return 0; });
    var headingAt = 0;
    for (var i = 0; i < base.documents.length; i++) {
      var document = base.documents[i];
      titleAt[0] = contains(headings[0][0], document, titleAt[0]);
      headingAt = contains(headings[0][1], document, headingAt);
      var keyTitle = headings[0][0][titleAt[0]] === document ? 1 : 0;
      var keyHeading = headings[0][1][headingAt] === document ? 1 : 0;
      scores[i] = w * (base.impacts[i] + TITLE_BOOST * keyTitle + HEADING_BOOST * keyHeading);
      var blocks = base.impacts[i] ? blocksOf(base, i) : [];
      var inTitle = keyTitle === 1;
      var present = true;
      for (var c = 1; c < chosen.length; c++) {
        var list = lists[c];
        positions[c] = contains(list.documents, document, positions[c]);
        var at = positions[c];
        if (list.documents[at] !== document) { present = false; break; }
        blocks = list.impacts[at] ? intersectBlocks(blocks, blocksOf(list, at)) : [];
        titleAt[c] = contains(headings[c][0], document, titleAt[c]);
        inTitle = inTitle && headings[c][0][titleAt[c]] === document;
      }
      if (!present || (!inTitle && blocks !== null && blocks.length === 0)) continue;
      result.documents.push(document);
      result.blocks.push(blocks);
      result.titles.push(inTitle);
    }
    result.keyDocuments = base.documents;
    result.keyScores = scores;
    return result;
  };

  /** The score of `document` for an alternative: that of its key term, 0 without it. */
  function scoreOf(alternative, document) {
    var list = alternative.keyDocuments;
    var low = 0;
    var high = list.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (list[middle] < document) low = middle + 1; else high = middle;
    }
    return list[low] === document ? alternative.keyScores[low] : 0;
  }

  // ---- Confirmation and snippets -------------------------------------------------------------------------

  function isLowSurrogate(unit) { return unit >= 0xdc00 && unit <= 0xdfff; }

  /** Text around a hit (or the start of the text), as pieces `{ text, mark }` with every hit in it marked. */
  function snippet(block, phrases, hit) {
    var section = hit ? hit.section : 0;
    var text = block.texts[section] || '';
    var folded = block.foldedTexts[section] || '';
    var start = hit ? Math.max(0, hit.offset - SNIPPET_BEFORE) : 0;
    if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
    var end = Math.min(text.length, Math.max(start + SNIPPET_LENGTH, hit ? hit.offset + hit.length : 0));
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
    var marks = [];
    phrases.forEach(function (phrase) {
      for (var at = folded.indexOf(phrase, Math.max(0, start - phrase.length + 1)); at >= 0 && at < end;
        at = folded.indexOf(phrase, at + 1)) {
        marks.push([Math.max(at, start), Math.min(at + phrase.length, end)]);
      }
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
      if (last && last.mark && from === position) {
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

  /** The first hit of any of `phrases` in a block: its text, offset and length, or null. */
  function firstHit(block, phrases) {
    var best = null;
    block.foldedTexts.forEach(function (text, section) {
      phrases.forEach(function (phrase) {
        var at = text.indexOf(phrase);
        if (at < 0) return;
        if (!best || section < best.section || (section === best.section && at < best.offset)) {
          best = { section: section, offset: at, length: phrase.length };
        }
      });
    });
    return best;
  }

  /** Punctuation and spaces: where browsers' word boundaries are in Chinese text, for sure. */
  var BOUNDARY = /[\s，。；：、！？“”‘’（）《》〈〉【】—…,.;:!?()"']/;
  var CONTEXT = 12;

  /** The text before `offset` back to the nearest boundary (that one included when it is right before). */
  function textBefore(text, offset) {
    var from = offset;
    while (from > 0 && offset - from < CONTEXT && !BOUNDARY.test(text.charAt(from - 1))) from--;
    if (from === offset && from > 0) from--;
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
    return text.slice(from, offset);
  }

  /** The text after `end` up to the nearest boundary, which is included. */
  function textAfter(text, end) {
    var to = end;
    while (to < text.length && to - end < CONTEXT && !BOUNDARY.test(text.charAt(to))) to++;
    if (to < text.length) to++;
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
    return text.slice(end, to);
  }

  function anyIn(text, phrases) { return phrases.some(function (phrase) { return text.indexOf(phrase) >= 0; }); }

  /**
   * Whether candidate `c` contains every phrase group, loading its blocks in order (those that may hold a
   * phrase), and its snippet: the first hit in reading order, or the start of the speech for a title hit.
   */
  Index.prototype.confirm = async function (manifest, candidate, groups) {
    var number = candidate.document;
    var wanted = [];
    var everyBlock = false;
    var titlePossible = false;
    candidate.refs.forEach(function (refs) {
      refs.forEach(function (ref) {
        var blocks = ref.alternative.blocks[ref.at];
        if (blocks === null) everyBlock = true; else for (var b = 0; b < blocks.length; b++) wanted.push(blocks[b]);
        if (ref.alternative.titles[ref.at]) titlePossible = true;
      });
    });
    wanted = Array.from(new Set(wanted)).sort(function (a, b) { return a - b; });
    var satisfied = groups.map(function () { return false; });
    var all = [].concat.apply([], groups);
    var hitBlock = null;
    var hit = null;
    var first = null;
    var next = 0;
    while (true) {
      var target = everyBlock ? next : wanted[next];
      if (target === undefined || (first && everyBlock && target >= first.blockCount)) break;
      var block = await this.block(manifest, number, target);
      next++;
      if (!first) {
        first = block;
        groups.forEach(function (group, g) { if (anyIn(block.foldedTitle, group)) satisfied[g] = true; });
      }
      groups.forEach(function (group, g) {
        if (!satisfied[g] && block.foldedTexts.some(function (text) { return anyIn(text, group); })) satisfied[g] = true;
      });
      if (!hit) {
        hit = firstHit(block, all);
        if (hit) hitBlock = block;
      }
      if (hit && satisfied.every(Boolean)) break;
    }
    if (!first) {
      // Only a title can hold the phrases, or there are none (filters alone): the speech's first block.
      if (groups.length && !titlePossible) return null;
      first = await this.block(manifest, number, 0);
      groups.forEach(function (group, g) { if (anyIn(first.foldedTitle, group)) satisfied[g] = true; });
    }
    if (!satisfied.every(Boolean)) return null;
    var shown = hitBlock || (first.block === 0 ? first : await this.block(manifest, number, 0));
    return {
      number: number, url: first.url, title: first.title, date: first.date, score: candidate.score,
      anchor: hit ? shown.anchors[hit.section] : null, snippet: snippet(shown, all, hit),
      // For the link to the passage: the first hit as the page shows it, with the text around it up to the
      // nearest punctuation (so a browser finds this occurrence, not an earlier one), and every name looked for.
      match: hit ? shown.texts[hit.section].slice(hit.offset, hit.offset + hit.length) : null,
      before: hit ? textBefore(shown.texts[hit.section], hit.offset) : '',
      after: hit && hit.offset === 0 ? textAfter(shown.texts[hit.section], hit.length) : '', names: all
    };
  };

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

  // ---- Candidates of the whole query ----------------------------------------------------------------------

  /**
   * A group's candidates: the union of its names', each speech with its score (the best of the names whose
   * key term it has) and every name's entry.
   */
  function unionOf(alternatives) {
    var byDocument = new Map();
    alternatives.forEach(function (alternative) {
      alternative.documents.forEach(function (document, at) {
        var candidate = byDocument.get(document);
        if (!candidate) {
          var score = 0;
          alternatives.forEach(function (other) { score = Math.max(score, scoreOf(other, document)); });
          byDocument.set(document, candidate = { score: score, refs: [] });
        }
        candidate.refs.push({ alternative: alternative, at: at });
      });
    });
    return byDocument;
  }

  /** The speeches a filter allows, or null for all. */
  async function allowed(index, manifest, filters) {
    var year = filters && filters.year ? Number(filters.year) : 0;
    var keyword = filters && filters.keyword ? String(filters.keyword) : '';
    var range = null;
    if (year) {
      var entry = manifest.years.find(function (candidate) { return candidate.year === year; });
      range = entry ? [entry.first, entry.first + entry.count] : [0, 0];
    }
    var list = keyword ? await index.keywordDocuments(manifest, keyword) : null;
    if (keyword && !list) list = new Int32Array(0);
    if (!range && !list) return null;
    var set = new Set();
    if (list) {
      list.forEach(function (document) { if (!range || (document >= range[0] && document < range[1])) set.add(document); });
    } else {
      for (var document = range[0]; document < range[1]; document++) set.add(document);
    }
    return set;
  }

  /**
   * One query against an index, with optional filters `{ year, keyword }`. `next(n)` resolves to the next n
   * results in rank order: keyword pages (`keywords`, known once the first page is in) come before them. With
   * filters and no phrase, the filtered speeches come newest first.
   */
  function Search(index, query, filters) {
    this.index = index;
    this.query = String(query || '');
    this.filters = filters || {};
    this.phrases = parseQuery(this.query);
    this.groups = [];
    this.keywords = [];
    this.results = [];
    this.done = false;
    this.total = null;
    this.estimate = 0;
    this.cursor = 0;
    this.order = [];
    this.queue = Promise.resolve();
    this.prepared = null;
  }

  /** Whether the search has anything to look for (a phrase or a filter). */
  Search.prototype.isEmpty = function () {
    return !this.phrases.length && !this.filters.year && !this.filters.keyword;
  };

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
    var filter = await allowed(index, manifest, this.filters);
    var candidates = [];
    var exact = true;
    if (!this.groups.length) {
      if (filter) filter.forEach(function (document) { candidates.push({ document: document, score: 0, refs: [] }); });
    } else {
      var unions = [];
      for (var g = 0; g < this.groups.length; g++) {
        var alternatives = await Promise.all(this.groups[g].map(function (phrase) {
          return index.alternative(manifest, phrase);
        }));
        alternatives.forEach(function (alternative) { exact = exact && alternative.exact; });
        unions.push(unionOf(alternatives));
      }
      unions.sort(function (a, b) { return a.size - b.size; });
      unions[0].forEach(function (first, document) {
        if (filter && !filter.has(document)) return;
        var candidate = { document: document, score: 0, refs: [] };
        for (var u = 0; u < unions.length; u++) {
          var member = unions[u].get(document);
          if (!member) return;
          candidate.score += member.score;
          candidate.refs.push(member.refs);
        }
        candidates.push(candidate);
      });
    }
    candidates.sort(function (a, b) { return b.score - a.score || b.document - a.document; });
    this.order = candidates;
    this.estimate = candidates.length;
    if (exact) this.total = candidates.length;
  };

  /** The next `count` results (fewer at the end); calls are queued so that pages never interleave. */
  Search.prototype.next = function (count) {
    var self = this;
    var result = this.queue.then(function () { return self.fill(count || PAGE_SIZE); });
    this.queue = result.catch(function () {});
    return result;
  };

  Search.prototype.fill = async function (count) {
    await this.prepare();
    var start = this.results.length;
    var target = start + count;
    var manifest = this.manifest;
    var index = this.index;
    var groups = this.groups;
    while (this.results.length < target && this.cursor < this.order.length) {
      // Confirm as many as are still needed at once; candidates that turn out not to match are rare.
      var batch = this.order.slice(this.cursor, this.cursor + Math.min(20, target - this.results.length));
      this.cursor += batch.length;
      var confirmed = await Promise.all(batch.map(function (candidate) {
        return index.confirm(manifest, candidate, groups);
      }));
      for (var i = 0; i < confirmed.length; i++) if (confirmed[i]) this.results.push(confirmed[i]);
    }
    if (this.cursor >= this.order.length) {
      this.done = true;
      this.total = this.results.length;
    }
    return this.results.slice(start);
  };

  Index.prototype.search = function (query, filters) { return new Search(this, query, filters); };

  ns.pageSize = PAGE_SIZE;
  ns.parseQuery = parseQuery;
  ns.Search = Search;
})(typeof globalThis !== 'undefined' ? globalThis : this);
