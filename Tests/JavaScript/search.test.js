'use strict';
// Checks the real search client against an index written by SearchIndexBuilder:
//   node Tests/JavaScript/search.test.js <site-dir containing search/> <texts.json> [client folder]
// texts.json: { documents: [{ url, title, date, dateKey, keywords, sections: [{ anchor, heading, text }] }],
//               keywords: [{ term, aliases, url }], queries: [extra queries] }
// For every query (alone and with year and keyword filters), the speeches found (all pages) must be exactly
// those whose folded title or sections contain the phrase or one of its aliases (recall and precision), in the
// rank order and with the scores that the format defines (computed here from the texts), each snippet marking
// the phrase and each link pointing at the section of the first hit. Plain node:assert, no packages.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createClient, searchAll, defaultClient } = require('./search-harness.js');

const [siteDir, textsPath, clientPath = defaultClient] = process.argv.slice(2);
if (!siteDir || !textsPath) {
  console.error('usage: search.test.js <site-dir> <texts.json> [client folder]');
  process.exit(2);
}
const corpus = JSON.parse(fs.readFileSync(textsPath, 'utf8'));
const QUERIES = [
  '两个确立', '两个维护', '新就业形态劳动者', '产业工人队伍建设改革', '劳模精神', '工匠精神', '职工之家', '国之大者',
  '五大行动', '家', '工', '会', '工会', '职工', '12351', 'ｘ', 'X', '不存在的短语', '产改', '两个 确立', '“两个确立”',
].concat(corpus.queries || []);

let failures = 0;
let checks = 0;
async function test(name, body) {
  try {
    await body();
    checks++;
  } catch (error) {
    failures++;
    console.error(`not ok - ${name}\n  ${String(error && error.stack || error).split('\n').join('\n  ')}`);
  }
}

// ---- The reference: plain substring search over the texts, ranked as the format defines --------------------
//
// Ranking (SearchScoring.swift, search-query.js): for each phrase, its key term (the phrase itself with one or
// two characters, else its pair with the fewest occurrences, then the fewest speeches, then the first), scored
// weight × (impact + 15 × in title + 4 × in a heading); a phrase's names count as the best of them, phrases add
// up; equal scores rank the newer speech first (then by address). Computed here from the texts alone.

const fold = (text) => String(text).replace(/[\uff01-\uff5e\u3000A-Z]/g, (c) => {
  let unit = c.charCodeAt(0);
  if (unit === 0x3000) return ' ';
  if (unit >= 0xff01) unit -= 0xfee0;
  if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
  return String.fromCharCode(unit);
});

function aliasGroup(phrase) {
  const group = [phrase];
  for (const keyword of corpus.keywords || []) {
    const names = [keyword.term, ...(keyword.aliases || [])].map(fold);
    if (names.includes(phrase)) for (const name of names) if (!group.includes(name)) group.push(name);
  }
  return group;
}

function occurrences(text, phrase) {
  let count = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) count++;
  return count;
}

/** Characters and pairs of a field (folded, never across white space), with their counts. */
function termsOfField(text, counts) {
  const characters = Array.from(fold(text));
  characters.forEach((character, index) => {
    if (/\s/.test(character)) return;
    counts.set(character, (counts.get(character) || 0) + 1);
    const next = characters[index + 1];
    if (next !== undefined && !/\s/.test(next)) counts.set(character + next, (counts.get(character + next) || 0) + 1);
  });
  return characters.filter((character) => !/\s/.test(character)).length;
}

