/*
 * A keyword compilation's order switch and its print-all (原文摘编, templates/compilation.mustache).
 *
 * Order: the build writes the speeches newest first; "由远及近" turns them round on the page, in the contents
 * and in the text alike (so a printed page follows), speeches of unknown date staying last. The choice is kept
 * in the address (#oldest), so a link or a reload keeps it.
 *
 *   <li data-order-switch hidden>… <button data-order="newest" aria-pressed="true">…<button data-order="oldest">…</li>
 *   <nav class="compilation-contents"><ol><li [data-undated]>…</li>…</ol></nav>
 *   <section class="excerpt-group" id="s1" [data-undated] [data-continued]>…</section>…
 *
 * Print-all: a compilation longer than a page is printed as volumes, one per page; the print-all button makes
 * one booklet of them all. It reads every volume (fetch), puts their speeches in this page in order (a speech
 * that runs on into the next volume is joined to its first part, （续） dropped), rebuilds the contents over all
 * of them, hides what only a volume says (data-volume-only: "第 2 册，共 5 册"), marks <html data-printing-all=
 * "ready"> and prints; one cover, one contents, page numbers running through. After printing the page is a
 * volume again. Where the volumes cannot be read (a page opened from disk: browsers forbid file:// fetches;
 * or the network failed) it says so and shows the list of volumes to print one by one.
 *
 *   <button data-print-all hidden data-gathering="…{done}/{count}…" data-from-disk="…" data-failed="…{reason}…">
 *   <div data-print-all-note hidden><p data-print-all-status></p>
 *     <ol data-volumes><li><a href="…">…</a></li>…</ol>   on the first volume; on the others, a link to it:
 *     <p data-volumes-at><a href="…">…</a></p></div>
 */
