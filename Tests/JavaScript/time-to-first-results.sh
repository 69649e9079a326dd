#!/bin/sh
# Time to first results of the search page in headless Chromium, cold cache, from file:// and over HTTP.
#
#   Tests/JavaScript/time-to-first-results.sh <site-dir containing search/> [--queries FILE] [query...]
#
# Writes <site-dir>/search/ttfr.html (the search page's DOM contract and nothing else) and copies
# templates/static/search*.js to <site-dir>/static/ if they are missing. For each query it opens
# ttfr.html?q=<query> in a fresh browser profile and prints the milliseconds from navigation start until the
# first results are in the page (search.js fires `portalgen-search-results`), as measured by the page itself,
# and last the median and worst of each scheme. FILE has one query per line (Tests/JavaScript/bench-queries.txt).
# Needs chromium (Debian: apt-get install -y chromium) and python3 for the HTTP server.
set -eu
site=$(cd "${1:?usage: time-to-first-results.sh <site-dir> [query...]}" && pwd)
shift
if [ "${1:-}" = "--queries" ]; then
  file=$2
  shift 2
  while IFS= read -r line; do [ -n "$line" ] && set -- "$@" "$line"; done <"$file"
fi
[ $# -gt 0 ] || set -- 两个确立 产业工人队伍建设改革 劳模精神
here=$(cd "$(dirname "$0")" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "chromium not found: apt-get install -y chromium" >&2
  exit 2
fi
[ -f "$site/search/index.js" ] || { echo "no search index in $site/search" >&2; exit 2; }
mkdir -p "$site/static"
for file in search.js search-index.js search-query.js; do
  [ -f "$site/static/$file" ] || cp "$here/../../templates/static/$file" "$site/static/$file"
done
cat > "$site/search/ttfr.html" <<'HTML'
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title>
<script>
document.addEventListener('portalgen-search-results', function (event) {
  console.log('TTFR ' + performance.now().toFixed(0) + ' ' + event.detail.results);
});
</script>
</head><body>
<form id="search-form" action="ttfr.html" method="get" role="search"><input id="search-input" name="q" type="search"></form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results"></ol>
<button id="search-more" type="button" hidden>更多结果</button>
<script src="../static/search.js" data-root="../" defer></script>
</body></html>
HTML

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
profile=$(mktemp -d)
times=$(mktemp)
trap 'kill $server 2>/dev/null; rm -rf "$profile" "$times"' EXIT
sleep 0.5

measure() { # url → prints "ms results" or "timeout"
  rm -rf "$profile"/*
  log="$profile/log"
  "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --user-data-dir="$profile/data" --enable-logging=stderr --v=0 "$1" 2>"$log" &
  pid=$!
  for _ in $(seq 1 200); do
    if grep -q '"TTFR ' "$log" 2>/dev/null; then break; fi
    sleep 0.1
  done
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  sed -n 's/.*"TTFR \([0-9]*\) \([0-9]*\)".*/\1 \2/p' "$log" | head -1 | grep . || echo timeout
}

for query in "$@"; do
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
  for scheme in file http; do
    if [ $scheme = file ]; then url="file://$site/search/ttfr.html?q=$encoded"; else url="http://127.0.0.1:$port/search/ttfr.html?q=$encoded"; fi
    result=$(measure "$url")
    if [ "$result" = timeout ]; then
      echo "query $query ($scheme): no results within 20 s"
      echo "$scheme 20000" >>"$times"
    else
      echo "query $query ($scheme): first results after ${result% *} ms (${result#* } results), cold cache"
      echo "$scheme ${result% *}" >>"$times"
    fi
  done
done
for scheme in file http; do
  awk -v s=$scheme '$1 == s { print $2 }' "$times" | sort -n | awk -v s=$scheme '
    { v[NR] = $1 } END { if (NR) printf "time to first results (%s): median %d ms, worst %d ms over %d queries\n", s,
      (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], NR }'
done