const statistics = (() => {
  const documents = corpus.documents.map((document, index) => {
    const title = new Map();
    termsOfField(document.title, title);
    const sections = new Map();
    const headings = new Map();
    let length = 0;
    for (const section of document.sections) {
      length += termsOfField(section.text, sections);
      if (section.heading) termsOfField(section.text, headings);
    }
    return { index, title, sections, headings, length };
  });
  const total = new Map();
  const frequency = new Map();
  for (const document of documents) {
    for (const term of new Set([...document.title.keys(), ...document.sections.keys()])) {
      total.set(term, (total.get(term) || 0) + (document.title.get(term) || 0) + (document.sections.get(term) || 0));
      frequency.set(term, (frequency.get(term) || 0) + 1);
    }
  }
  const rounded = (value) => {
    if (value < 100) return value;
    let unit = 1;
    while (Math.floor(value / unit) >= 100) unit *= 10;
    return Math.floor((value + unit / 2) / unit) * unit;
  };
  const sum = documents.reduce((s, d) => s + d.length, 0);
  const average = rounded(documents.length ? Math.floor(sum / documents.length) : 0);
  // Numbers: oldest first, undated before all, then by address from Z to A.
  const order = corpus.documents.map((document, index) => index).sort((a, b) => {
    const x = corpus.documents[a];
    const y = corpus.documents[b];
    return (x.dateKey || 0) - (y.dateKey || 0) || (x.url < y.url ? 1 : x.url > y.url ? -1 : 0) || a - b;
  });
  const numbers = [];
  order.forEach((index, number) => { numbers[index] = number; });
  return { documents, total, frequency, average, rounded, numbers };
})();

function impact(count, length) {
  if (count === 0) return 0;
  const norm = 0.25 + 0.75 * (length / Math.max(1, statistics.average));
  const scaled = 15 * count / (count + 1.2 * norm);
  return Math.min(15, Math.max(1, Math.floor(scaled + 0.5)));
}

function lookupTerms(phrase) {
  const characters = Array.from(phrase);
  if (characters.length === 1) return characters;
  const pairs = [];
  for (let i = 0; i + 1 < characters.length; i++) if (!pairs.includes(characters[i] + characters[i + 1])) pairs.push(characters[i] + characters[i + 1]);
  if (pairs.length <= 12) return pairs;
  return Array.from({ length: 12 }, (_, j) => pairs[Math.round(j * (pairs.length - 1) / 11)]);
}

/** The score of a speech for one name of a phrase, from its key term. */
function phraseScore(phrase, document) {
  const terms = lookupTerms(phrase);
  if (terms.some((term) => !statistics.frequency.get(term))) return 0;
  const key = terms.reduce((best, term) => {
    const a = statistics.total.get(term);
    const b = statistics.total.get(best);
    return a < b || (a === b && statistics.frequency.get(term) < statistics.frequency.get(best)) ? term : best;
  });
  if (!document.title.has(key) && !document.sections.has(key)) return 0;
  const df = statistics.frequency.get(key);
  const n = statistics.documents.length;
  const weight = Math.max(1, Math.round(1000 * Math.log(1 + (n - df + 0.5) / (df + 0.5))));
  return weight * (impact(document.sections.get(key) || 0, statistics.rounded(document.length)) +
    15 * (document.title.has(key) ? 1 : 0) + 4 * (document.headings.has(key) ? 1 : 0));
}