(function () {
  'use strict';

  /** Puts the dated children of `parent` matching `selector` in reverse order, the undated after them. */
  function reverse(parent, selector) {
    if (!parent) return;
    var items = Array.prototype.filter.call(parent.children, function (child) { return child.matches(selector); });
    if (items.length < 2) return;
    var anchor = items[items.length - 1].nextSibling;
    var dated = items.filter(function (item) { return !item.hasAttribute('data-undated'); });
    var undated = items.filter(function (item) { return item.hasAttribute('data-undated'); });
    dated.reverse().concat(undated).forEach(function (item) { parent.insertBefore(item, anchor); });
  }

  var order = {
    current: 'newest',
    control: null,
    /** Shows the speeches in `wanted` order ('newest' or 'oldest'). */
    show: function (wanted) {
      if (wanted === order.current) return;
      var firstGroup = document.querySelector('.excerpt-group');
      if (firstGroup) reverse(firstGroup.parentNode, '.excerpt-group');
      reverse(document.querySelector('.compilation-contents ol'), 'li');
      order.current = wanted;
      order.control.querySelectorAll('[data-order]').forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-order') === wanted));
      });
      if (history.replaceState) history.replaceState(null, '', wanted === 'oldest' ? '#oldest' : location.pathname + location.search);
    },
  };

  function startOrder() {
    order.control = document.querySelector('[data-order-switch]');
    if (!order.control || !document.querySelector('.excerpt-group')) return;
    order.control.hidden = false;
    order.control.querySelectorAll('[data-order]').forEach(function (button) {
      button.addEventListener('click', function () { order.show(button.getAttribute('data-order')); });
    });
    if (location.hash === '#oldest') order.show('oldest');
  }

  // ---- Print-all ----------------------------------------------------------------------------------------------

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? String(values[name]) : whole; });
  }

  /** The address of a page without its fragment, to tell this volume from the others. */
  function pageAddress(href) {
    var url = new URL(href, location.href);
    url.hash = '';
    return url.href;
  }

  /** A volume's speeches as nodes of this document, its links made absolute (they were relative to the volume). */
  function speechesOf(html, address) {
    var volume = new DOMParser().parseFromString(html, 'text/html');
    var groups = Array.prototype.slice.call(volume.querySelectorAll('.excerpt-group'));
    var titles = Array.prototype.slice.call(volume.querySelectorAll('.compilation-contents li'));
    if (!groups.length || groups.length !== titles.length) throw new Error('no compilation in ' + address);
    return groups.map(function (group, index) {
      [group, titles[index]].forEach(function (element) {
        element.querySelectorAll('a[href]').forEach(function (link) {
          var href = link.getAttribute('href');
          if (href.charAt(0) !== '#') link.href = new URL(href, address).href;
        });
      });
      return { group: document.importNode(group, true), title: document.importNode(titles[index], true) };
    });
  }

  function fetchText(address) {
    return fetch(address, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(response.status + ' ' + address);
      return response.text();
    });
  }

  /** The speeches of the volume at `address`, from `fetched` (address → HTML) when it was read already. */
  function read(address, fetched) {
    var html = address in fetched ? Promise.resolve(fetched[address]) : fetchText(address);
    return html.then(function (text) { return speechesOf(text, address); });
  }

  /**
   * The addresses of every volume: listed on this page (the first volume), or on the first volume it links to
   * (kept in `fetched`, so that it is read once).
   */
  function volumeAddresses(note, fetched) {
    var list = note.querySelectorAll('[data-volumes] a');
    if (list.length) return Promise.resolve(Array.prototype.map.call(list, function (link) { return pageAddress(link.href); }));
    var first = pageAddress(note.querySelector('[data-volumes-at] a').href);
    return fetchText(first).then(function (html) {
      fetched[first] = html;
      var links = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('[data-volumes] a');
      if (!links.length) throw new Error('no volumes listed in ' + first);
      return Array.prototype.map.call(links, function (link) { return pageAddress(new URL(link.getAttribute('href'), first).href); });
    });
  }

  /**
   * Puts `volumes` (each a list of {group, title}, in the volumes' order, newest first) in the page in place of
   * its own speeches and contents; returns what restores the volume.
   */
  function gather(volumes) {
    var contents = document.querySelector('.compilation-contents ol');
    var wasOldest = order.current === 'oldest';
    if (wasOldest) order.show('newest');
    var own = Array.prototype.slice.call(document.querySelectorAll('.excerpt-group'));
    var ownTitles = Array.prototype.slice.call(contents.children);
    var parent = own[0].parentNode;
    var after = own[own.length - 1].nextSibling;
    own.forEach(function (group) { group.remove(); });
    ownTitles.forEach(function (title) { title.remove(); });
    var joined = [];
    volumes.forEach(function (speeches) {
      speeches.forEach(function (speech) {
        var last = joined[joined.length - 1];
        if (last && speech.group.hasAttribute('data-continued')) {
          // The speech ran on from the volume before: its paragraphs (and section headings) join the first part,
          // without the volume's repeat of the section heading the first part ended under.
          var sections = last.group.querySelectorAll('h3');
          var lastSection = sections.length ? sections[sections.length - 1].textContent : null;
          var moved = Array.prototype.filter.call(speech.group.children, function (child) { return !child.matches('h2, .meta'); });
          if (moved.length && moved[0].matches('h3') && moved[0].textContent === lastSection) moved.shift();
          moved.forEach(function (child) { last.group.appendChild(child); });
          return;
        }
        joined.push(speech);
      });
    });
    joined.forEach(function (speech, index) {
      var id = 's' + (index + 1);
      speech.group.id = id;
      speech.title.querySelector('a').setAttribute('href', '#' + id);
      parent.insertBefore(speech.group, after);
      contents.appendChild(speech.title);
    });
    var volumeOnly = document.querySelectorAll('[data-volume-only]');
    volumeOnly.forEach(function (element) { element.hidden = true; });
    if (wasOldest) order.show('oldest');
    document.documentElement.setAttribute('data-printing-all', 'ready');
    return function restore() {
      var oldest = order.current === 'oldest';
      if (oldest) order.show('newest');
      joined.forEach(function (speech) { speech.group.remove(); speech.title.remove(); });
      own.forEach(function (group) { parent.insertBefore(group, after); });
      ownTitles.forEach(function (title) { contents.appendChild(title); });
      volumeOnly.forEach(function (element) { element.hidden = false; });
      if (oldest) order.show('oldest');
      document.documentElement.removeAttribute('data-printing-all');
    };
  }

  function startPrintAll() {
    var button = document.querySelector('[data-print-all]');
    var note = document.querySelector('[data-print-all-note]');
    if (!button || !note || !document.querySelector('.excerpt-group')) return;
    var status = note.querySelector('[data-print-all-status]');
    var busy = false;
    function say(text) {
      status.textContent = text;
      note.hidden = false;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      if (busy) return;
      if (location.protocol === 'file:') {
        say(button.getAttribute('data-from-disk'));
        return;
      }
      busy = true;
      var done = 0;
      var gathering = button.getAttribute('data-gathering');
      say(fill(gathering, { done: 0, count: '…' }));
      // This volume too is read as the build wrote it (its paragraphs newest first, whatever the switch shows).
      var fetched = {};
      volumeAddresses(note, fetched).then(function (addresses) {
        return Promise.all(addresses.map(function (address) {
          return read(address, fetched).then(function (speeches) {
            done += 1;
            say(fill(gathering, { done: done, count: addresses.length }));
            return speeches;
          });
        }));
      }).then(function (volumes) {
        note.hidden = true;
        var restore = gather(volumes);
        window.addEventListener('afterprint', function again() {
          window.removeEventListener('afterprint', again);
          restore();
          busy = false;
        });
        window.print();
      }).catch(function (error) {
        busy = false;
        say(fill(button.getAttribute('data-failed'), { reason: error && error.message ? error.message : String(error) }));
      });
    });
  }

  function start() {
    startOrder();
    startPrintAll();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
