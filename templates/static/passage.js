/*
 * portalgen speech pages: paragraphs a reader can cite, and the passage a search result leads to.
 *
 * Paragraphs carry ids made from their own words (`p-k3x9q2`, see Sources/Markdown/ParagraphAnchor.swift), so
 * a link to one keeps its passage when the speech is edited elsewhere. This script, on a speech page:
 *
 * - numbers the paragraphs (第 N 段, the position of each among the body's paragraphs) with a link to each, and
 *   shows a citation bar under the paragraph the address names (:target), with a button that copies
 *   `《标题》（讲话人，2024年3月15日）第 N 段` and the paragraph's address (Clipboard API, else a selected text
 *   field and execCommand('copy'), else the text selected in the bar for the reader to copy);
 * - answers old links (`#p12`, from when ids were positions) with the paragraph now at that position;
 * - highlights the names in `?q=` (search results link with it, search.js) in the body and title, folded as
 *   the search folds (full-width ASCII as ASCII, A–Z as a–z), also across keyword links, and says how many
 *   there are in a bar at the bottom of the screen, with buttons for the next one and to clear them. Without a
 *   fragment it scrolls to the first.
 *
 * Page contract (speech.mustache): paragraphs are the `.speech-body` p and span elements with such an id; the
 * script element carries the words as data attributes (data-citation with {n} and {address}, data-number,
 * data-copy, data-copied, data-copy-failed, data-hits with {count}, data-next, data-clear) and
 * data-address, the page's public address when the site has a base_url. Nothing is parsed as HTML.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var body = document.querySelector('.speech-body');
  if (!script || !body) return;

  function word(name, values) {
    var text = script.getAttribute('data-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (match, key) { return values && key in values ? String(values[key]) : match; });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  // Paragraphs are <p> (or, in a tight list, <span>) with an id made from their words; a heading's id may
  // start with `p-` too but never has this form.
  var paragraphs = Array.prototype.filter.call(body.querySelectorAll('p[id^="p-"], span[id^="p-"]'), function (node) {
    return /^p-[0-9a-z]{6}(-[0-9]+)?$/.test(node.id);
  });

  // ---- Highlighting the names searched for (?q=) ------------------------------------------------------------

  // The search's folding, as search-index.js's `fold` (SearchNormalization.swift): speech pages do not load it.
  function fold(text) {
    return text.replace(/[\uff01-\uff5e\u3000A-Z]/g, function (c) {
      var unit = c.charCodeAt(0);
      if (unit === 0x3000) return ' ';
      if (unit >= 0xff01) unit -= 0xfee0;
      if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
      return String.fromCharCode(unit);
    });
  }

  /** The names in the address's `q`, folded, longest first (so a longer name wins where two overlap). */
  function searchedNames() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search || '');
    if (!match) return [];
    var query;
    try { query = decodeURIComponent(match[1].replace(/\+/g, ' ')); } catch (error) { return []; }
    var names = [];
    fold(query).split(/[\s"“”]+/).forEach(function (name) {
      if (name && names.indexOf(name) < 0 && names.length < 16) names.push(name);
    });
    return names.sort(function (a, b) { return b.length - a.length; });
  }

  /** Wraps every occurrence of `names` in `root`'s text in <mark class="passage-hit">, across inline elements. */
  function highlight(root, names) {
    var nodes = [];
    var starts = [];
    var text = '';
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      starts.push(text.length);
      nodes.push(node);
      text += node.data;
    }
    var folded = fold(text);
    var ranges = [];
    names.forEach(function (name) {
      for (var at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length)) {
        var end = at + name.length;
        if (ranges.some(function (range) { return at < range[1] && end > range[0]; })) continue;
        ranges.push([at, end]);
      }
    });
    // Last first: splitting a text node keeps the offsets of the text before it.
    ranges.sort(function (a, b) { return b[0] - a[0]; });
    var marks = [];
    ranges.forEach(function (range) {
      for (var i = nodes.length - 1; i >= 0; i--) {
        var from = Math.max(range[0], starts[i]);
        var to = Math.min(range[1], starts[i] + nodes[i].data.length);
        if (from >= to) continue;
        var piece = nodes[i];
        if (to - starts[i] < piece.data.length) piece.splitText(to - starts[i]);
        if (from > starts[i]) piece = piece.splitText(from - starts[i]);
        var mark = element('mark', 'passage-hit');
        piece.parentNode.replaceChild(mark, piece);
        mark.appendChild(piece);
        marks.unshift(mark);
      }
    });
    return marks;
  }

  function showHits(names) {
    if (!names.length) return;
    var title = document.getElementById('speech-title');
    var marks = (title ? highlight(title, names) : []).concat(highlight(body, names));
    var bar = element('div', 'passage-hits');
    bar.setAttribute('role', 'status');
    // The count only: the words searched for would be text a browser's text fragment could find first.
    bar.appendChild(document.createTextNode(word('hits', { count: marks.length })));
    var current = -1;
    if (marks.length) {
      var next = element('button', 'passage-next', word('next'));
      next.type = 'button';
      next.addEventListener('click', function () {
        if (marks[current]) marks[current].classList.remove('passage-hit-current');
        current = (current + 1) % marks.length;
        marks[current].classList.add('passage-hit-current');
        marks[current].scrollIntoView({ block: 'center' });
      });
      bar.appendChild(next);
    }
    var clear = element('button', 'passage-clear', word('clear'));
    clear.type = 'button';
    clear.addEventListener('click', function () {
      marks.forEach(function (mark) {
        var parent = mark.parentNode;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      });
      bar.remove();
      try {
        window.history.replaceState(null, '', window.location.pathname + window.location.hash);
      } catch (error) {
        // Some browsers refuse history changes on file:// pages; the highlights are gone all the same.
      }
    });
    bar.appendChild(clear);
    // Last in the body and sticky (style.css): at the bottom of the screen while the reader is in the text,
    // as a browser's find bar is.
    body.appendChild(bar);
    if (!window.location.hash && marks.length) marks[0].scrollIntoView({ block: 'center' });
  }

  // ---- Paragraph numbers, old links, the citation bar ----------------------------------------------------------

  /** The id the address names; a text directive (`:~:text=`) is the browser's, where it does not hide it. */
  function targetId() {
    var fragment = (window.location.hash || '').slice(1).split(':~:')[0];
    try { return decodeURIComponent(fragment); } catch (error) { return ''; }
  }

  /** `#p12` from before ids were made from words: the paragraph now at that position. */
  function followOldLink() {
    var id = targetId();
    var old = /^p([1-9][0-9]{0,6})$/.exec(id);
    if (!old || document.getElementById(id)) return false;
    var paragraph = paragraphs[Number(old[1]) - 1];
    if (!paragraph) return false;
    window.location.replace('#' + paragraph.id);
    return true;
  }

  function addressOf(paragraph) {
    var base = script.getAttribute('data-address') || window.location.href.replace(/[?#].*$/, '');
    return base + '#' + paragraph.id;
  }

  var bar = element('div', 'citation');
  var copy = element('button', 'citation-copy', word('copy'));
  copy.type = 'button';
  var shown = element('span', 'citation-text');
  var status = element('span', 'citation-status');
  status.setAttribute('role', 'status');
  bar.appendChild(copy);
  bar.appendChild(shown);
  bar.appendChild(status);
  var cited = null;

  function citation(paragraph) {
    return word('citation', { n: paragraphs.indexOf(paragraph) + 1, address: addressOf(paragraph) });
  }

  /** Puts the citation bar under the paragraph the address names, and marks it (also where :target is not set). */
  function showCitation() {
    var previous = body.querySelector('.passage-target');
    if (previous) previous.classList.remove('passage-target');
    var paragraph = document.getElementById(targetId());
    if (!paragraph || paragraphs.indexOf(paragraph) < 0) {
      bar.remove();
      cited = null;
      return;
    }
    paragraph.classList.add('passage-target');
    cited = paragraph;
    shown.textContent = citation(paragraph);
    status.textContent = '';
    // A paragraph in a list item is a span; the bar goes after the item.
    var after = paragraph.tagName === 'SPAN' && paragraph.closest('li') ? paragraph.closest('li') : paragraph;
    after.parentNode.insertBefore(bar, after.nextSibling);
  }

  function copied(ok, text) {
    status.textContent = ok ? word('copied') : word('copy-failed');
    if (!ok) {
      // The reader copies it by hand: select the shown citation.
      var range = document.createRange();
      range.selectNodeContents(shown);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    bar.setAttribute('data-copied', ok ? text : '');
  }

  /** The older way, for pages where the Clipboard API is missing or refused. */
  function copyWithSelection(text) {
    var field = element('textarea', 'citation-field');
    field.value = text;
    field.setAttribute('readonly', '');
    document.body.appendChild(field);
    field.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (error) { ok = false; }
    field.remove();
    return ok;
  }

  copy.addEventListener('click', function () {
    if (!cited) return;
    var text = citation(cited);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { copied(true, text); }, function () {
        copied(copyWithSelection(text), text);
      });
    } else {
      copied(copyWithSelection(text), text);
    }
  });

  // Highlights first: the numbers and the bar are not text to search in.
  showHits(searchedNames());
  paragraphs.forEach(function (paragraph, index) {
    var number = element('a', 'paragraph-number', String(index + 1));
    number.href = '#' + paragraph.id;
    number.setAttribute('aria-label', word('number', { n: index + 1 }));
    paragraph.insertBefore(number, paragraph.firstChild);
  });
  if (!followOldLink()) showCitation();
  window.addEventListener('hashchange', function () {
    if (!followOldLink()) showCitation();
  });
})();