/** The expected results of a query: the speeches that contain every phrase (or a name of it), ranked. */
function expected(query, filters = {}) {
  const phrases = [...new Set(fold(query).split(/[\s"]+/).filter(Boolean))].slice(0, 8);
  const groups = phrases.map(aliasGroup);
  const matches = [];
  corpus.documents.forEach((document, index) => {
    const number = statistics.numbers[index];
    if (filters.year && Math.floor((document.dateKey || 0) / 10000) !== Number(filters.year)) return;
    if (filters.keyword) {
      const keyword = (corpus.keywords || []).findIndex((entry) => entry.term === filters.keyword);
      if (!(document.keywords || []).includes(keyword)) return;
    }
    let score = 0;
    let firstSection = Infinity;
    for (const group of groups) {
      let found = false;
      for (const phrase of group) {
        if (occurrences(fold(document.title), phrase)) found = true;
        document.sections.forEach((section, at) => {
          if (!occurrences(fold(section.text), phrase)) return;
          found = true;
          firstSection = Math.min(firstSection, at);
        });
      }
      if (!found) return;
      score += Math.max(...group.map((phrase) => phraseScore(phrase, statistics.documents[index])));
    }
    let anchor = null;
    for (let at = firstSection; at >= 0 && at !== Infinity; at--) {
      if (document.sections[at].anchor) { anchor = document.sections[at].anchor; break; }
    }
    matches.push({ number, url: document.url, score, anchor, firstSection });
  });
  matches.sort((a, b) => b.score - a.score || b.number - a.number);
  return { phrases, groups, matches };
}

// ---- Tests ---------------------------------------------------------------------------------------------------

async function main() {
  await test('every index file is data: it only calls portalgenSearchData with literals', async () => {
    const folder = path.join(siteDir, 'search');
    const files = [];
    const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full); else files.push(full);
    });
    walk(folder);
    assert.ok(files.length > 0, 'no index files');
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(!/<\/script/i.test(text), `${file} contains </script`);
      assert.ok(!/[\u2028\u2029]/.test(text), `${file} contains a raw line separator`);
      const calls = [];
      const sandbox = vm.createContext({ portalgenSearchData: (id, data) => calls.push([id, data]) });
      vm.runInContext(text, sandbox, { filename: file });
      assert.ok(calls.length > 0, `${file} registers nothing`);
      assert.deepEqual(Object.keys(sandbox).sort(), ['portalgenSearchData'], `${file} defined globals`);
      for (const [id, data] of calls) {
        assert.equal(typeof id, 'string');
        JSON.stringify(data); // plain data only: no functions, no cycles
        if (path.relative(folder, file) !== 'index.js') assert.equal(id + '.js', path.relative(folder, file));
      }
      // The statements are also valid JSON after the call syntax: nothing but literals.
      for (const line of text.split('\n').filter(Boolean)) {
        const match = /^portalgenSearchData\(("(?:[^"\\]|\\.)*"),([\s\S]*)\);$/.exec(line);
        assert.ok(match, `${file}: unexpected statement ${line.slice(0, 80)}`);
        JSON.parse(match[1]);
        JSON.parse(match[2]);
      }
    }
  });

  async function checkQuery(query, filters) {
    const reference = expected(query, filters);
    const client = createClient(siteDir, clientPath);
    const { search, results, pages } = await searchAll(client, query, 3, filters);
    const got = results.map((result) => result.url);
    assert.equal(new Set(got).size, got.length, 'a speech appears twice');
    assert.deepEqual(got.slice().sort(), reference.matches.map((m) => m.url).sort(), 'found speeches differ from substring search');
    assert.deepEqual(got, reference.matches.map((m) => m.url), 'rank order (score, then newest)');
    assert.ok(pages.slice(0, -1).every((page) => page.length === 3), 'pages are full until the last');
    assert.equal(search.total, reference.matches.length);
    results.forEach((result, rank) => {
      const want = reference.matches[rank];
      assert.equal(result.score, want.score, `${result.url}: score`);
      assert.equal(result.anchor, want.anchor, `${result.url}: anchor`);
      const document = corpus.documents.find((candidate) => candidate.url === result.url);
      assert.equal(result.title, document.title);
      assert.equal(result.date, document.date == null ? null : document.date);
      const marks = result.snippet.filter((piece) => piece.mark).map((piece) => fold(piece.text));
      if (want.firstSection !== Infinity) {
        assert.ok(reference.groups.some((group) => group.some((phrase) => marks.some((mark) => mark.includes(phrase)))),
          `${result.url}: snippet marks no hit: ${JSON.stringify(result.snippet)}`);
        const text = result.snippet.map((piece) => piece.text).join('').replace(/^…|…$/g, '');
        assert.ok(document.sections[want.firstSection].text.includes(text), `${result.url}: snippet is not from the first hit's section`);
        // The link's text fragment: the hit as the page writes it, one of the names looked for once folded.
        assert.ok(document.sections[want.firstSection].text.includes(result.match), `${result.url}: match ${result.match}`);
        assert.ok(result.names.includes(fold(result.match)), `${result.url}: match ${result.match} is none of ${result.names}`);
        // With the text before it (or after, at the start of its paragraph) up to punctuation, as the page has it.
        assert.ok(document.sections[want.firstSection].text.includes(result.before + result.match + result.after),
          `${result.url}: context ${result.before}|${result.match}|${result.after}`);
        assert.ok(result.before.length <= 13 && result.after.length <= 14);
      }
      for (const mark of marks) {
        assert.ok(reference.groups.some((group) => group.some((phrase) => mark.includes(phrase) || phrase.includes(mark))),
          `${result.url}: marked text ${mark} is not a hit`);
      }
    });
  }

  for (const query of QUERIES) await test(`query ${query}`, () => checkQuery(query));

  // Filters: a year and a keyword, with a phrase and alone (then the speeches come newest first).
  const years = [...new Set(corpus.documents.map((document) => Math.floor((document.dateKey || 0) / 10000)).filter(Boolean))];
  const keywordTerms = (corpus.keywords || []).map((keyword) => keyword.term);
  for (const filters of [{ year: years[0] }, { year: years[years.length - 1] }, { keyword: keywordTerms[0] },
    { keyword: keywordTerms[1], year: years[0] }, { year: 1900 }, { keyword: 'no such keyword' }]) {
    if (Object.values(filters).some((value) => value === undefined)) continue;
    for (const query of ['工会', '两个确立', '产改', '']) {
      await test(`query “${query}” with ${JSON.stringify(filters)}`, () => checkQuery(query, filters));
    }
  }

  await test('alias 产改 also finds 产业工人队伍建设改革, and its keyword page comes first', async () => {
    const client = createClient(siteDir, clientPath);
    const search = client.index.search('产改');
    await search.next(10);
    const terms = search.keywords.map((keyword) => keyword.term);
    if ((corpus.keywords || []).some((keyword) => (keyword.aliases || []).includes('产改'))) {
      assert.equal(terms[0], '产业工人队伍建设改革');
      assert.deepEqual(Array.from(search.groups[0]).sort(), ['产业工人队伍建设改革', '产改'].sort());
    }
  });

  await test('the search page: results as you type, keyword pages first, text never parsed as HTML', async () => {
    const client = createClient(siteDir, clientPath);
    const dom = fakeDocument();
    const page = client.api.mount(dom.document, { location: { search: '?q=%E4%BA%A7%E6%94%B9' } },
      { root: client.root, load: client.load });
    await page.ready;
    const items = dom.results.children;
    const reference = expected('产改');
    const keywordItems = items.filter((item) => item.className.includes('search-keyword'));
    assert.ok(items.length > 0, 'no results rendered');
    assert.ok(items.slice(0, keywordItems.length).every((item) => item.className.includes('search-keyword')), 'keywords first');
    assert.equal(items.length - keywordItems.length, Math.min(10, reference.matches.length));
    const firstSpeech = items[keywordItems.length];
    if (firstSpeech) {
      const link = firstSpeech.children[0];
      assert.equal(link.nodeName, 'a');
      assert.ok(link.getAttribute('href').startsWith(client.root + reference.matches[0].url));
      assert.ok(firstSpeech.children.some((child) => child.children.some((node) => node.nodeName === 'mark')));
      // The link leads to the passage: the names looked for (产改 stands for its keyword too) and the first hit.
      const href = link.getAttribute('href');
      const [, query, anchor, directive] = /\?q=([^#]*)#([^:]*)(?::~:text=(.*))?$/.exec(href) || [];
      assert.ok(query !== undefined, `no query in ${href}`);
      assert.deepEqual(decodeURIComponent(query).split(' ').sort(), expected('产改').groups[0].slice().sort());
      assert.equal(decodeURIComponent(anchor), reference.matches[0].anchor);
      assert.ok(['产改', '产业工人队伍建设改革'].some((name) => decodeURIComponent(directive).split(/-,|,-/).includes(name)),
        `text directive ${directive}`);
    }
    assert.match(dom.status.textContent, /篇讲话/);
    // Typing a new query replaces the results after the debounce.
    dom.input.value = '工匠精神';
    dom.input.dispatch('input');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.settled();
    const craft = expected('工匠精神');
    const speechItems = dom.results.children.filter((item) => !item.className.includes('search-keyword'));
    assert.equal(speechItems.length, Math.min(10, craft.matches.length));
    if (craft.matches.length) {
      assert.ok(speechItems[0].children[0].getAttribute('href').startsWith(client.root + craft.matches[0].url));
    }
  });

  await test('hostile text is shown as text', async () => {
    const hostile = corpus.documents.findIndex((document) => document.title.includes('<script>'));
    if (hostile < 0) return;
    const client = createClient(siteDir, clientPath);
    const dom = fakeDocument();
    const page = client.api.mount(dom.document, { location: { search: '?q=alert' } }, { root: client.root, load: client.load });
    await page.ready;
    const item = dom.results.children.find((node) => node.children[0] && node.children[0].textContent === corpus.documents[hostile].title);
    assert.ok(item, 'the hostile speech is found and its title shown verbatim');
    assert.equal(dom.created.filter((name) => name !== 'li' && name !== 'a' && name !== 'span' && name !== 'p' && name !== 'mark').length, 0);
    const link = item.children[0].getAttribute('href');
    assert.ok(link.startsWith(client.root), 'links stay inside the site');
    assert.equal(client.api.siteLink('../', 'javascript:alert(1)', null), null);
    assert.equal(client.api.siteLink('../', '//evil.example/x', null), null);
    // Characters a text directive reserves are escaped; without a hit (a title match) there is no directive.
    assert.equal(client.api.siteLink('../', 'speeches/a/index.html', 'p-k3x9q2', { names: ['a-b', '工会'], match: 'A-B,&', before: '，' }),
      '../speeches/a/index.html?q=a-b%20%E5%B7%A5%E4%BC%9A#p-k3x9q2:~:text=%EF%BC%8C-,A%2DB%2C%26');
    assert.equal(client.api.siteLink('../', 'a.html', 'p-k3x9q2', { names: ['x'], match: 'x', after: 'y。' }),
      '../a.html?q=x#p-k3x9q2:~:text=x,-y%E3%80%82');
    assert.equal(client.api.siteLink('../', 'speeches/a/index.html', null, { names: ['工会'], match: null }),
      '../speeches/a/index.html?q=%E5%B7%A5%E4%BC%9A');
  });

  console.log(`${failures ? 'FAILED' : 'ok'}: ${checks} passed, ${failures} failed (${QUERIES.length} queries over ${corpus.documents.length} speeches)`);
  process.exit(failures ? 1 : 0);
}

/** Just enough DOM for the search page; innerHTML and friends throw, so any use of markup fails the test. */
function fakeDocument() {
  const created = [];
  class Node {
    constructor(name, text) {
      this.nodeName = name;
      this.children = [];
      this.attributes = {};
      this.listeners = {};
      this.ownText = text == null ? '' : String(text);
      this.className = '';
      this.hidden = false;
      this.value = '';
    }
    appendChild(child) { this.children.push(child); return child; }
    removeChild(child) { this.children = this.children.filter((node) => node !== child); return child; }
    get firstChild() { return this.children[0] || null; }
    get textContent() { return this.ownText + this.children.map((child) => child.textContent).join(''); }
    set textContent(text) { this.children = []; this.ownText = String(text); }
    setAttribute(name, value) { this.attributes[name] = String(value); }
    getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
    addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
    dispatch(type) { (this.listeners[type] || []).forEach((listener) => listener({ type, preventDefault() {} })); }
    set innerHTML(value) { throw new Error('innerHTML must not be used'); }
    set outerHTML(value) { throw new Error('outerHTML must not be used'); }
    insertAdjacentHTML() { throw new Error('insertAdjacentHTML must not be used'); }
  }
  const elements = {
    'search-input': new Node('input'), 'search-results': new Node('ol'), 'search-status': new Node('p'),
    'search-more': new Node('button'), 'search-form': new Node('form')
  };
  const document = {
    getElementById: (id) => elements[id] || null,
    createElement: (name) => { created.push(name); return new Node(name); },
    createTextNode: (text) => new Node('#text', text),
    write() { throw new Error('document.write must not be used'); }
  };
  return {
    document, created, input: elements['search-input'], results: elements['search-results'],
    status: elements['search-status']
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
