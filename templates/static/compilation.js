/*
 * A keyword compilation's order switch (原文摘编, templates/compilation.mustache). The build writes the speeches
 * newest first; "由远及近" turns them round on the page, in the contents and in the text alike (so a printed
 * page follows), speeches of unknown date staying last. The choice is kept in the address (#oldest), so a
 * link or a reload keeps it.
 *
 *   <li data-order-switch hidden>… <button data-order="newest" aria-pressed="true">…<button data-order="oldest">…</li>
 *   <nav class="compilation-contents"><ol><li [data-undated]>…</li>…</ol></nav>
 *   <section class="excerpt-group" [data-undated]>…</section>…
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

  function start() {
    var control = document.querySelector('[data-order-switch]');
    var firstGroup = document.querySelector('.excerpt-group');
    if (!control || !firstGroup) return;
    var current = 'newest';
    function show(order) {
      if (order === current) return;
      reverse(firstGroup.parentNode, '.excerpt-group');
      reverse(document.querySelector('.compilation-contents ol'), 'li');
      current = order;
      control.querySelectorAll('[data-order]').forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-order') === order));
      });
      if (history.replaceState) history.replaceState(null, '', order === 'oldest' ? '#oldest' : location.pathname + location.search);
    }
    control.hidden = false;
    control.querySelectorAll('[data-order]').forEach(function (button) {
      button.addEventListener('click', function () { show(button.getAttribute('data-order')); });
    });
    if (location.hash === '#oldest') show('oldest');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
