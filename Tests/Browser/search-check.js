'use strict';
/*
 * Types queries into the search page of a built site in headless Chromium, as a reader would, and checks
 * the results against plain substring search over the speech pages themselves:
 *
 *   node Tests/Browser/search-check.js SITE
 *
 * For each query, every speech whose title or text contains the phrase (or, for a glossary alias, one of
 * its keyword's names) must be among the results, and every result must contain it: recall and precision.
 * "More results" is followed until the list is complete. Runs from file:// at phone width, and over HTTP.
 * Exits 1 on any difference, console error or failed request.
 */
const fs = require('node:fs');
const path = require('node:path');
const cdp = require('./cdp.js');
const { typeQuery, searchScript } = require('./search-page.js');
const { plainText, heading, speechBody, speechPages } = require('./built-pages.js');

const site = path.resolve(process.argv[2] || '');
if (!fs.existsSync(path.join(site, 'search', 'index.html'))) {
  console.error('usage: search-check.js SITE (a built site with search/index.html)');
  process.exit(2);
}

// Phrases the portal's readers look for, one-character and ASCII queries, one that occurs nowhere, and the
// alias 产改. A glossary term and its aliases find each other (content/keywords.yml: 产改 is an alias of
// 产业工人队伍建设改革), so both queries expect the speeches that use either.
const queries = ['两个确立', '产业工人队伍建设改革', '劳模精神', '新就业形态劳动者', '职工之家', '国之大者', '五大行动',
  '产改', '家', '12351', '联合国气候变化'];
const aliases = { 产改: ['产改', '产业工人队伍建设改革'], 产业工人队伍建设改革: ['产改', '产业工人队伍建设改革'] };

/** The searchable text of each speech page: its title and its body, as the reader sees them, without spaces. */
function speeches() {
  return speechPages(site).map(({ slug, html }) => ({
    slug, text: plainText(heading(html) + speechBody(html)).replace(/\s+/g, '')
  }));
}

/** Clicks "more results" until the list is complete. */
async function showAll(page) {
  for (let round = 0; round < 200; round++) {
    const before = await page.evaluate(() => document.getElementById('search-more').hidden ? -1
      : document.querySelectorAll('#search-results li').length);
    if (before < 0) break;
    // The button's own click, not a mouse event at its coordinates: results landing while the mouse event is
    // on its way move the button, and the click then opens a speech (seen on the loaded CI machine).
    await page.evaluate(() => document.getElementById('search-more').click());
    await page.waitFor((count) => document.getElementById('search-more').hidden
      || document.querySelectorAll('#search-results li').length > count, { timeout: 15000, args: [before] });
  }
}

async function results(page, query) {
  await typeQuery(page, query);
  await showAll(page);
  return page.evaluate(() => Array.from(document.querySelectorAll('#search-results li.search-result:not(.search-keyword)'))
    .map((item) => {
      const link = item.querySelector('a.search-result-title');
      const snippet = item.querySelector('.search-result-snippet');
      return { href: link ? link.getAttribute('href') : '', snippet: snippet ? snippet.textContent : '',
        marks: snippet ? snippet.querySelectorAll('mark').length : 0 };
    }));
}

