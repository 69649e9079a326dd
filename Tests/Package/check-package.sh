#!/usr/bin/env bash
# Checks the archive script/package wrote, as an office would use it: unpacked into an empty folder, on a
# machine without Swift. Run by script/test.
#
#   Tests/Package/check-package.sh dist/portalgen-<version>-linux-x86_64.tar.gz [REFERENCE_PORTALGEN]
#
# - the archive holds the program, the templates, a starter content/ and the Chinese guide;
# - the program needs no library of the Swift toolchain and no libcmark (only libc, libm, libstdc++,
#   libgcc_s, which every Debian has);
# - with the toolchain hidden (a private mount namespace with an empty tmpfs over it), `--version`, `build`,
#   `check` and `serve` work on the starter site;
# - with REFERENCE_PORTALGEN (e.g. the debug build), the packaged program writes the same bytes.
set -euo pipefail
archive=$(realpath "$1")
reference=${2:+$(realpath "$2")}
fail() { echo "check-package: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
name=$(basename "$archive" .tar.gz)
folder=$work/$name
[ -d "$folder" ] || fail "the archive does not unpack into $name/"
for file in portalgen 使用说明.txt 编辑手册.md THIRD-PARTY-LICENSES.txt templates/layout.mustache content/site.yml; do
  [ -e "$folder/$file" ] || fail "$name/$file is missing"
done
[ -x "$folder/portalgen" ] || fail "portalgen is not executable"
speeches=$(find "$folder/content/speeches" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
[ "$speeches" -ge 2 ] || fail "the starter content/ has $speeches speeches"

# The Swift toolchain's folder: /opt/swift here. Where Swift lives in /usr, its runtime is /usr/lib/swift.
toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")
case $toolchain in /|/usr) hidden=/usr/lib/swift ;; *) hidden=$toolchain ;; esac

needed=$(readelf -d "$folder/portalgen" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
for library in $needed; do
  case $library in
    libc.so.6|libm.so.6|libstdc++.so.6|libgcc_s.so.1|ld-linux-x86-64.so.2|libpthread.so.0|libdl.so.2) ;;
    *) fail "portalgen needs $library (all it needs: $needed)" ;;
  esac
done
ldd "$folder/portalgen" | grep -E "not found|$hidden|libcmark" && fail "ldd lists a library the package cannot rely on"

# What an office does, with the toolchain out of sight.
cat >"$work/office.sh" <<'SCRIPT'
set -euo pipefail
hidden=$1; folder=$2; version=$3
# An office machine speaks Chinese: the messages are checked in Chinese.
export LANG=zh_CN.UTF-8
mount -t tmpfs tmpfs "$hidden"
[ -z "$(ls -A "$hidden")" ] || { echo "the toolchain is still visible" >&2; exit 1; }
cd "$folder"
[ "$(./portalgen --version)" = "$version" ] || { echo "--version says $(./portalgen --version), not $version" >&2; exit 1; }
./portalgen build >build.log
grep -q "篇讲话" build.log || { echo "build did not answer in Chinese: $(cat build.log)" >&2; exit 1; }
./portalgen check >check.log
grep -q "没有问题" check.log || { echo "check did not answer in Chinese: $(cat check.log)" >&2; exit 1; }
./portalgen serve --port 0 >serve.log 2>&1 &
serve=$!
trap 'kill "$serve" 2>/dev/null || true' EXIT
for _ in $(seq 200); do grep -q "Ctrl-C" serve.log && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' serve.log)
curl -fsS -o home.html "$url"
grep -q "工会学习园地" home.html
kill -INT "$serve"
wait "$serve"
grep -q "已停止" serve.log || { echo "serve did not answer in Chinese: $(cat serve.log)" >&2; exit 1; }
rm serve.log home.html build.log check.log
SCRIPT
version=${name#portalgen-}
version=${version%-linux-*}
if [ "$(id -u)" -eq 0 ]; then namespace=(unshare --mount); else namespace=(unshare --mount --map-root-user); fi
if "${namespace[@]}" sh -c "mount -t tmpfs tmpfs '$hidden'" 2>/dev/null; then
  "${namespace[@]}" bash "$work/office.sh" "$hidden" "$folder" "$version" >"$work/office.log" 2>&1 \
    || { cat "$work/office.log" >&2; fail "the packaged portalgen failed with the toolchain hidden"; }
  echo "check-package: built, checked and served the starter site with $hidden hidden"
else
  # No mount namespace here (e.g. an unprivileged container): the NEEDED and ldd checks above are the proof.
  echo "check-package: note: cannot hide $hidden here (unshare --mount is not permitted); running it as it is" >&2
  sed -i '/^mount -t tmpfs/d; /toolchain is still visible/d' "$work/office.sh"
  bash "$work/office.sh" "$hidden" "$folder" "$version" >"$work/office.log" 2>&1 \
    || { cat "$work/office.log" >&2; fail "the packaged portalgen failed"; }
fi
[ -f "$folder/public/speeches/$(basename "$(find "$folder/content/speeches" -name '*.md' | sort | head -1)" .md)/index.html" ] \
  || fail "the starter site's speech pages are missing"

if [ -n "$reference" ]; then
  mkdir "$work/reference"
  cp -r "$folder/content" "$folder/templates" "$work/reference/"
  (cd "$work/reference" && "$reference" build -q)
  diff -r "$folder/public" "$work/reference/public" >/dev/null \
    || fail "the packaged portalgen writes other bytes than $reference"
  echo "check-package: the same site, byte for byte, as $reference"
fi
echo "check-package: $(basename "$archive") ($(du -h "$archive" | cut -f1)) is fine"
