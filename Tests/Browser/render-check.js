'use strict';
// Opens the built site in headless Chromium and fails when a page does not render as a reader would see it.
//
//   node Tests/Browser/render-check.js <site-dir> <screenshot-dir>
//
// 1. Screenshots: the home page, a speech page and a later page of a long list (when the site has one), at
//    360 px (phone) and 1280 px (desktop), opened from
//    file:// (first screen) and over HTTP (python3 -m http.server; whole page, and first screen in dark).
//    Each load must have no console error, uncaught exception, failed request or HTTP error; its stylesheet
//    must have loaded; its main heading must be the one in the HTML; its Chinese text must be drawn with a
//    CJK font; it must not scroll sideways; and its screenshot must not be blank.
// 2. Every page kind (home, archive, a year and a month of it and a later page of a long list when the site has
//    them, keyword index, a keyword, a speech, search, 404) over HTTP at 360 px
//    (served under base_url's path, where the 404 page's absolute links point):
//    no sideways scroll, landmarks, skip link, one h1 and no skipped heading level, aria-current, labelled
//    tables and controls, visible keyboard focus, and contrast of every piece of text in light and dark
//    (4.5:1; 3:1 for large text).
//    At 360 px every page kind is also shot (first screen) and must show its heading on the first screen; a
//    speech must show the first line of its text there, the table of contents folded above it.
// 3. The speech page printed (A4 PDF, kept for looking at): navigation hidden, no link addresses printed.
//    The 404 page opened from file:// is styled (its links are relative there; over HTTP a base element).
// 4. Every selector and declaration of the site's stylesheets is one Chromium understands (CSS.supports):
//    a typo in a property or pseudo-class is otherwise dropped without a word.
// Prints the lowest contrast found and a summary (VERBOSE=1: each screenshot and the twelve lowest contrasts);
// exits 1 when anything failed, listing every problem.
const fs = require('node:fs');
const path = require('node:path');
const cdp = require('./cdp.js');
const { plainText, heading } = require('./built-pages.js');

const [siteArg, outArg] = process.argv.slice(2);
if (!siteArg || !outArg) {
  console.error('usage: render-check.js <site-dir> <screenshot-dir>');
  process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg);
const verbose = process.env.VERBOSE === '1';
fs.mkdirSync(out, { recursive: true });

const failures = [];
function fail(where, message) {
  failures.push(`${where}: ${message}`);
}

function read(relative) {
  return fs.readFileSync(path.join(site, relative), 'utf8');
}

function headingOf(relative) {
  return plainText(heading(read(relative))) || null;
}

/** The speech with the longest table of contents (the richest layout), newest first on a tie. */
function pickSpeech() {
  const speeches = fs.readdirSync(path.join(site, 'speeches')).sort().reverse()
    .map((slug) => `speeches/${slug}/index.html`)
    .filter((file) => fs.existsSync(path.join(site, file)));
  if (speeches.length === 0) throw new Error(`no speech pages in ${site}/speeches`);
  const tocLength = (file) => (read(file).match(/class="toc-level-/g) || []).length;
  return speeches.reduce((best, file) => (tocLength(file) > tocLength(best) ? file : best));
}

/** The keyword page with the most uses (the longest page). */
function pickKeyword() {
  const pages = fs.readdirSync(path.join(site, 'keywords'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `keywords/${entry.name}/index.html`)
    .sort();
  if (pages.length === 0) throw new Error(`no keyword pages in ${site}/keywords`);
  const size = (file) => fs.statSync(path.join(site, file)).size;
  return pages.reduce((best, file) => (size(file) > size(best) ? file : best));
}

/**
 * The paged lists the site has, first of each kind: a year of the archive, a month of a year split by month,
 * and a later page of a list (a keyword's speeches, a busy month), whose pagination links are audited too.
 */
function pickListPages() {
  const pages = fs.readdirSync(site, { recursive: true })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('/index.html'))
    .sort();
  const first = (pattern) => pages.find((file) => pattern.test(file));
  const found = {
    'archive-year': first(/^archive\/(\d+|undated)\/index\.html$/),
    'archive-month': first(/^archive\/\d+\/(\d+|undated)\/index\.html$/),
    'later-page': first(/^keywords\/.*\/page\/2\/index\.html$/) || first(/\/page\/2\/index\.html$/),
  };
  return Object.fromEntries(Object.entries(found).filter(([, file]) => file));
}

function urlPath(relative) {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/**
 * The path the site is published under ("/" or e.g. "/portal/", from base_url): the 404 page links to it
 * absolutely, because it is shown at any address. Served under it, the 404 page finds its stylesheet.
 */
function basePath() {
  const match = /<link rel="stylesheet" href="(\/[^"]*?)static\/style\.css"/.exec(read('404.html'));
  return match ? decodeURIComponent(match[1]) : '/';
}

/** A folder that holds the site at `base`, for the HTTP server. */
function serverRoot(base) {
  if (base === '/') return { dir: site, cleanup() {} };
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'portalgen-served-'));
  const link = path.join(dir, ...base.split('/').filter(Boolean));
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(site, link);
  return { dir, cleanup() { fs.rmSync(dir, { recursive: true, force: true }); } };
}

