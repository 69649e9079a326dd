'use strict';
// Checks keyword compilations (原文摘编) and printed pages in headless Chromium, as a study group uses them.
//
//   node Tests/Browser/compilation-check.js <site-dir> <output-dir>
//
// 1. Every compilation of the site, all its pages, opened from file://: each excerpt links to an element that
//    exists on its speech's page and holds the excerpt's text; the excerpts are exactly the paragraphs of the
//    site's speeches that use the keyword or one of its aliases (read from the speech pages themselves,
//    uses inside a longer keyword counted too, as on keyword pages), each once, speeches newest first; the order switch
//    (由远及近) turns a page's speeches and contents round, oldest first, undated last, and #oldest keeps it.
// 2. The largest compilation printed to PDF by Chromium's own --print-to-pdf (as a reader's "save as PDF",
//    without the browser's header and footer), read with pdfinfo and pdftotext (poppler-utils): A4; a cover
//    (keyword, site name, today's date) without header or page number; a contents page listing every speech;
//    every later page numbered "n / N" with the running header; no navigation.
// 3. 打印全部 of the longest compilation over several pages (volumes), served over HTTP, newest first and switched
//    to 由远及近 (oldest first): one PDF with one cover, one contents over every speech in the page's order, pages
//    numbered through, every paragraph of every volume in that order (a speech split between volumes whole, the
//    undated last); from disk the page says why it cannot and lists the volumes (checkPrintAll,
//    checkPrintAllFromDisk).
// 4. A speech printed the same way carries the site's name, its title, its address and the date of printing;
//    the search page printed shows its query.
// Exits 1 when anything failed, listing every problem.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const cdp = require('./cdp.js');
const { plainText, heading } = require('./built-pages.js');

const [siteArg, outArg] = process.argv.slice(2);
if (!siteArg || !outArg) {
  console.error('usage: compilation-check.js <site-dir> <output-dir>');
  process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg);
fs.mkdirSync(out, { recursive: true });

const failures = [];
function fail(where, message) {
  failures.push(`${where}: ${message}`);
}

const read = (relative) => fs.readFileSync(path.join(site, relative), 'utf8');
const exists = (relative) => fs.existsSync(path.join(site, relative));

/** Every compilation's first page (newest first), by the keyword folders that have one. */
function compilations() {
  return fs.readdirSync(path.join(site, 'keywords'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && exists(`keywords/${entry.name}/excerpts/index.html`))
    .map((entry) => entry.name).sort();
}

/** A site path from a link on the page at `from` (relative, percent-encoded or not), without its fragment. */
function resolve(from, href) {
  const url = new URL(href, 'http://site/' + from.split('/').map(encodeURIComponent).join('/'));
  return { file: decodeURIComponent(url.pathname.slice(1)), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The pages of one compilation in one order: the first, then each rel="next". */
function pagesOf(first) {
  const pages = [first];
  for (;;) {
    const match = /<link rel="next" href="([^"]+)">/.exec(read(pages[pages.length - 1]));
    if (!match) return pages;
    const next = resolve(pages[pages.length - 1], match[1]).file;
    if (pages.includes(next) || !exists(next)) {
      fail(first, `rel="next" leads to ${next}, which is missing or already seen`);
      return pages;
    }
    pages.push(next);
  }
}

// ---- In-page reads. These run inside Chromium: no closures over Node values. ----

/** Each excerpt: the link after its text (its paragraph in the speech), its text without the link, its marks. */
function excerptsOnPage() {
  return [...document.querySelectorAll('.excerpt')].map((excerpt) => {
    const link = excerpt.querySelector(':scope > a:last-child');
    const copy = excerpt.cloneNode(true);
    copy.querySelector(':scope > a:last-child')?.remove();
    return {
      href: link?.getAttribute('href') ?? null,
      number: link?.textContent ?? '',
      text: copy.textContent,
      marks: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent),
      date: excerpt.closest('.excerpt-group')?.querySelector('time')?.getAttribute('datetime') ?? null,
    };
  });
}

/**
 * The speech's paragraphs (not headings, not the document's own header lines): id and text, without what the
 * speech's own script adds to a paragraph (passage.js: its number, its citation bar).
 */
function paragraphsOfSpeech() {
  return [...document.querySelectorAll('.speech-body p[id], .speech-body span[id]')]
    .filter((element) => !element.closest('.document-header, .notes, .citation'))
    .map((element) => {
      const copy = element.cloneNode(true);
      for (const added of copy.querySelectorAll('.paragraph-number, .citation')) added.remove();
      return { id: element.id, text: copy.textContent };
    });
}

