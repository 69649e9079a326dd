/*
 * What a printed page carries that the build cannot write: the date of printing, and the page's address when
 * the site has no base_url (opened from disk, or on a preview). Also wires buttons marked data-print.
 *
 *   <span data-print-date data-format="{year}年{month}月{day}日"></span>   today's date, in the template's words
 *   <span data-print-address></span>                                      location.href, unless the build wrote one
 *   <button type="button" data-print hidden>打印</button>                  shown, and prints the page
 *
 * Only text is written (textContent), never markup.
 */
(function () {
  'use strict';

  function fillDates() {
    var today = new Date();
    var values = { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
    document.querySelectorAll('[data-print-date]').forEach(function (element) {
      var format = element.getAttribute('data-format') || '{year}-{month}-{day}';
      element.textContent = format.replace(/\{(year|month|day)\}/g, function (whole, name) { return String(values[name]); });
    });
  }

  function readableAddress() {
    try { return decodeURI(location.href); } catch (error) { return location.href; }
  }

  /** Fills the addresses the build left empty (and those this script filled before: ?q= may have changed). */
  function fillAddresses() {
    document.querySelectorAll('[data-print-address]').forEach(function (element) {
      if (element.textContent.trim() && !element.hasAttribute('data-filled')) return;
      element.textContent = readableAddress();
      element.setAttribute('data-filled', '');
    });
  }

  function start() {
    fillDates();
    fillAddresses();
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
    // A page left open overnight prints with the day it is printed; the address follows a search's ?q=.
    window.addEventListener('beforeprint', function () {
      fillDates();
      fillAddresses();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
