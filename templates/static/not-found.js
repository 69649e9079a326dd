/*
 * The 404 page is shown by web servers at any missing address, at any depth, while its links and stylesheet are
 * written relative to the site root, where 404.html itself lies (so it also works opened from disk). Over HTTP
 * this script, loaded from the site root's absolute path (base_url's path), makes that root the page's base
 * before the stylesheet is read. It must be a plain blocking <script> in <head>, before the stylesheet's <link>.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !/^https?:$/.test(location.protocol)) return;
  var base = document.createElement('base');
  base.href = script.src.replace(/static\/not-found\.js(?:[?#].*)?$/, '');
  document.head.appendChild(base);
})();