function groupOrder() {
  const control = document.querySelector('[data-order-switch]');
  return {
    visible: !!control && !control.hidden,
    groups: [...document.querySelectorAll('.excerpt-group')].map((group) => ({
      title: group.querySelector('h2 a').textContent.replace(/^《|》$/g, ''),
      date: group.querySelector('time')?.getAttribute('datetime') ?? null,
    })),
    contents: [...document.querySelectorAll('.compilation-contents li a')].map((link) => link.textContent.replace(/（续）$/, '')),
  };
}

// ---- The checks ----

/**
 * Whether a paragraph uses the keyword: every occurrence of its term or an alias counts, also inside a longer
 * keyword (社会主义 in 中国特色社会主义), as on the keyword's page.
 */
function usesTerm(text, names) {
  return names.some((name) => text.includes(name));
}

async function checkCompilation(browser, slug, speeches) {
  const where = `keywords/${slug}/excerpts`;
  const firstPage = read(`keywords/${slug}/excerpts/index.html`);
  const term = plainText(heading(firstPage)) || slug;
  const aliases = [...firstPage.matchAll(/<span class="alias">([^<]*)<\/span>/g)].map((match) => match[1]);
  const names = [term, ...aliases];
  const orders = {};
  const page = await browser.newPage({ width: 1280, height: 900 });
  try {
    for (const [order, first] of [["newest", `keywords/${slug}/excerpts/index.html`]]) {
      const found = [];
      for (const file of pagesOf(first)) {
        await page.goto(cdp.fileURL(path.join(site, file)));
        for (const excerpt of await page.evaluate(excerptsOnPage)) {
          if (!excerpt.href) { fail(file, 'an excerpt without a link to its paragraph'); continue; }
          const target = resolve(file, excerpt.href);
          if (!excerpt.marks.length || !excerpt.marks.every((mark) => names.includes(mark))) {
            fail(file, `excerpt ${excerpt.href}: marks ${JSON.stringify(excerpt.marks)} are not the term or its aliases`);
          }
          found.push({ key: `${target.file}#${target.fragment}`, date: excerpt.date, text: excerpt.text, number: excerpt.number, file, target });
        }
      }
      orders[order] = found;
    }
    // Every link leads to an element of that id whose text is the excerpt's.
    for (const excerpt of orders.newest) {
      const speech = speeches.get(excerpt.target.file);
      if (!speech) { fail(excerpt.file, `links to ${excerpt.target.file}, not a speech page`); continue; }
      const paragraph = speech.find((candidate) => candidate.id === excerpt.target.fragment);
      if (!paragraph) fail(excerpt.file, `links to #${excerpt.target.fragment}, which ${excerpt.target.file} does not have`);
      else if (paragraph.text.replace(/\s+/g, '') !== excerpt.text.replace(/\s+/g, '')) {
        fail(excerpt.file, `the excerpt linked to ${excerpt.key} is not that paragraph's text`);
      } else {
        // The number a reader cites (第 N 段) is the paragraph's among the speech's numbered paragraphs, as
        // passage.js numbers them on the speech's page.
        const number = speech.filter((candidate) => /^p-[0-9a-z]{6}(-\d+)?$/.test(candidate.id)).indexOf(paragraph) + 1;
        if (excerpt.number !== `第${number}段`) fail(excerpt.file, `the excerpt linked to ${excerpt.key} says ${excerpt.number}, not 第${number}段`);
      }
    }
    // Exactly the paragraphs that use the term or an alias, each once.
    const expected = new Set();
    for (const [file, paragraphs] of speeches) {
      for (const paragraph of paragraphs) if (usesTerm(paragraph.text, names)) expected.add(`${file}#${paragraph.id}`);
    }
    const keys = orders.newest.map((excerpt) => excerpt.key);
    const got = new Set(keys);
    if (got.size !== keys.length) fail(where, 'a paragraph appears twice');
    for (const key of expected) if (!got.has(key)) fail(where, `misses ${key}, which uses “${term}”`);
    for (const key of got) if (!expected.has(key)) fail(where, `holds ${key}, which does not use “${term}”`);
    // Newest first across the pages; the switch turns the first page round, and #oldest does it on opening.
    const dates = (list) => list.map((excerpt) => excerpt.date).filter(Boolean);
    const sorted = (list, descending) => list.every((date, index) => index === 0 || (descending ? list[index - 1] >= date : list[index - 1] <= date));
    if (!sorted(dates(orders.newest), true)) fail(where, 'newest first is not in time order');
    const firstURL = cdp.fileURL(path.join(site, `keywords/${slug}/excerpts/index.html`));
    await page.goto(firstURL);
    const before = await page.evaluate(groupOrder);
    await page.click('[data-order="oldest"]');
    const after = await page.evaluate(groupOrder);
    await page.goto('about:blank');
    await page.goto(firstURL + '#oldest');
    const reopened = await page.evaluate(groupOrder);
    const turned = [...before.groups.filter((group) => group.date).reverse(), ...before.groups.filter((group) => !group.date)];
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (!after.visible) fail(where, 'the order switch is not shown');
    if (!same(after.groups, turned) || !sorted(after.groups.map((group) => group.date).filter(Boolean), false)) {
      fail(where, `由远及近 does not turn the speeches round: ${JSON.stringify(after.groups.map((group) => group.date))}`);
    }
    if (!same(after.contents, turned.map((group) => group.title))) fail(where, '由远及近 does not turn the contents round');
    if (!same(reopened.groups, after.groups)) fail(where, '#oldest does not open the page oldest first');
  } finally {
    await page.close();
  }
  return orders.newest.length;
}