async function check(page, url, corpus, label) {
  let failures = 0;
  await page.goto(url);
  for (const query of queries) {
    const names = aliases[query] || [query];
    const expected = corpus.filter((speech) => names.some((name) => speech.text.includes(name))).map((s) => s.slug).sort();
    const found = await results(page, query);
    const slugs = found.map((result) => (/speeches\/([^/]+)\//.exec(decodeURIComponent(result.href)) || [])[1]).sort();
    const missing = expected.filter((slug) => !slugs.includes(slug));
    const extra = slugs.filter((slug) => !expected.includes(slug));
    const unmarked = found.filter((result) => result.marks === 0);
    if (missing.length || extra.length || unmarked.length || new Set(slugs).size !== slugs.length) {
      failures++;
      console.error(`${label}: “${query}”: expected ${expected.length} results, got ${slugs.length}` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') + (extra.length ? `; wrong ${extra.join(', ')}` : '') +
        (unmarked.length ? `; ${unmarked.length} snippets without a highlight` : ''));
    } else {
      console.log(`${label}: “${query}”: ${slugs.length} of ${corpus.length} speeches, as substring search says`);
    }
  }
  failures += await checkFilters(page, label);
  if (page.problems.length) {
    failures++;
    console.error(`${label}: the page reported problems:\n` + JSON.stringify(page.problems, null, 2));
  }
  return failures;
}

/**
 * The year and keyword filters: chosen without words, they list exactly as many speeches as their option says
 * (the archive's count for a year, the keyword page's for a keyword), and the address keeps the choice.
 */
async function checkFilters(page, label) {
  let failures = 0;
  for (const id of ['search-year', 'search-keyword']) {
    const option = await page.evaluate((selectId) => {
      const select = document.getElementById(selectId);
      const choice = select && select.options[1];
      return choice ? { value: choice.value, text: choice.textContent } : null;
    }, id);
    if (!option) continue;
    const want = Number((/（(\d+)篇）/.exec(option.text) || [])[1]);
    await page.evaluate((selectId, value) => {
      window.__filtered = new Promise((resolve) => {
        document.addEventListener('portalgen-search-results', function listener(event) {
          if (event.detail.query !== '') return;
          document.removeEventListener('portalgen-search-results', listener);
          resolve(event.detail.results);
        });
      });
      document.getElementById('search-input').value = '';
      const select = document.getElementById(selectId);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }, id, option.value);
    await page.evaluate(() => window.__filtered);
    await showAll(page);
    const got = await page.evaluate(() => document.querySelectorAll('#search-results li.search-result').length);
    const kept = await page.evaluate((selectId) => new URLSearchParams(location.search).get(selectId.replace('search-', '')), id);
    if (got !== want || (kept !== null && kept !== option.value)) {
      failures++;
      console.error(`${label}: filter ${option.text}: ${got} speeches listed, the option says ${want}` +
        (kept !== null && kept !== option.value ? `; the address keeps ${kept}` : ''));
    } else {
      console.log(`${label}: filter ${option.text}: ${got} speeches listed`);
    }
    await page.evaluate((selectId) => {
      const select = document.getElementById(selectId);
      select.value = '';
      select.dispatchEvent(new Event('change'));
    }, id);
  }
  return failures;
}

/**
 * The site's search-index.js, run in a context of its own with `load` as the index's script loader: every
 * caller asking for a part at once shares one load, and a part whose load failed is loaded again.
 */
async function checkSharedLoads() {
  const ns = searchScript(site);
  const loads = [];
  const index = new ns.Index('/', (url) => {
    loads.push(url);
    if (loads.length === 1) return Promise.reject(new Error('offline'));
    // The part registers itself when its script has run, later than the load starts.
    return Promise.resolve().then(() => { ns.registry['p/x'] = 'data'; });
  });
  const failed = await index.part('p/x').then(() => 'loaded', () => 'failed');
  const [first, second] = await Promise.all([index.part('p/x'), index.part('p/x')]).catch(() => ['failed', 'failed']);
  const problems = [];
  if (failed !== 'failed') problems.push('the first load should fail');
  if (first !== 'data' || second !== 'data') problems.push(`the second load gave ${first} and ${second}`);
  if (loads.length !== 2) problems.push(`${loads.length} loads (${loads.join(', ')}), not 2: one that failed, one shared`);
  for (const problem of problems) console.error(`FAIL shared loads: ${problem}`);
  if (!problems.length) console.log('shared loads: a part loads once for every caller, and again after a failure');
  return problems.length;
}

(async () => {
  const corpus = speeches();
  let failures = await checkSharedLoads();
  const browser = await cdp.launch();
  const server = await cdp.serve(site);
  try {
    const phone = await browser.newPage({ width: 360, height: 780 });
    failures += await check(phone, cdp.fileURL(path.join(site, 'search', 'index.html')), corpus, 'file://, 360 px');
    const desktop = await browser.newPage({ width: 1280, height: 800 });
    failures += await check(desktop, server.url + 'search/index.html', corpus, 'http, 1280 px');
    // The search box in every page's header leads here with the query filled in.
    const home = await browser.newPage({ width: 1280, height: 800 });
    await home.goto(server.url + 'index.html');
    await home.type('#site-search', '劳模精神');
    await home.press('Enter');
    const count = await home.waitFor(() => document.querySelectorAll('#search-results li').length, { timeout: 15000 });
    console.log(`header search box: ${count} results for “劳模精神” on the search page`);
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures) {
    console.error(`search-check: ${failures} failure${failures === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log('search-check: every query finds exactly the speeches that contain it');
})().catch((error) => {
  console.error(error && error.stack || error);
  process.exit(1);
});
