#!/bin/sh
# Time and peak memory of `extract` on ever longer text (10/20/40/200 MB made by repeating
# realistic Arabic news text). A benchmark, not a test: run it by hand.
#
#   cargo build --release -p sahifa-extract
#   crates/extract/benches/scaling.sh [SOURCE] [BINARY]
#
# SOURCE: a UTF-8 text file or a CoNLL file (`token TAG` lines; each sentence becomes a
# line); default: the seed articles (seeds/*.txt). BINARY: default
# target/release/sahifa-ner (the app's `target/release/sahifa` takes the same arguments).
# SIZES and FORMATS in the environment override "10 20 40 200" and "json jsonl conll".
# Needs GNU time (/usr/bin/time; `apt-get install time`). Wall-clock numbers move with
# whatever else the machine runs: repeat and take the best. The in-process time of the
# extraction alone: `sahifa-ner bench --scaling SOURCE`.
set -eu
src=${1:-}
bin=${2:-target/release/sahifa-ner}
sizes=${SIZES:-10 20 40 200}
formats=${FORMATS:-json jsonl conll}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ -z "$src" ]; then
    cat seeds/*.txt > "$dir/unit.txt"
elif head -n 20 "$src" | awk 'NF && NF != 2 { bad = 1 } END { exit bad }'; then
    awk 'NF >= 2 { printf "%s ", $1; next } { print "" }' "$src" > "$dir/unit.txt"
else
    cp "$src" "$dir/unit.txt"
fi
unit=$(wc -c < "$dir/unit.txt")
echo "| MB | format | wall (s) | MB/s | peak RSS (MB) | RSS bytes per input byte |"
echo "|---|---|---|---|---|---|"
for mb in $sizes; do
    copies=$(( (mb * 1000000 + unit - 1) / unit ))
    awk -v n="$copies" '{ a[NR] = $0 } END { for (i = 0; i < n; i++) for (j = 1; j <= NR; j++) print a[j] }' \
        "$dir/unit.txt" > "$dir/in.txt"
    bytes=$(wc -c < "$dir/in.txt")
    for f in $formats; do
        /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$bin" extract --format "$f" "$dir/in.txt" > /dev/null
        read -r secs kb < "$dir/time.txt"
        awk -v b="$bytes" -v s="$secs" -v kb="$kb" -v f="$f" 'BEGIN {
            printf "| %.1f | %s | %.2f | %.2f | %.0f | %.2f |\n", b / 1e6, f, s, b / 1e6 / s, kb / 1024, kb * 1024 / b }'
    done
done
