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
 *   </form>
 *   <p id="search-status" role="status" aria-live="polite"></p>
 *   <ol id="search-results"></ol>
 *   <button id="search-more" type="button" hidden>更多结果</button>
 *   <script src="../static/search.js" data-root="../" defer></script>
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

  /** A link into the site, or null for anything that is not a relative path (no javascript:, no other host). */
  function siteLink(root, url, anchor) {
    if (typeof url !== 'string' || !url || /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[\/\\]/.test(url)) return null;
    return root + url + (anchor ? '#' + encodeURIComponent(anchor) : '');
  }

  function element(doc, name, className, text) {
    var node = doc.createElement(name);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function renderKeyword(doc, root, keyword) {
    var item = element(doc, 'li', 'search-result search-keyword');
    var link = element(doc, 'a', 'search-result-title', keyword.term);
    var href = siteLink(root, keyword.url, null);
    if (href) link.setAttribute('href', href);
    item.appendChild(link);
    item.appendChild(element(doc, 'span', 'search-result-meta', '关键词 · ' + keyword.speechCount + ' 篇讲话'));
    if (keyword.description) item.appendChild(element(doc, 'p', 'search-result-snippet', keyword.description));
    return item;
  }

  function renderResult(doc, root, result) {
    var item = element(doc, 'li', 'search-result');
    var link = element(doc, 'a', 'search-result-title', result.title);
    var href = siteLink(root, result.url, result.anchor);
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

  function queryFromLocation(win) {
    var search = win && win.location ? String(win.location.search || '') : '';
    var match = /[?&]q=([^&#]*)/.exec(search);
    if (!match) return '';
    try {
      return decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch (error) {
      return '';
    }
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
    var root = options && options.root != null ? options.root : siteRoot(doc);
    var index = new ns.Index(root, options && options.load);
    var current = null;
    var generation = 0;
    var timer = null;
    var loadingMore = false;

    function say(text) { if (status) status.textContent = text; }

    function summary(search) {
      var shown = '“' + search.phrases.join(' ') + '”';
      if (!search.results.length) {
        return search.keywords.length ? '没有讲话包含' + shown + '，可查看相关关键词。' : '没有找到包含' + shown + '的讲话。';
      }
      return search.total != null ? '找到 ' + search.total + ' 篇讲话' : '找到约 ' + search.estimate + ' 篇讲话';
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
      var search = index.search(query);
      current = search;
      if (!search.phrases.length) {
        list.textContent = '';
        say('');
        showMore(null);
        return;
      }
      var started = Date.now();
      say('正在搜索…');
      try {
        var page = await search.next(ns.pageSize);
        if (id !== generation) return;
        list.textContent = '';
        search.keywords.forEach(function (keyword) { list.appendChild(renderKeyword(doc, root, keyword)); });
        page.forEach(function (result) { list.appendChild(renderResult(doc, root, result)); });
        say(summary(search));
        showMore(search);
        announce(search, started);
      } catch (error) {
        if (id === generation) say('无法加载搜索索引，请稍后重试。');
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
        if (search === current) say('无法加载更多结果，请稍后重试。');
      } finally {
        loadingMore = false;
      }
    }

    function remember(query) {
      try {
        if (win && win.history && win.history.replaceState) {
          win.history.replaceState(null, '', '?q=' + encodeURIComponent(query));
        }
      } catch (error) {
        // Some browsers refuse history changes on file:// pages; the results still show.
      }
    }

    var latest = null;
    input.addEventListener('input', function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () {
        remember(input.value);
        latest = run(input.value);
      }, 200);
    });
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (timer) clearTimeout(timer);
        remember(input.value);
        latest = run(input.value);
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
    var initial = queryFromLocation(win);
    if (initial) input.value = initial;
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
      if (status) status.textContent = '无法加载搜索程序，请稍后重试。';
    });
  }

  if (typeof document !== 'undefined' && document && typeof window !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