// ---- In-page checks. These run inside Chromium: no closures over Node values. ----

function pageFacts() {
  const sheets = [...document.querySelectorAll('link[rel~="stylesheet"]')];
  const root = document.documentElement;
  return {
    h1: document.querySelector('h1')?.textContent.trim() ?? null,
    mainText: document.querySelector('main')?.innerText.trim().length ?? 0,
    unloadedSheets: sheets.filter((link) => !link.sheet).map((link) => link.href),
    sheetCount: sheets.length,
    overflow: root.scrollWidth > window.innerWidth
      ? { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth,
          culprits: [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .filter((element) => !element.closest('.table-scroll, .chart, .visually-hidden, .skip-link'))
            .slice(0, 5).map((element) => element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '')) }
      : null,
  };
}

/** At a phone's width, what the first screen must show: the page's heading, and a speech's first line. */
function firstScreenProblems() {
  const problems = [];
  const screen = window.innerHeight;
  const heading = document.querySelector('main h1');
  if (heading && heading.getBoundingClientRect().top >= screen) {
    problems.push(`the heading starts below the first screen (${Math.round(heading.getBoundingClientRect().top)} px of ${screen})`);
  }
  const body = document.querySelector('.speech-body');
  const first = body && [...body.children].find((element) => !element.matches('.document-header') && element.textContent.trim());
  if (first) {
    const top = first.getBoundingClientRect().top;
    const line = parseFloat(getComputedStyle(first.querySelector('p, li') || first).lineHeight) || 32;
    if (top + line > screen) {
      const toc = document.querySelector('.toc');
      problems.push(`the speech's first line ends at ${Math.round(top + line)} px, below the first screen (${screen} px)`
        + (toc ? `; the table of contents takes ${Math.round(toc.getBoundingClientRect().height)} px` : ''));
    }
  }
  return problems;
}

