'use strict';
/*
 * From a search result to the passage, and citing a paragraph, in headless Chromium:
 *
 *   node Tests/Browser/passage-check.js SITE
 *
 * 1. A phrase from the middle of the longest speech is typed into the search page; the speech's result links
 *    with ?q= and #<paragraph>:~:text=; followed, the speech opens with that paragraph on screen, marked as the
 *    target, and the phrase highlighted in it; “next” and “clear” work. From file:// at phone width and over
 *    HTTP; with a phrase of the text and with one of the speech's keywords (which its header shows first).
 * 2. The citation bar of the third paragraph (or the last, in a shorter speech) reads 《标题》（讲话人，日期）第 3 段 and the paragraph's address,
 *    and its button copies exactly that, through the Clipboard API and through the fallback.
 * 3. An old link (#p2) lands on the second paragraph.
 * Exits 1 on any difference, console error or failed request.
 */
const fs = require('node:fs');
const path = require('node:path');
const cdp = require('./cdp.js');
const { typeQuery, searchScript } = require('./search-page.js');
const { plainText, firstGroup, heading, speechBody, speechPages } = require('./built-pages.js');

const site = path.resolve(process.argv[2] || '');
if (!fs.existsSync(path.join(site, 'search', 'index.html'))) {
  console.error('usage: passage-check.js SITE (a built site with search/index.html)');
  process.exit(2);
}

// The search's own case and width folding, from the site's search-index.js.
const { fold } = searchScript(site);

/** Every speech page with its paragraphs (id, text) and what a citation names. */
function speeches() {
  return speechPages(site).map(({ slug, html }) => {
    const blocks = [...speechBody(html).matchAll(/<(h[2-6]|p|span) id="([^"]+)">([\s\S]*?)<\/\1>/g)]
      .map((match) => ({ id: match[2], text: plainText(match[3]) }));
    const paragraphs = blocks.filter((block) => /^p-/.test(block.id));
    const keywords = [...(/<nav class="speech-keywords"[\s\S]*?<\/nav>/.exec(html) || [''])[0].matchAll(/<a [^>]*>([^<]+)/g)]
      .map((match) => plainText(match[1]).replace(/\s*\d+$/, ''));
    const title = plainText(heading(html));
    const meta = (label) => plainText(firstGroup(html, new RegExp(`<dt>${label}</dt><dd>([\\s\\S]*?)</dd>`)));
    const address = firstGroup(html, /data-address="([^"]*)"/);
    return { slug, blocks, paragraphs, keywords, title, speaker: meta('讲话人'), date: meta('时间'), address };
  });
}

/** A phrase of six characters from a paragraph past the first screen, with the paragraph that first has it. */
function pickPhrase(speech) {
  const start = Math.floor(speech.paragraphs.length / 2);
  for (let at = start; at < speech.paragraphs.length; at++) {
    const text = speech.paragraphs[at].text.replace(/\s+/g, '');
    const match = /[\u4e00-\u9fff]{6}/.exec(text.slice(Math.floor(text.length / 3)));
    if (!match) continue;
    return { phrase: match[0], paragraph: firstBlock(speech, match[0]) };
  }
  return null;
}

/** The block (heading or paragraph) where a search finds `phrase` first: the one its result links to. */
function firstBlock(speech, phrase) {
  return speech.blocks.find((block) => fold(block.text).includes(fold(phrase)));
}

/**
 * One of the speech's keywords, which its header shows before the body: the one first used furthest down.
 * A text fragment of the term alone would find the header's; the link's must find the body's.
 */
function pickKeyword(speech) {
  const used = speech.keywords.map((term) => ({ phrase: term, paragraph: firstBlock(speech, term) }))
    .filter((pick) => pick.paragraph);
  used.sort((a, b) => speech.blocks.indexOf(b.paragraph) - speech.blocks.indexOf(a.paragraph));
  return used[0] || null;
}

async function searchFor(page, query) {
  await typeQuery(page, query);
  return page.evaluate(() => Array.from(document.querySelectorAll('#search-results li.search-result:not(.search-keyword) a'))
    .map((link) => ({ href: link.getAttribute('href'), resolved: link.href })));
}

