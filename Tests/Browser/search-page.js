'use strict';
// The search page as search-check.js and passage-check.js drive it.

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** The site's own search-index.js, run in a context of its own: its `PortalgenSearch` (fold, Index …). */
function searchScript(site) {
  const context = {};
  context.globalThis = context;
  vm.runInNewContext(fs.readFileSync(path.join(site, 'static', 'search-index.js'), 'utf8'), context);
  return context.PortalgenSearch;
}

/**
 * Types `query` into the search page as a reader would and waits for its results: the page announces each
 * finished search with an event carrying its query.
 */
async function typeQuery(page, query) {
  await page.evaluate((q) => {
    window.__searched = new Promise((resolve) => {
      document.addEventListener('portalgen-search-results', function listener(event) {
        if (event.detail.query !== q) return;
        document.removeEventListener('portalgen-search-results', listener);
        resolve(event.detail.results);
      });
    });
    document.getElementById('search-input').value = '';
  }, query);
  await page.type('#search-input', query);
  await page.evaluate(() => window.__searched);
}

module.exports = { typeQuery, searchScript };
