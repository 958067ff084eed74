#!/usr/bin/env bash
# Builds the fuzz targets and runs each for SECONDS_PER_TARGET (default 3600), one after
# another on one core, then prints executions, coverage and crashes per target.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     # all targets when none is named
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain, or stable with
# RUSTC_BOOTSTRAP=1 (set here when no nightly is installed). Built without a sanitizer
# (`-s none`: the code under test is safe Rust; debug assertions and overflow checks are
# on). libFuzzer runs in fork mode with one job and keeps going after a crash, timeout
# (FUZZ_TIMEOUT seconds per input, default 10) or out-of-memory (2 GiB); each is saved under fuzz/artifacts/TARGET/.
# New inputs go to fuzz/target/corpus/TARGET (not committed); fuzz/corpus/TARGET holds
# the committed seeds. Logs: fuzz/logs/TARGET.log.
set -euo pipefail

secs=${1:-3600}
shift || true
cd "$(dirname "$0")"
all=(load_txt load_html load_md load_docx load_any docx_xml sidecar brat_import extract)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi
for t in "${targets[@]}"; do cargo "${toolchain[@]}" fuzz build -s none "$t"; done
bin=${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release

max_len() {
  case $1 in
    extract) echo 4096 ;;   # the CRF is linear but not cheap; keep executions fast
    brat_import) echo 16384 ;;
    *) echo 65536 ;;
  esac
}

mkdir -p logs
for t in "${targets[@]}"; do
  mkdir -p "target/corpus/$t" "artifacts/$t" "corpus/$t"
  echo "== $t: ${secs}s" >&2
  "$bin/$t" "target/corpus/$t" "corpus/$t" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$secs" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -max_len="$(max_len "$t")" -artifact_prefix="artifacts/$t/" \
    >"logs/$t.log" 2>&1 || true
done

printf '%-12s %8s %12s %8s %8s %8s %8s\n' target seconds executions exec/s cov corpus crashes
for t in "${targets[@]}"; do
  # Fork mode's progress lines: "#EXECS: cov: C ft: F corp: N exec/s: E oom/timeout/crash: a/b/c time: Ts ..."
  last=$(grep -E '^#[0-9]+: cov:' "logs/$t.log" | tail -n 1 || true)
  execs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
  cov=$(sed -E 's/.* cov: ([0-9]+).*/\1/' <<<"$last")
  corp=$(sed -E 's/.* corp: ([0-9]+).*/\1/' <<<"$last")
  rate=$(sed -E 's/.* exec\/s: ([0-9]+).*/\1/' <<<"$last")
  time=$(sed -E 's/.* time: ([0-9]+)s.*/\1/' <<<"$last")
  found=$(find "artifacts/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  printf '%-12s %8s %12s %8s %8s %8s %8s\n' "$t" "${time:-?}" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${corp:-?}" "$found"
done
