'use strict';
// Runs the real search client (templates/static/search.js) in a Node `vm` context against an index folder,
// loading index files the way the browser does (each is a script that calls portalgenSearchData) and counting
// the bytes of every file loaded.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const defaultClient = path.resolve(__dirname, '../../templates/static');
const clientFiles = ['search.js', 'search-index.js', 'search-query.js'];

/** The client's files in `folder`, with their sizes. */
function clientSources(folder = defaultClient) {
  return clientFiles.map((name) => {
    const file = path.join(folder, name);
    return { file, text: fs.readFileSync(file, 'utf8'), bytes: fs.statSync(file).size };
  });
}

/** A fresh client, as in a browser with an empty cache. `siteDir` holds search/index.js. */
function createClient(siteDir, clientFolder = defaultClient) {
  const context = vm.createContext({ console, setTimeout, clearTimeout });
  for (const source of clientSources(clientFolder)) vm.runInContext(source.text, context, { filename: source.file });
  const loaded = [];
  const root = siteDir.replace(/\/?$/, '/');
  const load = (url) => new Promise((resolve, reject) => {
    if (!url.startsWith(root)) return reject(new Error('client asked for a file outside the site: ' + url));
    // Block files are asked for with ?v=<generation>, as a browser would fetch them.
    const file = url.replace(/\?v=[0-9a-f]+$/, '');
    fs.readFile(file, (error, bytes) => {
      if (error) return reject(error);
      loaded.push({ path: file.slice(root.length), bytes: bytes.length });
      try {
        vm.runInContext(bytes.toString('utf8'), context, { filename: url });
        resolve();
      } catch (thrown) {
        reject(thrown);
      }
    });
  });
  const api = context.PortalgenSearch;
  return { context, api, index: new api.Index(root, load), loaded, load, root };
}

/** All results of a query (with optional filters), page by page, with the bytes loaded for the first page. */
async function searchAll(client, query, pageSize = 10, filters = undefined) {
  const search = client.index.search(query, filters);
  const pages = [];
  const first = await search.next(pageSize);
  const firstPageBytes = client.loaded.reduce((sum, file) => sum + file.bytes, 0);
  const firstPageFiles = client.loaded.length;
  pages.push(first);
  while (!search.done) {
    const page = await search.next(pageSize);
    if (!page.length && !search.done) throw new Error('an empty page before the end');
    pages.push(page);
  }
  return { search, pages, results: pages.flat(), firstPageBytes, firstPageFiles };
}

module.exports = { createClient, searchAll, clientSources, defaultClient };
