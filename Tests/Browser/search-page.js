'use strict';
// The search page as search-check.js and passage-check.js drive it.

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

module.exports = { typeQuery };