async function fromResultToPassage(page, searchURL, speech, pick, label) {
  const problems = [];
  await page.goto(searchURL);
  const results = await searchFor(page, pick.phrase);
  const result = results.find((link) => decodeURIComponent(link.href).includes(`/speeches/${speech.slug}/`));
  if (!result) return [`${label}: “${pick.phrase}” does not find ${speech.slug}`];
  const wanted = new RegExp(`\\?q=([^#]* )?${fold(pick.phrase)}( [^#]*)?#${pick.paragraph.id}:~:text=(.+-,)?${pick.phrase}(,-.+)?$`);
  if (!wanted.test(decodeURIComponent(result.href))) {
    problems.push(`${label}: the result links to ${decodeURIComponent(result.href)}, not …${wanted}`);
  }
  await page.goto(result.resolved);
  let landed;
  try {
    landed = await page.waitFor((id) => {
      const target = document.getElementById(id);
      if (!target) return null;
      const box = target.getBoundingClientRect();
      const marks = target.querySelectorAll('mark.passage-hit').length;
      const onScreen = box.top < window.innerHeight && box.bottom > 0;
      if (!onScreen || !marks) return null;
      return {
        marks, onScreen, scrolled: window.scrollY, below: box.bottom + window.scrollY > window.innerHeight,
        targeted: target.classList.contains('passage-target'),
        total: document.querySelectorAll('mark.passage-hit').length,
        bar: (document.querySelector('.passage-hits') || {}).textContent || '',
        fragmentDirective: 'fragmentDirective' in document, hash: location.hash, search: location.search,
      };
    }, { timeout: 10000, args: [pick.paragraph.id] });
  } catch (error) {
    const state = await page.evaluate(() => ({ url: location.href, y: window.scrollY, marks: document.querySelectorAll('mark.passage-hit').length }));
    return problems.concat(`${label}: ${speech.slug} did not open at the highlighted passage: ${JSON.stringify(state)}`);
  }
  if (!landed.targeted) problems.push(`${label}: the paragraph is on screen but not marked as the target`);
  if (!/\d/.test(landed.bar)) problems.push(`${label}: the highlight bar says “${landed.bar}”`);
  if (landed.below && landed.scrolled <= 0) problems.push(`${label}: the page did not scroll to the passage`);
  // “下一处” shows a highlight; “取消高亮” takes them all away and leaves the text as it was.
  const after = await page.evaluate(async (id) => {
    document.querySelector('.passage-next').click();
    const current = document.querySelector('mark.passage-hit-current');
    const box = current && current.getBoundingClientRect();
    document.querySelector('.passage-clear').click();
    const target = document.getElementById(id);
    const number = target.querySelector('.paragraph-number');
    return {
      current: Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight),
      marks: document.querySelectorAll('mark').length, bar: Boolean(document.querySelector('.passage-hits')),
      text: target.textContent.slice(number ? number.textContent.length : 0).trim(),
    };
  }, pick.paragraph.id);
  if (!after.current) problems.push(`${label}: “next” does not bring a highlight on screen`);
  if (after.marks || after.bar) problems.push(`${label}: “clear” leaves ${after.marks} highlight(s)${after.bar ? ' and its bar' : ''}`);
  if (after.text.replace(/\s+/g, '') !== pick.paragraph.text.replace(/\s+/g, '')) {
    problems.push(`${label}: after “clear” the paragraph reads ${JSON.stringify(after.text)}`);
  }
  console.log(`${label}: “${pick.phrase}” → ${speech.slug}${landed.hash}: on screen, ${landed.marks} highlight(s) there, ` +
    `${landed.total} on the page; text fragments ${landed.fragmentDirective ? 'supported' : 'not supported'}`);
  return problems;
}

