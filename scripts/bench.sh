#!/usr/bin/env bash
# Build benchmarks on generated corpora, printed as a table: for 10,000 and
# 100,000 articles, a full build, a rebuild with no change, and a rebuild
# after adding one article. Wall time, CPU time (user + system) over wall
# time — how many cores the build kept busy — and peak resident memory come
# from GNU time; articles/s is over the whole corpus. On a machine shared
# with other work, compare CPU seconds, and wall times only of runs made
# one after the other (the load column is the 1-minute load average before
# each run). Corpora live in $BENCH_DIR (default: a
# directory under /dev/shm when it exists, so that the disk is not measured).
# Usage: scripts/bench.sh BIN [SIZES...]   (default sizes: 10000 100000)
set -euo pipefail
bin=$(realpath "$1"); shift

[ $# -gt 0 ] && sizes=("$@") || sizes=(10000 100000)
base=${BENCH_DIR:-$( [ -d /dev/shm ] && echo /dev/shm/unionstats-bench || echo /tmp/unionstats-bench )}
mkdir -p "$base"
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time)" >&2; exit 1; }

printf '%-28s %9s %9s %9s %10s %12s %12s %6s\n' "case" "wall s" "CPU s" "CPU/wall" "peak MiB" "articles/s" "corpus MB" "load"
measure() { # label articles bytes -- command...
	local label=$1 n=$2 bytes=$3 load; shift 4
	load=$(cut -d' ' -f1 /proc/loadavg) # other work on the machine: a 1-minute average before the run
	/usr/bin/time -o "$base/time.out" -f '%e %U %S %M' "$@" >/dev/null
	read -r wall user sys rss < <(tail -1 "$base/time.out")
	awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v n="$n" -v b="$bytes" -v r="$rss" -v a="$load" 'BEGIN {
		w = (w < 0.005 ? 0.005 : w)
		printf "%-28s %9.2f %9.2f %9.2f %10.0f %12.0f %12.1f %6s\n", l, w, u + s, (u + s) / w, r / 1024, n / w, b / 1e6, a }'
}

for n in "${sizes[@]}"; do
	dir="$base/gen-$n"
	[ -f "$dir/gold.jsonl" ] || "$bin" gen --articles "$n" --seed 1 --out "$dir" >/dev/null
	bytes=$(du -sb "$dir/corpus" | cut -f1)
	site="$base/site-$n"
	rm -rf "$site" "$site".gen "$site".cache "$site".lock "$site".tmp-link
	measure "full build $n" "$n" "$bytes" -- "$bin" build -q --corpus "$dir/corpus" --out "$site"
	measure "no-change rebuild $n" "$n" "$bytes" -- "$bin" build -q --corpus "$dir/corpus" --out "$site"
	extra="$dir/corpus/2025/zz-bench-added.txt"
	cat >"$extra" <<-'ARTICLE'
	Liên đoàn Lao động quận Ba Đình

	Ba Đình trao quà cho đoàn viên khó khăn

	(LĐTĐ) Năm 2025, Liên đoàn Lao động quận Ba Đình đã trao 12 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng, và kết nạp 35 đoàn viên mới.

	P.V
	ARTICLE
	measure "add-one rebuild $n" "$n" "$bytes" -- "$bin" build -q --corpus "$dir/corpus" --out "$site"
	rm -f "$extra"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -m); $(go version 2>/dev/null | cut -d' ' -f3)"
