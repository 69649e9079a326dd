'use strict';
// Bytes a browser downloads to show the first page of results, measured with the real client:
//   node Tests/JavaScript/query-bytes.js <site-dir containing search/> <query>...
// Each query starts with an empty cache. The client script itself is reported separately.
const { createClient, clientSources } = require('./search-harness.js');

async function main() {
  const [siteDir, ...queries] = process.argv.slice(2);
  if (!siteDir || !queries.length) {
    console.error('usage: query-bytes.js <site-dir> <query>...');
    process.exit(2);
  }
  const sources = clientSources();
  const clientBytes = sources.reduce((sum, source) => sum + source.bytes, 0);
  console.log(`client: ${sources.map((s) => `${s.file.split('/').pop()} ${s.bytes}`).join(' + ')} = ${clientBytes} bytes ` +
    '(plain, cacheable; the search page loads all three)');
  for (const query of queries) {
    const client = createClient(siteDir);
    const started = process.hrtime.bigint();
    const search = client.index.search(query);
    const page = await search.next(10);
    const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
    const bytes = client.loaded.reduce((sum, file) => sum + file.bytes, 0);
    const byKind = {};
    for (const file of client.loaded) {
      const kind = file.path.split('/')[1].replace(/\.js$/, '');
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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
