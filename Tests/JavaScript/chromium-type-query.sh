#!/bin/sh
# Types a query into the search page in headless Chromium and prints what the page then shows:
#
#   Tests/JavaScript/chromium-type-query.sh <site-dir containing search/> <query> [minimum results]
#
# Writes <site-dir>/search/type-test.html (the DOM contract of the search page plus a script that types the
# query one character at a time, firing `input` events as a keyboard would), opens it from file:// and prints
# the status line and one line per result (class, link, title). Exits 1 if fewer results than the minimum
# (default 1) appear. For the seed site, compare with substring search over the seeds (see search.test.js).
set -eu
site=$(cd "${1:?usage: chromium-type-query.sh <site-dir> <query> [minimum]}" && pwd)
query=${2:?usage: chromium-type-query.sh <site-dir> <query> [minimum]}
minimum=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 2; }
mkdir -p "$site/static"
for file in search.js search-index.js search-query.js; do
  [ -f "$site/static/$file" ] || cp "$here/../../templates/static/$file" "$site/static/$file"
done
cat > "$site/search/type-test.html" <<'HTML'
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title></head><body>
<form id="search-form" action="type-test.html" method="get" role="search"><input id="search-input" name="q" type="search"></form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results"></ol>
<button id="search-more" type="button" hidden>更多结果</button>
<script src="../static/search.js" data-root="../" defer></script>
<script>
window.addEventListener('load', function () {
  var query = decodeURIComponent(location.hash.slice(1));
  var input = document.getElementById('search-input');
  var typed = Array.from(query);
  var step = 0;
  (function typeNext() {
    if (step >= typed.length) return;
    input.value += typed[step++];
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(typeNext, 80);
  })();
});
</script>
</body></html>
HTML
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
  --virtual-time-budget=10000 --dump-dom "file://$site/search/type-test.html#$encoded" 2>/dev/null > "$profile/dom.html"
python3 - "$profile/dom.html" "$minimum" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
status = re.search(r'<p id="search-status"[^>]*>(.*?)</p>', dom, re.S)
print("status:", html.unescape(re.sub(r"<[^>]+>", "", status.group(1))) if status else "(none)")
results = re.findall(r'<li class="([^"]*)"><a class="search-result-title" href="([^"]*)">(.*?)</a>', dom)
for kind, href, title in results:
    print("result:", "keyword" if "search-keyword" in kind else "speech", html.unescape(href), html.unescape(title))
speeches = [r for r in results if "search-keyword" not in r[0]]
sys.exit(0 if len(speeches) >= int(sys.argv[2]) else 1)
PY