async function citation(page, pageURL, speech, label) {
  const problems = [];
  // The third paragraph, or the last of a shorter speech.
  const number = Math.min(3, speech.paragraphs.length);
  const third = speech.paragraphs[number - 1];
  const byline = [speech.speaker, speech.date].filter(Boolean).join('，');
  const address = (speech.address || pageURL) + '#' + third.id;
  const want = `《${speech.title}》${byline ? `（${byline}）` : ''}第 ${number} 段\n${address}`;
  await page.goto('about:blank');
  await page.goto(pageURL + '#' + third.id);
  for (const way of ['Clipboard API', 'fallback']) {
    const got = await page.evaluate(async (fallback) => {
      const copied = [];
      if (fallback) {
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
        document.addEventListener('copy', () => copied.push(window.getSelection().toString() || document.activeElement.value));
      } else {
        navigator.clipboard.writeText = (text) => { copied.push(text); return Promise.resolve(); };
      }
      const bar = document.querySelector('.citation');
      if (!bar) return { error: 'no citation bar' };
      bar.querySelector('button').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { shown: bar.querySelector('.citation-text').textContent, copied, status: bar.querySelector('.citation-status').textContent,
        afterTarget: bar.previousElementSibling && bar.previousElementSibling.id };
    }, way === 'fallback');
    if (got.error) { problems.push(`${label}: ${got.error}`); break; }
    if (got.shown !== want) problems.push(`${label}: the citation reads ${JSON.stringify(got.shown)}, not ${JSON.stringify(want)}`);
    if (got.copied.length !== 1 || got.copied[0] !== want) problems.push(`${label} (${way}): copied ${JSON.stringify(got.copied)}`);
    if (got.afterTarget !== third.id) problems.push(`${label}: the citation bar is not under the paragraph`);
    if (!problems.length) console.log(`${label} (${way}): copies ${JSON.stringify(want)}; says “${got.status}”`);
  }
  // An old link names a position: the paragraph now at that position.
  if (speech.paragraphs.length < 2) return problems;
  await page.goto('about:blank');  // a new document: a change of fragment alone would load nothing
  await page.goto(pageURL + '#p2');
  const old = await page.waitFor((id) => location.hash === '#' + id && document.getElementById(id).classList.contains('passage-target')
    && document.querySelector('.citation-text').textContent.includes('第 2 段'), { timeout: 5000, args: [speech.paragraphs[1].id] })
    .catch(() => false);
  if (!old) problems.push(`${label}: #p2 does not land on the second paragraph (${speech.paragraphs[1].id})`);
  else console.log(`${label}: #p2 → #${speech.paragraphs[1].id}`);
  return problems;
}

(async () => {
  const all = speeches().filter((speech) => speech.paragraphs.length > 0);
  const speech = all.sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0];
  const pick = speech && pickPhrase(speech);
  const keyword = speech && pickKeyword(speech);
  if (!pick) {
    console.error('passage-check: no speech with a phrase to look for');
    process.exit(1);
  }
  const browser = await cdp.launch();
  const server = await cdp.serve(site);
  let problems = [];
  try {
    const phone = await browser.newPage({ width: 360, height: 780 });
    const fileRoot = cdp.fileURL(site) + '/';
    problems = problems.concat(await fromResultToPassage(phone, fileRoot + 'search/index.html', speech, pick, 'file://, 360 px'));
    problems = problems.concat(await citation(phone, fileRoot + `speeches/${encodeURIComponent(speech.slug)}/index.html`, speech, 'file://, 360 px'));
    const desktop = await browser.newPage({ width: 1280, height: 800 });
    problems = problems.concat(await fromResultToPassage(desktop, server.url + 'search/index.html', speech, pick, 'http, 1280 px'));
    if (keyword) {
      problems = problems.concat(await fromResultToPassage(desktop, server.url + 'search/index.html', speech, keyword, 'http, 1280 px, a keyword'));
      problems = problems.concat(await fromResultToPassage(phone, fileRoot + 'search/index.html', speech, keyword, 'file://, 360 px, a keyword'));
    }
    problems = problems.concat(await citation(desktop, server.url + `speeches/${encodeURIComponent(speech.slug)}/index.html`, speech, 'http, 1280 px'));
    for (const [label, page] of [['file://', phone], ['http', desktop]]) {
      if (page.problems.length) problems.push(`${label}: the page reported problems:\n` + JSON.stringify(page.problems, null, 2));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length) {
    problems.forEach((problem) => console.error(problem));
    console.error(`passage-check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log('passage-check: search results open at the highlighted passage; citations and old links are right');
})().catch((error) => {
  console.error(error && error.stack || error);
  process.exit(1);
});
