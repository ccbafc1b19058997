#!/usr/bin/env bash
# Scores extraction against gold labels: the five seed articles (../shared),
# the sample corpus (testdata/) and a generated corpus. Fails when the seeds'
# F1 falls below 0.95. Writes the figures to accuracy.tsv, which the
# methodology page of every built site shows.
# Usage: scripts/eval.sh BIN SHARED
set -euo pipefail
bin=$1 shared=$2
score="$shared/tools/score.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rows=()

run() { # name corpus gold [min-f1]
	local name=$1 corpus=$2 gold=$3 min=${4:-0}
	"$bin" extract --corpus "$corpus" --out "$tmp/$name.jsonl" 2>"$tmp/$name.log"
	echo "== $name ($corpus)"
	python3 "$score" --gold "$gold" --pred "$tmp/$name.jsonl" --corpus "$corpus" --min-f1 "$min" >"$tmp/$name.score" || {
		tail -14 "$tmp/$name.score"; echo "eval: $name F1 below $min" >&2; exit 1; }
	tail -13 "$tmp/$name.score"
	rows+=("$(awk -v n="$name" -F'[= ]' '/^precision=/{printf "%s\t%s\t%s\t%s", n, $2, $4, $6}' "$tmp/$name.score")")
}

if [ -f "$score" ]; then
	run seeds "$shared/seeds" "$shared/gold/seeds.jsonl" 0.95
else
	echo "eval: $shared not found: skipping the seeds (the sample and generated corpora still run)" >&2

fi
[ -f "$score" ] || { echo "eval: no scorer (need $shared/tools/score.py)" >&2; exit 1; }
run sample testdata/corpus testdata/gold/sample.jsonl 0.9
"$bin" gen --articles 300 --seed 7 --out "$tmp/gen" >/dev/null
run generated "$tmp/gen/corpus" "$tmp/gen/gold.jsonl" 0.9
printf '%s\n' "${rows[@]}" >accuracy.tsv
echo "accuracy.tsv updated"
