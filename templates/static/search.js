/*
 * portalgen full-text search for Chinese: the browser client.
 *
 * The index (written by PortalKit's SearchIndexBuilder into search/) is a set of script files that each call
 * portalgenSearchData(id, data) with literal data, so it loads from any web server and from file:// alike.
 * Terms are single characters and overlapping character pairs; a phrase is found through the document lists of
 * its pairs (with per-document counts that bound how often it can occur), then confirmed, counted and
 * highlighted in the stored text of the speeches actually shown.
 *
 * Page contract (search/index.html):
 *   <form id="search-form" action="index.html" method="get" role="search">
 *     <input id="search-input" name="q" type="search" autocomplete="off">
 *     <select id="search-year" name="year"><option value="">…</option><option>2024</option>…</select>
 *     <select id="search-keyword" name="keyword"><option value="">…</option><option>劳模精神</option>…</select>
 *   </form>
 *   <p id="search-status" role="status" aria-live="polite" data-searching="正在搜索…" …></p>
 *   <ol id="search-results"></ol>
 *   <button id="search-more" type="button" hidden>更多结果</button>
 *   <script src="../static/search.js" data-root="../" defer></script>
 * The two filters are optional: a year (speeches of that year) and a keyword (speeches with that keyword, by
 * its term); with a filter and no words, the filtered speeches are listed newest first. The page's words are
 * data attributes of #search-status (the template's; see `MESSAGES` for their names and the defaults), with
 * {count} and {query} filled in. The query and the filters are kept in the address (?q=…&year=…&keyword=…).
 * data-root is the site root relative to the page (default: derived from this script's URL). An optional
 * data-version (e.g. a hash of search/index.js) is appended to the manifest's URL: the one index file whose
 * name does not change with its content (all others are named by it and may be cached forever).
 * Other pages may carry a plain GET form to search/index.html with an input named q; they need not load this
 * script (it does nothing there). On the search page it loads search-index.js and search-query.js (from its
 * own folder) and the index manifest in parallel.
 *
 * Nothing from the index or the query is ever parsed as HTML: results are built with createElement and
 * textContent, and links are checked to be relative.
 */