function chromiumPDF(url, file) {
  const args = ['--headless', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-pdf-header-footer',
    `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'portalgen-pdf-'))}`, `--print-to-pdf=${file}`, url];
  if (process.getuid && process.getuid() === 0) args.unshift('--no-sandbox');
  execFileSync(cdp.findChromium(), args, { stdio: 'ignore', timeout: 120000 });
  return readPDF(file);
}

/** A PDF's pdfinfo, its number of pages and each page's text without spaces. */
function readPDF(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  // Each page's text; \f separates pages. Spaces dropped: pdftotext spaces out CJK next to Latin letters.
  // -layout: lines in the order they are seen, so that a wrapped line does not interleave with the next.
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages)
    .map((page) => page.replace(/\s+/g, ''));
  return { info, pages, text };
}

function todayInChinese() {
  const today = new Date();
  return `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
}

function checkPrintedCompilation(slug, siteTitle) {
  const file = `keywords/${slug}/excerpts/index.html`;
  const where = `${file} printed`;
  const html = read(file);
  const term = plainText(heading(html));
  const titles = speechTitles(html);
  const pdf = chromiumPDF(cdp.fileURL(path.join(site, file)), path.join(out, 'compilation-print.pdf'));
  if (!/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/.test(pdf.info)) fail(where, `not A4: ${/Page size:.*/.exec(pdf.info)?.[0]}`);
  if (pdf.pages < 3) { fail(where, `${pdf.pages} pages: no room for a cover, contents and the text`); return pdf.pages; }
  const [cover, contents] = pdf.text;
  const squeeze = (text) => text.replace(/\s+/g, '');
  for (const [what, text] of [['the keyword', term], ['the site name', siteTitle], ["today's date", todayInChinese()]]) {
    if (!cover.includes(squeeze(text))) fail(where, `the cover lacks ${what} (${text}): ${cover.slice(0, 120)}`);
  }
  if (cover.includes(`1/${pdf.pages}`)) fail(where, 'the cover carries a page number');
  if (cover.startsWith(squeeze(`${term}·原文摘编`))) fail(where, 'the cover carries the running header');
  if (!contents.includes('目录')) fail(where, `page 2 is not the contents: ${contents.slice(0, 80)}`);
  for (const title of titles) if (!contents.includes(title.slice(0, 12))) fail(where, `the contents lack “${title}”`);
  for (let number = 2; number <= pdf.pages; number++) {
    const text = pdf.text[number - 1];
    if (!text.includes(`${number}/${pdf.pages}`)) fail(where, `page ${number} has no page number ${number} / ${pdf.pages}`);
    if (!text.startsWith(squeeze(`${term}·原文摘编`))) fail(where, `page ${number} has no running header: ${text.slice(0, 40)}`);
  }
  const all = pdf.text.join('');
  for (const chrome of ['跳到正文', '由远及近', '关键词页', '订阅更新', '下一页', '排序']) {
    if (all.includes(chrome)) fail(where, `navigation is printed (${chrome})`);
  }
  return pdf.pages;
}

/** The excerpts of a compilation page as the build wrote it: each one's text (without its link), squeezed. */
function excerptTexts(html) {
  return [...html.matchAll(/<p class="excerpt">([\s\S]*?)<\/p>/g)]
    .map((match) => plainText(match[1].replace(/<a [^>]*>[^<]*<\/a>$/, '')).replace(/\s+/g, ''));
}

/**
 * A compilation page's speeches as the build wrote them: each one's title, whether it is undated, whether it is
 * continued from the volume before, and its excerpts' texts.
 */
function excerptGroups(html) {
  return html.split('<section class="excerpt-group"').slice(1).map((part) => {
    const opening = part.slice(0, part.indexOf('>'));
    return {
      title: plainText(/<h2><a [^>]*>《([^<]*)》<\/a>/.exec(part)?.[1] ?? '').replace(/\s+/g, ''),
      undated: /\sdata-undated\b/.test(opening),
      continued: /\sdata-continued\b/.test(opening),
      excerpts: excerptTexts(part),
    };
  });
}

/** The speeches' titles of a compilation page, a speech continued from the page before left out. */
function speechTitles(html) {
  return excerptGroups(html).filter((group) => !group.continued).map((group) => group.title);
}

/**
 * The speeches of every volume as one booklet shows them: a speech split between volumes joined, in `order`
 * ('newest' as built; 'oldest': the dated turned round, the undated after them, as 由远及近 shows them).
 */
function speechesOfAllVolumes(htmls, order) {
  const speeches = [];
  for (const group of htmls.flatMap(excerptGroups)) {
    const last = speeches[speeches.length - 1];
    if (group.continued && last) last.excerpts.push(...group.excerpts);
    else speeches.push({ ...group, excerpts: [...group.excerpts] });
  }
  if (order === 'newest') return speeches;
  return [...speeches.filter((speech) => !speech.undated).reverse(), ...speeches.filter((speech) => speech.undated)];
}

/**
 * 打印全部 over HTTP, from the second volume of the longest paged compilation, in `order` ('oldest': the reader
 * chose 由远及近 first): the page reads every volume and prints once; Page.printToPDF then makes the PDF a
 * reader's "save as PDF" would. A headless browser has no print dialog, so window.print is replaced by a
 * counter (the real one would fire afterprint, which puts the volume back). The PDF: one cover (no volume
 * number) and one contents listing every speech once, in the order chosen; pages numbered n / N through; every
 * paragraph of every volume, in that order.
 */
async function checkPrintAll(browser, slug, siteTitle, order) {
  const volumes = pagesOf(`keywords/${slug}/excerpts/index.html`);
  const where = `keywords/${slug}/excerpts printed all ${order} first (from volume 2 of ${volumes.length}, over HTTP)`;
  const htmls = volumes.map(read);
  const term = plainText(heading(htmls[0]));
  const speeches = speechesOfAllVolumes(htmls, order);
  const expected = speeches.flatMap((speech) => speech.excerpts);
  const titles = speeches.map((speech) => speech.title);
  const server = await cdp.serve(site);
  const page = await browser.newPage({ width: 1280, height: 900 });
  let pdf;
  try {
    await page.goto(server.url + volumes[1].split('/').map(encodeURIComponent).join('/'));
    if (order === 'oldest') await page.click('[data-order="oldest"]');
    await page.evaluate(() => { window.print = () => { window.printCalls = (window.printCalls || 0) + 1; }; });
    await page.click('[data-print-all]');
    await page.waitFor(() => document.documentElement.getAttribute('data-printing-all') === 'ready' && window.printCalls === 1, { timeout: 30000 })
      .catch(() => fail(where, 'the page never said it had gathered every volume and printed'));
    const file = path.join(out, `compilation-print-all-${order}.pdf`);
    await page.pdf(file);
    pdf = readPDF(file);
  } finally {
    await page.close();
    await server.close();
  }
  if (!/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/.test(pdf.info)) fail(where, `not A4: ${/Page size:.*/.exec(pdf.info)?.[0]}`);
  const squeeze = (text) => text.replace(/\s+/g, '');
  const header = squeeze(`${term}·原文摘编`);
  const all = pdf.text.join('');
  const count = (needle) => all.split(needle).length - 1;
  const [cover = '', contents = ''] = pdf.text;
  for (const [what, text] of [['the keyword', term], ['the site name', siteTitle], ["today's date", todayInChinese()]]) {
    if (!cover.includes(squeeze(text))) fail(where, `the cover lacks ${what} (${text})`);
  }
  if (/第\d+册/.test(cover)) fail(where, `the cover names a volume: ${cover.slice(0, 80)}`);
  if (count('打印日期') !== 1) fail(where, `${count('打印日期')} covers, not one`);
  if (count('目录') !== 1) fail(where, `${count('目录')} contents, not one`);
  if (!contents.includes('目录')) fail(where, `page 2 is not the contents: ${contents.slice(0, 80)}`);
  if (contents.includes('（续）')) fail(where, 'the contents list a speech twice (（续）)');
  // Every speech in the contents, in the order of the text.
  let listed = 0;
  for (const title of titles) {
    const at = contents.indexOf(title.slice(0, 12), listed);
    if (at < 0) fail(where, `the contents lack “${title}” or list it out of order`);
    else listed = at + 1;
  }
  // The paragraphs, page after page without the running header and the number.
  let body = '';
  for (let number = 2; number <= pdf.pages; number++) {
    let text = pdf.text[number - 1];
    if (!text.includes(`${number}/${pdf.pages}`)) fail(where, `page ${number} has no page number ${number} / ${pdf.pages}`);
    if (!text.startsWith(header)) fail(where, `page ${number} has no running header: ${text.slice(0, 40)}`);
    text = text.replace(header + squeeze(siteTitle), '').replace(new RegExp(`${number}/${pdf.pages}$`), '');
    body += text;
  }
  let from = 0;
  for (const [index, excerpt] of expected.entries()) {
    const at = body.indexOf(excerpt, from);
    if (at < 0) fail(where, `paragraph ${index + 1} of ${expected.length} is missing or out of order: ${excerpt.slice(0, 30)}…`);
    else from = at + excerpt.length;
  }
  return { pages: pdf.pages, volumes: volumes.length, paragraphs: expected.length };
}

/**
 * 打印全部 from disk: no fetch; the button says why it cannot and lists the volumes to print one by one (the
 * first volume lists them, each a file that exists; a later one links to the first).
 */
async function checkPrintAllFromDisk(browser, slug) {
  const volumes = pagesOf(`keywords/${slug}/excerpts/index.html`);
  const local = await browser.newPage({ width: 1280, height: 900 });
  try {
    await local.goto(cdp.fileURL(path.join(site, volumes[volumes.length - 1])));
    await local.click('[data-print-all]');
    const first = await local.evaluate(() => document.querySelector('[data-print-all-note]:not([hidden]) [data-volumes-at] a')?.href ?? null);
    if (!first || decodeURIComponent(new URL(first).pathname) !== path.join(site, volumes[0])) {
      fail(`${volumes[volumes.length - 1]} printed all from disk`, `does not show the way to the first volume: ${first}`);
    }
    await local.goto(cdp.fileURL(path.join(site, volumes[0])));
    await local.evaluate(() => { window.print = () => { window.printCalls = (window.printCalls || 0) + 1; }; });
    await local.click('[data-print-all]');
    const shown = await local.evaluate(() => {
      const note = document.querySelector('[data-print-all-note]');
      return {
        visible: !!note && !note.hidden && note.getBoundingClientRect().height > 0,
        status: note?.querySelector('[data-print-all-status]')?.textContent ?? '',
        reason: document.querySelector('[data-print-all]').getAttribute('data-from-disk'),
        links: [...(note?.querySelectorAll('[data-volumes] a') ?? [])].map((link) => decodeURIComponent(new URL(link.href).pathname)),
        printed: window.printCalls || 0,
      };
    });
    const where = `keywords/${slug}/excerpts printed all from disk`;
    if (!shown.visible || shown.status !== shown.reason) fail(where, `the reason is not shown: ${JSON.stringify(shown.status)}`);
    if (shown.printed) fail(where, 'printed anyway');
    if (shown.links.length !== volumes.length) fail(where, `${shown.links.length} volumes listed, not ${volumes.length}`);
    for (const link of shown.links) if (!fs.existsSync(link)) fail(where, `lists ${link}, which does not exist`);
  } finally {
    await local.close();
  }
}

async function checkPrintedPages(browser, speechFile, siteTitle) {
  const where = `${speechFile} printed`;
  const title = plainText(heading(read(speechFile))).replace(/\s+/g, '');
  const pdf = chromiumPDF(cdp.fileURL(path.join(site, speechFile)), path.join(out, 'speech-print-cli.pdf'));
  const first = pdf.text[0] || '';
  if (!first.includes(siteTitle.replace(/\s+/g, ''))) fail(where, 'the first page lacks the site name');
  if (!first.includes(title)) fail(where, 'the first page lacks the title');
  if (!first.includes(todayInChinese())) fail(where, 'the first page lacks the date of printing');
  const address = speechFile.replace(/\/index\.html$/, '');
  if (!first.includes(address)) fail(where, `the first page lacks the page's address (${address})`);
  if (!(pdf.text[pdf.pages - 1] || '').includes(`${pdf.pages}/${pdf.pages}`)) fail(where, 'the last page has no page number');

  // The search page, printed, says what was searched.
  const page = await browser.newPage({ width: 1280, height: 900 });
  try {
    await page.goto(cdp.fileURL(path.join(site, 'search/index.html')) + '?q=' + encodeURIComponent('工会'));
    await page.emulate({ media: 'print' });
    const shown = await page.evaluate(() => {
      const input = document.getElementById('search-input');
      const rect = input.getBoundingClientRect();
      return { value: input.value, visible: rect.width > 0 && rect.height > 0 && getComputedStyle(input).visibility === 'visible' };
    });
    if (shown.value !== '工会' || !shown.visible) fail('search/index.html?q=工会 printed', `the query is not shown: ${JSON.stringify(shown)}`);
  } finally {
    await page.close();
  }
}