function accessibilityProblems() {
  const problems = [];
  const lang = document.documentElement.getAttribute('lang');
  if (lang !== 'zh-CN') problems.push(`<html lang="${lang}">, not zh-CN`);
  const count = (selector) => document.querySelectorAll(selector).length;
  if (count('body > header, [role="banner"]') !== 1) problems.push('not exactly one banner (body > header)');
  if (count('main') !== 1) problems.push('not exactly one <main>');
  if (count('body > footer, [role="contentinfo"]') !== 1) problems.push('not exactly one contentinfo (body > footer)');
  for (const nav of document.querySelectorAll('nav')) {
    if (!nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby')) {
      problems.push('a <nav> without aria-label: several navigation landmarks must be told apart');
    }
  }
  const focusable = document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
  const skip = focusable && focusable.getAttribute('href');
  if (!skip || !skip.startsWith('#') || !document.getElementById(skip.slice(1))) {
    problems.push('the first focusable element is not a skip link to an existing target');
  }
  if (count('h1') !== 1) problems.push(`${count('h1')} <h1> elements`);
  let level = 0;
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const next = Number(heading.tagName[1]);
    if (next > level + 1) problems.push(`heading level skipped: h${level} → h${next} "${heading.textContent.trim().slice(0, 30)}"`);
    level = next;
  }
  // aria-current="page" is read out as "this page": a link carrying it must lead to the page being read.
  const here = location.pathname.replace(/index\.html$/, '');
  for (const link of document.querySelectorAll('a[aria-current="page"]')) {
    if (new URL(link.href).pathname.replace(/index\.html$/, '') !== here) {
      problems.push(`aria-current="page" on a link to another page: ${link.getAttribute('href')}`);
    }
  }
  for (const table of document.querySelectorAll('table')) {
    if (!table.querySelector('caption') && !table.getAttribute('aria-label')) problems.push('a table without <caption>');
    if (table.querySelectorAll('th').length === 0) problems.push('a table without header cells');
    for (const th of table.querySelectorAll('th:not([scope])')) problems.push(`<th> without scope: ${th.textContent.trim().slice(0, 20)}`);
  }
  for (const image of document.querySelectorAll('img:not([alt])')) problems.push(`<img> without alt: ${image.src}`);
  for (const svg of document.querySelectorAll('svg[role="img"]')) {
    const labelled = svg.getAttribute('aria-label') || document.getElementById(svg.getAttribute('aria-labelledby') || '');
    if (!labelled) problems.push('<svg role="img"> without a name');
  }
  for (const link of document.querySelectorAll('a[href]')) {
    if (!link.textContent.trim() && !link.getAttribute('aria-label')) problems.push(`a link without text: ${link.getAttribute('href')}`);
  }
  for (const control of document.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
    const label = (control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`)) || control.closest('label');
    if (!label && !control.getAttribute('aria-label')) problems.push(`a form control without a label: ${control.name || control.id}`);
  }
  return problems;
}

/** Every piece of visible text with its contrast against what is behind it (WCAG 2 formula). */
function contrastReport() {
  const parse = (value) => {
    let match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
    if (match) return { r: +match[1], g: +match[2], b: +match[3], a: match[4] === undefined ? 1 : +match[4] };
    match = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
    if (match) return { r: match[1] * 255, g: match[2] * 255, b: match[3] * 255, a: match[4] === undefined ? 1 : +match[4] };
    return null;
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const channel = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  // Under every background lies the canvas, whose colour depends on the color-scheme: ask the browser.
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const canvas = parse(getComputedStyle(probe).backgroundColor) || { r: 255, g: 255, b: 255, a: 1 };
  probe.remove();
  const page = { ...canvas, a: 1 };
  const backdrop = (element) => {
    const layers = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.a > 0) {
        layers.push(color);
        if (color.a >= 1) break;
      }
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), { ...page, a: 1 });
  };
  const opacity = (element) => {
    let product = 1;
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) product *= +getComputedStyle(node).opacity;
    return product;
  };
  const results = [];
  const describe = (element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : '');
  const visible = (element) => {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return rect.width > 1 && rect.height > 1 && style.visibility === 'visible' && !element.closest('.visually-hidden');
  };
  for (const element of document.querySelectorAll('body, body *')) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
    if (!ownText || !visible(element)) continue;
    const style = getComputedStyle(element);
    const isSVG = element instanceof SVGElement;
    const foreground = parse(isSVG ? style.fill : style.color);
    if (!foreground) continue;
    const background = backdrop(isSVG ? element.ownerSVGElement.parentElement : element);
    const shown = over({ ...foreground, a: foreground.a * opacity(element) }, background);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
    const value = ratio(shown, background);
    results.push({ what: describe(element), text: element.textContent.trim().slice(0, 16), ratio: value, needed: large ? 3 : 4.5,
      link: !!element.closest('a') });
  }
  for (const input of document.querySelectorAll('input[placeholder]')) {
    if (!visible(input)) continue;
    const foreground = parse(getComputedStyle(input, '::placeholder').color);
    const background = backdrop(input);
    const value = ratio(over(foreground, background), background);
    results.push({ what: describe(input) + '::placeholder', text: input.placeholder.slice(0, 16), ratio: value, needed: 4.5, link: false });
  }
  return results;
}

function focusState() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  return {
    what: element.tagName.toLowerCase() + (element.className ? '.' + element.className : ''),
    href: element.getAttribute('href'),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    inView: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth,
  };
}

function printProblems() {
  const problems = [];
  const hidden = ['.site-header', '.breadcrumbs', '.site-footer', '.skip-link', '.search-box', '.toc', '.neighbours',
    '.related', '.speech-keywords'];
  for (const selector of hidden) {
    for (const element of document.querySelectorAll(selector)) {
      if (getComputedStyle(element).display !== 'none') problems.push(`${selector} is printed`);
    }
  }
  for (const link of document.querySelectorAll('a[href]')) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(link, pseudo).content;
      if (/attr\(|https?:|\.html|\//.test(content)) problems.push(`a link prints its address (${pseudo}: ${content})`);
    }
  }
  return problems;
}

/** Selectors and declarations of a stylesheet that this browser would drop. */
function stylesheetProblems(text) {
  const problems = [];
  // Comments blanked, not removed, so that offsets still give line numbers.
  const source = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const lineAt = (index) => source.slice(0, index).split('\n').length;
  const splitTopLevel = (list) => {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === '(' || list[i] === '[') depth++;
      else if (list[i] === ')' || list[i] === ']') depth--;
      else if (list[i] === ',' && depth === 0) { parts.push(list.slice(start, i)); start = i + 1; }
    }
    parts.push(list.slice(start));
    return parts.map((part) => part.trim()).filter(Boolean);
  };
  // Innermost blocks only: a rule inside @media is matched with the rule's own selector as its prelude.
  const block = /([^{}]*)\{([^{}]*)\}/g;
  let match;
  while ((match = block.exec(source))) {
    const prelude = match[1].trim();
    const line = lineAt(match.index + match[1].length - match[1].trimStart().length);
    if (prelude && !prelude.startsWith('@') && !/^(from|to|[\d.]+%)\b/.test(prelude)) {
      for (const selector of splitTopLevel(prelude)) {
        if (!CSS.supports(`selector(${selector})`)) problems.push(`line ${line}: selector not understood: ${selector}`);
      }
    }
    let offset = match.index + match[0].indexOf('{') + 1;
    for (const declaration of match[2].split(';')) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).replace(/!important\s*$/, '').trim();
      if (colon > 0 && !name.startsWith('--') && !CSS.supports(name, value)) {
        problems.push(`line ${lineAt(offset + declaration.length - declaration.trimStart().length)}: not understood: ${name}: ${value}`);
      } else if (colon < 0 && declaration.trim()) {
        problems.push(`line ${lineAt(offset)}: not a declaration: ${declaration.trim()}`);
      }
      offset += declaration.length + 1;
    }
  }
  return problems;
}

// ---- The runs ----

const CJK_FONT = /CJK|Han|Hei|Song|Ming|Kai|Fang|WenQuanYi|YaHei|PingFang|Hiragino|SimSun|STSong|Droid Sans Fallback/i;

async function checkLoad(page, where, url, expectedH1, { width }) {
  let status;
  try {
    status = await page.goto(url);
  } catch (error) {
    fail(where, `did not open: ${error.message}`);
    return false;
  }
  if (url.startsWith('http') && status !== 200) fail(where, `HTTP status ${status}`);
  const facts = await page.evaluate(pageFacts);
  if (facts.sheetCount === 0) fail(where, 'no stylesheet linked');
  for (const sheet of facts.unloadedSheets) fail(where, `stylesheet not loaded: ${sheet}`);
  if (expectedH1 !== undefined && facts.h1 !== expectedH1) fail(where, `h1 is ${JSON.stringify(facts.h1)}, expected ${JSON.stringify(expectedH1)}`);
  if (facts.mainText < 2) fail(where, `<main> holds only ${facts.mainText} characters of text`);
  if (facts.overflow) {
    fail(where, `scrolls sideways at ${width} px: content is ${facts.overflow.scrollWidth} px wide (${facts.overflow.culprits.join(', ')})`);
  }
  if (width < 600) for (const problem of await page.evaluate(firstScreenProblems)) fail(where, problem);
  const fonts = await page.fonts(facts.h1 === null ? 'main p' : 'h1').catch(() => []);
  if (!fonts.some((font) => CJK_FONT.test(font.familyName))) {
    fail(where, `the heading is not drawn with a CJK font (fonts: ${fonts.map((font) => font.familyName).join(', ') || 'none'}): install fonts-noto-cjk`);
  }
  return true;
}

function reportProblems(page, where) {
  for (const problem of page.problems) fail(where, `${problem.kind}: ${problem.text}${problem.url ? ` (${problem.url})` : ''}`);
  page.problems.length = 0;
}

async function screenshot(page, where, file, { fullPage = true } = {}) {
  const stats = await page.screenshot(path.join(out, file), { fullPage });
  if (stats.blank) fail(where, `screenshot ${file} is blank (${(stats.dominantShare * 100).toFixed(1)}% one colour, ${stats.colors} colours)`);
  if (verbose) console.log(`  ${file}: ${stats.width}×${stats.height}, ${stats.colors} colours`);
  return stats;
}

/** Accessibility, contrast in both schemes, keyboard focus, and for a speech the printed page. */
async function audit(page, where, kind, contrast) {
  for (const problem of await page.evaluate(accessibilityProblems)) fail(where, problem);
  for (const scheme of ['light', 'dark']) {
    await page.emulate({ colorScheme: scheme });
    for (const result of await page.evaluate(contrastReport)) {
      contrast[scheme].push({ ...result, kind });
      if (result.ratio < result.needed) {
        fail(`${where} ${scheme}`, `contrast ${result.ratio.toFixed(2)}:1 < ${result.needed}:1 for ${result.what} "${result.text}"`);
      }
    }
  }
  await page.emulate({ colorScheme: 'light' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.press('Tab');
  const first = await page.evaluate(focusState);
  if (!first || !first.href || !first.href.startsWith('#')) fail(where, `the first Tab does not reach the skip link (${JSON.stringify(first)})`);
  else if (!first.inView || !first.outline) fail(where, `the focused skip link is not visible (${JSON.stringify(first)})`);
  await page.press('Tab');
  const second = await page.evaluate(focusState);
  if (!second || !second.outline) fail(where, `keyboard focus is not visible on ${JSON.stringify(second)}`);
  if (kind === 'speech') {
    await page.emulate({ media: 'print' });
    for (const problem of await page.evaluate(printProblems)) fail(`${where} print`, problem);
    await page.pdf(path.join(out, 'speech-print.pdf'));
    await page.emulate({ media: 'screen' });
  }
}

async function main() {
  const started = Date.now();
  const base = basePath();
  const served = serverRoot(base);
  const root = await cdp.serve(served.dir);
  const server = { url: root.url.replace(/\/$/, '') + base.split('/').map(encodeURIComponent).join('/'), close: root.close };
  const browser = await cdp.launch();
  const contrast = { light: [], dark: [] };
  let shots = 0;
  const audited = new Set();
  try {
    const speech = pickSpeech();
    const keyword = pickKeyword();
    const { 'later-page': laterPage, ...listPages } = pickListPages();
    const compilation = fs.existsSync(path.join(site, path.dirname(keyword), 'excerpts/index.html'))
      ? { compilation: path.dirname(keyword) + '/excerpts/index.html' } : {};
    // A later page of a long list, when the site has one, is shot at both widths too: its pagination must fit.
    const targets = { home: 'index.html', speech, ...(laterPage ? { 'later-page': laterPage } : {}) };

    // 4 first: it needs no page of the site.
    const blank = await browser.newPage({});
    try {
      const staticDir = path.join(site, 'static');
      for (const file of fs.readdirSync(staticDir).filter((name) => name.endsWith('.css'))) {
        for (const problem of await blank.evaluate(stylesheetProblems, fs.readFileSync(path.join(staticDir, file), 'utf8'))) {
          fail(`static/${file}`, problem);
        }
      }
    } finally {
      await blank.close();
    }

    // 1. Screenshots; the phone-width loads over HTTP are audited as in 2.
    for (const origin of ['file', 'http']) {
      for (const [kind, file] of Object.entries(targets)) {
        for (const width of [360, 1280]) {
          const where = `${origin} ${kind} ${width}px`;
          const url = origin === 'file' ? cdp.fileURL(path.join(site, file)) : server.url + urlPath(file);
          const page = await browser.newPage({ width, height: width < 600 ? 780 : 900 });
          try {
            if (await checkLoad(page, where, url, headingOf(file), { width })) {
              // From file:// the first screen is enough to prove it renders; the whole page is shot over HTTP.
              await screenshot(page, where, `${origin}-${kind}-${width}.png`, { fullPage: origin === 'http' });
              shots++;
              if (origin === 'http') {
                await page.emulate({ colorScheme: 'dark' });
                await screenshot(page, `${where} dark`, `${origin}-${kind}-${width}-dark.png`, { fullPage: false });
                shots++;
                await page.emulate({ colorScheme: 'light' });
                if (width === 360) {
                  await audit(page, where, kind, contrast);
                  audited.add(kind);
                }
              }
            }
            reportProblems(page, where);
          } finally {
            await page.close();
          }
        }
      }
    }

    // 2. Every other page kind at 360 px over HTTP.
    const kinds = {
      archive: 'archive/index.html', ...listPages, keywords: 'keywords/index.html', keyword, ...compilation,
      search: 'search/index.html', 404: '404.html',
    };
    for (const [kind, file] of Object.entries(kinds)) {
      const where = `http ${kind} 360px`;
      const page = await browser.newPage({ width: 360, height: 780 });
      try {
        if (await checkLoad(page, where, server.url + urlPath(file), headingOf(file), { width: 360 })) {
          await screenshot(page, where, `http-${kind}-360.png`, { fullPage: false });
          shots++;
          await audit(page, where, kind, contrast);
          audited.add(kind);
        }
        reportProblems(page, where);
      } finally {
        await page.close();
      }
    }

    // 3. The 404 page from disk: styled, its heading drawn.
    const notFound = await browser.newPage({ width: 360, height: 780 });
    try {
      if (await checkLoad(notFound, 'file 404 360px', cdp.fileURL(path.join(site, '404.html')), headingOf('404.html'), { width: 360 })) {
        const styled = await notFound.evaluate(() => getComputedStyle(document.querySelector('.site-header')).borderBottomStyle === 'solid');
        if (!styled) fail('file 404 360px', 'the stylesheet does not apply');
        await screenshot(notFound, 'file 404 360px', 'file-404-360.png', { fullPage: false });
        shots++;
      }
      reportProblems(notFound, 'file 404 360px');
    } finally {
      await notFound.close();
    }
  } finally {
    await browser.close();
    await server.close();
    served.cleanup();
  }

  for (const scheme of ['light', 'dark']) {
    const lowest = (filter) => contrast[scheme].filter(filter).reduce((min, result) => (result.ratio < min.ratio ? result : min), { ratio: Infinity, what: '-', kind: '-' });
    const text = lowest((result) => !result.link);
    const link = lowest((result) => result.link);
    console.log(`contrast ${scheme}: lowest text ${text.ratio.toFixed(2)}:1 (${text.what} on ${text.kind}), lowest link ${link.ratio.toFixed(2)}:1 (${link.what} on ${link.kind})`);
    if (verbose) {
      const worst = [...contrast[scheme]].sort((a, b) => a.ratio - b.ratio).slice(0, 12);
      for (const result of worst) console.log(`  ${result.ratio.toFixed(2)}  ${result.kind}  ${result.what}  ${result.text}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`render-check: ${failures.length} problem(s):`);
    for (const failure of failures) console.error(`  ${failure}`);
    console.error(`screenshots: ${out}`);
    process.exit(1);
  }
  console.log(`render-check: ${shots} screenshots, ${audited.size} page kinds audited, all fine in ${seconds} s; screenshots: ${out}`);
}

main().catch((error) => {
  console.error(`render-check: ${error.stack || error}`);
  process.exit(1);
});