(function (global) {
  'use strict';

  var ns = global.PortalgenSearch = global.PortalgenSearch || {};
  var registry = ns.registry = ns.registry || Object.create(null);

  // ---- Registration: the only code index files run --------------------------------------------------------

  global.portalgenSearchData = function (id, data) {
    if (typeof id === 'string') registry[id] = data;
  };

  /**
   * Loads a script file by adding a <script> element (works from file://, unlike fetch). `ordered` scripts run
   * in the order they were added (the engine's files); index files run as soon as they arrive.
   */
  function loadScript(url, ordered) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = url;
      script.async = !ordered;
      script.onload = function () { script.remove(); resolve(); };
      script.onerror = function () { script.remove(); reject(new Error('cannot load ' + url)); };
      (document.head || document.documentElement).appendChild(script);
    });
  }

  ns.loadScript = loadScript;

  /** The page's words: data-* attributes of #search-status override these. */
  var MESSAGES = {
    searching: '正在搜索…',
    found: '找到 {count} 篇讲话',
    foundAbout: '找到约 {count} 篇讲话',
    listed: '共 {count} 篇讲话',
    none: '没有找到包含{query}的讲话。',
    noneKeywords: '没有讲话包含{query}，可查看相关关键词。',
    noneListed: '没有符合条件的讲话。',
    keyword: '{count} 篇讲话',
    keywordKind: '关键词',
    failed: '无法加载搜索索引，请稍后重试。',
    moreFailed: '无法加载更多结果，请稍后重试。',
    engineFailed: '无法加载搜索程序，请稍后重试。'
  };

  function messages(status) {
    var words = {};
    Object.keys(MESSAGES).forEach(function (name) {
      var attribute = status && status.getAttribute ? status.getAttribute('data-' + name.replace(/[A-Z]/g, function (c) {
        return '-' + c.toLowerCase();
      })) : null;
      words[name] = attribute != null && attribute !== '' ? attribute : MESSAGES[name];
    });
    return words;
  }

  function fill(text, values) {
    return text.replace(/\{(count|query)\}/g, function (match, name) { return String(values[name]); });
  }

  // ---- The search page ---------------------------------------------------------------------------------------

  var thisScript = typeof document !== 'undefined' && document.currentScript ? document.currentScript : null;

  /** The site root as a URL prefix: `data-root` on this script or on #search-input, else from this script's URL. */
  function siteRoot(doc) {
    var input = doc.getElementById('search-input');
    var root = (thisScript && thisScript.getAttribute('data-root')) ||
      (input && input.getAttribute('data-root'));
    if (root == null && thisScript && thisScript.src) {
      var match = /^(.*\/)static\/search\.js(?:[?#].*)?$/.exec(thisScript.src);
      if (match) root = match[1];
    }
    if (root == null) root = '../';
    return root === '' || /\/$/.test(root) ? root : root + '/';
  }

  /**
   * A link into the site, or null for anything that is not a relative path (no javascript:, no other host).
   * With a `passage` ({ names, match, before, after }), the link carries the names searched for (`?q=`, which
   * the speech page highlights, passage.js) and a text fragment for the first match with the text around it
   * (`:~:text=before-,match,-after`, which browsers that support it scroll to and highlight themselves; where
   * they cannot find it they go to the paragraph's id):
   * `speeches/x/index.html?q=劳模精神#p-k3x9q2:~:text=弘扬-,劳模精神`.
   */
  function siteLink(root, url, anchor, passage) {
    if (typeof url !== 'string' || !url || /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[\/\\]/.test(url)) return null;
    var query = passage && passage.names && passage.names.length ? '?q=' + encodeURIComponent(passage.names.join(' ')) : '';
    var directive = passage && passage.match ? ':~:text=' + (passage.before ? directivePart(passage.before) + '-,' : '') +
      directivePart(passage.match) + (passage.after ? ',-' + directivePart(passage.after) : '') : '';
    var fragment = (anchor ? encodeURIComponent(anchor) : '') + directive;
    return root + url + query + (fragment ? '#' + fragment : '');
  }

  /** In a text directive `-`, `&` and `,` are syntax, so they are escaped too (encodeURIComponent keeps `-`). */
  function directivePart(text) { return encodeURIComponent(text).replace(/-/g, '%2D'); }

  function element(doc, name, className, text) {
    var node = doc.createElement(name);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function renderKeyword(doc, root, keyword, words) {
    var item = element(doc, 'li', 'search-result search-keyword');
    var link = element(doc, 'a', 'search-result-title', keyword.term);
    var href = siteLink(root, keyword.url, null);
    if (href) link.setAttribute('href', href);
    // “关键词 劳模精神 5 篇讲话”: the kind, the term and the count, each once, with spaces a screen reader and a
    // copied line keep.
    item.appendChild(element(doc, 'span', 'search-result-kind', words.keywordKind));
    item.appendChild(doc.createTextNode(' '));
    item.appendChild(link);
    item.appendChild(doc.createTextNode(' '));
    item.appendChild(element(doc, 'span', 'search-result-meta', fill(words.keyword, { count: keyword.speechCount })));
    if (keyword.description) item.appendChild(element(doc, 'p', 'search-result-snippet', keyword.description));
    return item;
  }

  function renderResult(doc, root, result) {
    var item = element(doc, 'li', 'search-result');
    var link = element(doc, 'a', 'search-result-title', result.title);
    var href = siteLink(root, result.url, result.anchor, result);
    if (href) link.setAttribute('href', href);
    item.appendChild(link);
    if (result.date) item.appendChild(element(doc, 'span', 'search-result-date', result.date));
    var paragraph = element(doc, 'p', 'search-result-snippet');
    result.snippet.forEach(function (piece) {
      paragraph.appendChild(piece.mark ? element(doc, 'mark', null, piece.text) : doc.createTextNode(piece.text));
    });
    item.appendChild(paragraph);
    return item;
  }

  /** The query and filters in the page's address. */
  function fromLocation(win) {
    var search = win && win.location ? String(win.location.search || '') : '';
    function parameter(name) {
      var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(search);
      if (!match) return '';
      try {
        return decodeURIComponent(match[1].replace(/\+/g, ' '));
      } catch (error) {
        return '';
      }
    }
    return { q: parameter('q'), year: parameter('year'), keyword: parameter('keyword') };
  }

  /**
   * Wires the search page (see the contract at the top of this file); returns null on pages without it.
   * Results update as the reader types; more load when #search-more is clicked or scrolled into view.
   */
  function mount(doc, win, options) {
    var input = doc.getElementById('search-input');
    var list = doc.getElementById('search-results');
    if (!input || !list) return null;
    var status = doc.getElementById('search-status');
    var more = doc.getElementById('search-more');
    var form = doc.getElementById('search-form');
    var year = doc.getElementById('search-year');
    var keyword = doc.getElementById('search-keyword');
    var words = messages(status);
    var root = options && options.root != null ? options.root : siteRoot(doc);
    var index = new ns.Index(root, options && options.load);
    var current = null;
    var generation = 0;
    var timer = null;
    var loadingMore = false;

    function say(text) { if (status) status.textContent = text; }

    function filters() {
      return { year: year ? year.value : '', keyword: keyword ? keyword.value : '' };
    }

    function summary(search) {
      var shown = '“' + search.phrases.join(' ') + '”';
      if (!search.phrases.length) {
        return search.results.length ? fill(words.listed, { count: search.total != null ? search.total : search.estimate })
          : words.noneListed;
      }
      if (!search.results.length) return fill(search.keywords.length ? words.noneKeywords : words.none, { query: shown });
      return search.total != null ? fill(words.found, { count: search.total }) : fill(words.foundAbout, { count: search.estimate });
    }

    function showMore(search) {
      if (more) more.hidden = !search || search.done;
    }

    function announce(search, started) {
      var detail = { query: search.query, results: search.results.length, milliseconds: Date.now() - started };
      if (win && win.performance && win.performance.mark) win.performance.mark('portalgen-search-results');
      if (typeof CustomEvent === 'function' && doc.dispatchEvent) {
        doc.dispatchEvent(new CustomEvent('portalgen-search-results', { detail: detail }));
      }
    }

    async function run(query) {
      var id = ++generation;
      var search = index.search(query, filters());
      current = search;
      if (search.isEmpty()) {
        list.textContent = '';
        say('');
        showMore(null);
        return;
      }
      var started = Date.now();
      say(words.searching);
      try {
        var page = await search.next(ns.pageSize);
        if (id !== generation) return;
        list.textContent = '';
        search.keywords.forEach(function (entry) { list.appendChild(renderKeyword(doc, root, entry, words)); });
        page.forEach(function (result) { list.appendChild(renderResult(doc, root, result)); });
        say(summary(search));
        showMore(search);
        announce(search, started);
      } catch (error) {
        if (id === generation) say(words.failed);
      }
    }

    async function loadMore() {
      var search = current;
      if (!search || search.done || loadingMore) return;
      loadingMore = true;
      try {
        var page = await search.next(ns.pageSize);
        if (search !== current) return;
        page.forEach(function (result) { list.appendChild(renderResult(doc, root, result)); });
        say(summary(search));
        showMore(search);
      } catch (error) {
        if (search === current) say(words.moreFailed);
      } finally {
        loadingMore = false;
      }
    }

    function remember() {
      var parts = [['q', input.value]].concat(year ? [['year', year.value]] : [], keyword ? [['keyword', keyword.value]] : [])
        .filter(function (part, at) { return at === 0 || part[1]; })
        .map(function (part) { return part[0] + '=' + encodeURIComponent(part[1]); });
      try {
        if (win && win.history && win.history.replaceState) win.history.replaceState(null, '', '?' + parts.join('&'));
      } catch (error) {
        // Some browsers refuse history changes on file:// pages; the results still show.
      }
    }

    var latest = null;
    function now() {
      if (timer) clearTimeout(timer);
      remember();
      latest = run(input.value);
    }
    input.addEventListener('input', function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(now, 200);
    });
    [year, keyword].forEach(function (select) { if (select) select.addEventListener('change', now); });
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        now();
      });
    }
    if (more) {
      more.addEventListener('click', loadMore);
      if (typeof IntersectionObserver === 'function') {
        new IntersectionObserver(function (entries) {
          if (entries.some(function (entry) { return entry.isIntersecting; })) loadMore();
        }).observe(more);
      }
    }
    var initial = fromLocation(win);
    if (initial.q) input.value = initial.q;
    if (year && initial.year) year.value = initial.year;
    if (keyword && initial.keyword) keyword.value = initial.keyword;
    latest = run(input.value);
    return {
      index: index, run: run, loadMore: loadMore, ready: latest,
      /** The promise of the latest search (for tests and measurements). */
      settled: function () { return latest; }
    };
  }

  ns.mount = mount;
  ns.siteLink = siteLink;

  /** On the search page: the engine's two files and the manifest, all at once, then the page. */
  function start() {
    if (!document.getElementById('search-input') || !document.getElementById('search-results')) return;
    var root = siteRoot(document);
    var source = thisScript && thisScript.src ? /^(.*\/)search\.js(?:[?#].*)?$/.exec(thisScript.src) : null;
    var folder = source ? source[1] : root + 'static/';
    var version = thisScript && thisScript.getAttribute('data-version');
    ns.preloadedManifest = loadScript(root + 'search/index.js' + (version ? '?v=' + encodeURIComponent(version) : ''));
    ns.preloadedManifest.catch(function () {});
    var engine = Promise.all([loadScript(folder + 'search-index.js', true), loadScript(folder + 'search-query.js', true)]);
    engine.then(function () { mount(document, window, { root: root }); }, function () {
      var status = document.getElementById('search-status');
      if (status) status.textContent = messages(status).engineFailed;
    });
  }

  if (typeof document !== 'undefined' && document && typeof window !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
