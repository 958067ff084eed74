#!/usr/bin/env bash
# Folds what fuzz/run.sh found (fuzz/target/corpus/TARGET) into the committed corpus
# (fuzz/corpus/TARGET): only inputs of at most MAX_BYTES (default 256), and only those
# that reach coverage the committed corpus does not (libFuzzer's -merge=1), so the
# committed corpus stays small while CI's replay sees more of the code.
#
#   fuzz/merge.sh [MAX_BYTES] [TARGET...]      # all targets when none is named
set -euo pipefail

max=${1:-256}
shift || true
cd "$(dirname "$0")"
all=(load_txt load_html load_md load_docx load_any docx_xml sidecar brat_import extract)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
bin=${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release

for t in "${targets[@]}"; do
  [ -d "target/corpus/$t" ] || continue
  small=$(mktemp -d)
  find "target/corpus/$t" -type f -size -"$((max + 1))"c -exec cp {} "$small/" \;
  before=$(find "corpus/$t" -type f | wc -l)
  "$bin/$t" -merge=1 "corpus/$t" "$small" >/dev/null 2>&1
  rm -rf "$small"
  echo "$t: $before -> $(find "corpus/$t" -type f | wc -l) files, $(du -sb "corpus/$t" | cut -f1) bytes"
done