async function main() {
  const started = Date.now();
  const browser = await cdp.launch();
  const siteTitle = /<p class="site-title"><a [^>]*>([^<]*)<\/a>/.exec(read('index.html'))[1];
  let checked = 0;
  let excerpts = 0;
  let printedPages = 0;
  let printedAll = null;
  let printedOldest = null;
  try {
    const speechFiles = fs.readdirSync(path.join(site, 'speeches')).sort()
      .map((slug) => `speeches/${slug}/index.html`).filter(exists);
    const speeches = new Map();
    const reader = await browser.newPage({ width: 1280, height: 900 });
    try {
      for (const file of speechFiles) {
        await reader.goto(cdp.fileURL(path.join(site, file)));
        speeches.set(file, await reader.evaluate(paragraphsOfSpeech));
      }
    } finally {
      await reader.close();
    }
    const slugs = compilations();
    if (slugs.length === 0) fail(site, 'no keyword has a compilation (keywords/*/excerpts/index.html)');
    const sizes = [];
    for (const slug of slugs) {
      const count = await checkCompilation(browser, slug, speeches);
      sizes.push({ slug, count });
      excerpts += count;
      checked++;
    }
    if (sizes.length) {
      const largest = sizes.reduce((best, entry) => (entry.count > best.count ? entry : best));
      printedPages = checkPrintedCompilation(largest.slug, siteTitle);
      const paged = slugs.map((slug) => ({ slug, volumes: pagesOf(`keywords/${slug}/excerpts/index.html`).length }))
        .filter((entry) => entry.volumes > 1);
      if (paged.length) {
        const longest = paged.reduce((best, entry) => (entry.volumes > best.volumes ? entry : best));
        printedAll = await checkPrintAll(browser, longest.slug, siteTitle, 'newest');
        printedOldest = await checkPrintAll(browser, longest.slug, siteTitle, 'oldest');
        await checkPrintAllFromDisk(browser, longest.slug);
      }
    }
    const speech = speechFiles.reduce((best, file) => (read(file).length > read(best).length ? file : best));
    await checkPrintedPages(browser, speech, siteTitle);
  } finally {
    await browser.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`compilation-check: ${failures.length} problem(s):`);
    for (const failure of failures) console.error(`  ${failure}`);
    console.error(`PDFs: ${out}`);
    process.exit(1);
  }
  console.log(`compilation-check: ${checked} compilations (${excerpts} paragraphs) link to their paragraphs and hold every use, the order switch works; `
    + `printed compilation ${printedPages} A4 pages with cover, contents and page numbers; `
    + (printedAll ? `printed all (over HTTP) ${printedAll.volumes} volumes as one: ${printedAll.pages} pages, ${printedAll.paragraphs} paragraphs, one cover and contents; `
      + `由远及近 too (${printedOldest.pages} pages); from disk the volumes listed; `
      : 'no compilation over several pages: print-all not checked; ')
    + `printed speech and search fine in ${seconds} s; PDFs: ${out}`);
}

main().catch((error) => {
  console.error(`compilation-check: ${error.stack || error}`);
  process.exit(1);
});
