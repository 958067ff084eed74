#!/usr/bin/env bash
# The library benchmark of issue 13: builds the release binary and the examples, makes the
# synthetic corpus (10,000 articles of 2–5 KB, ≈40 MB, from ANERcorp and WikiFANE
# sentences) once, then times adding it to an empty library, re-adding it unchanged,
# entity queries and full-text search, and `sahifa library add` once.
#   scripts/bench-library.sh [WIKIFANE.conll] [ARTICLES]
# WIKIFANE.conll: e.g. ../shared/data/ner/wikifane-gold.coarse.conll (without it, ANERcorp
# alone). The corpus is kept in target/library-bench/corpus-N (delete it to rebuild).
# Runs under `nice -n 10`: the machine may be shared; the table gives user CPU time too.
set -euo pipefail
cd "$(dirname "$0")/.."
wikifane=${1:-}
articles=${2:-10000}
work=target/library-bench
corpus=$work/corpus-$articles
mkdir -p "$work"
nice -n 10 cargo build --release -p sahifa --bin sahifa
nice -n 10 cargo build --release -p sahifa-library --example make_corpus --example library_bench
examples=target/release/examples
if [[ ! -d $corpus ]]; then
  sources=(assets/training/anercorp-train.conll)
  [[ -n $wikifane ]] && sources+=("$wikifane")
  "$examples/make_corpus" "$corpus" "${sources[@]}" --articles "$articles" --seed 1
fi
nice -n 10 "$examples/library_bench" "$corpus" --sahifa target/release/sahifa --work "$work"
