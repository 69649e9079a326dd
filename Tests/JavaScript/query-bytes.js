'use strict';
// Bytes a browser downloads to show the first page of results, measured with the real client:
//   node Tests/JavaScript/query-bytes.js <site-dir containing search/> [--queries FILE] [query...]
// FILE has one query per line (Tests/JavaScript/bench-queries.txt is the benchmark's fixed set). Each query
// starts with an empty cache; the client's own files (cacheable) are reported separately. Prints each query
// and, last, the median and worst over all of them.
const fs = require('node:fs');
const { createClient, clientSources } = require('./search-harness.js');

async function main() {
  const args = process.argv.slice(2);
  const siteDir = args.shift();
  const queries = [];
  while (args.length) {
    const arg = args.shift();
    if (arg === '--queries') {
      queries.push(...fs.readFileSync(args.shift(), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
    } else {
      queries.push(arg);
    }
  }
  if (!siteDir || !queries.length) {
    console.error('usage: query-bytes.js <site-dir> [--queries FILE] [query...]');
    process.exit(2);
  }
  const sources = clientSources();
  const clientBytes = sources.reduce((sum, source) => sum + source.bytes, 0);
  console.log(`client: ${sources.map((s) => `${s.file.split('/').pop()} ${s.bytes}`).join(' + ')} = ${clientBytes} bytes ` +
    '(plain, cacheable; the search page loads all three)');
  const totals = [];
  for (const query of queries) {
    const client = createClient(siteDir);
    const started = process.hrtime.bigint();
    const search = client.index.search(query);
    const page = await search.next(10);
    const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
    const bytes = client.loaded.reduce((sum, file) => sum + file.bytes, 0);
    totals.push(bytes);
    const byKind = {};
    for (const file of client.loaded) {
      const kind = file.path.split('/')[1].replace(/\.js$/, '').replace(/\?.*$/, '');
      byKind[kind] = byKind[kind] || { files: 0, bytes: 0 };
      byKind[kind].files += 1;
      byKind[kind].bytes += file.bytes;
    }
    const parts = Object.entries(byKind).map(([kind, v]) => `${kind}: ${v.files} files ${v.bytes} B`).join(', ');
    const total = search.total != null ? `${search.total}` : `~${search.estimate}`;
    console.log(`query ${query}: first ${page.length} results (of ${total}), ${bytes} bytes in ` +
      `${client.loaded.length} files (${(bytes / 1000).toFixed(1)} KB; with the client ` +
      `${((bytes + clientBytes) / 1000).toFixed(1)} KB) [${parts}], ${milliseconds.toFixed(0)} ms in Node`);
  }
  const sorted = totals.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  console.log(`bytes per query: median ${(median / 1000).toFixed(1)} KB, worst ${(sorted[sorted.length - 1] / 1000).toFixed(1)} KB ` +
    `over ${sorted.length} queries (first 10 results, cold cache, without the client)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
