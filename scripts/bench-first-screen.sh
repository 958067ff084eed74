#!/usr/bin/env bash
# How long a big article takes to show its first screen in the real app, and the peak
# memory by then: starts the release binary on a virtual X display, screenshots the
# article area every 100 ms until text appears.
#   scripts/bench-first-screen.sh FILE [SAHIFA_BINARY]
# Needs xvfb, imagemagick (import, convert). Prints: seconds, peak RSS (MB).
set -euo pipefail
file=$1
bin=${2:-target/release/sahifa}
display=:97
Xvfb $display -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME=$(mktemp -d)
start=$(date +%s.%N)
# EXTRACT=1 lets the extraction run meanwhile, as a user would have it.
if [[ ${EXTRACT:-0} == 1 ]]; then extra=(); else extra=(--no-extract); fi
"$bin" "${extra[@]}" "$file" >/dev/null 2>&1 &
app=$!
shot=$(mktemp --suffix=.png)
while kill -0 $app 2>/dev/null; do
  now=$(date +%s.%N)
  if (( $(echo "$now - $start > 120" | bc) )); then echo "timeout"; break; fi
  import -window root -crop 700x400+450+250 "$shot" 2>/dev/null || { sleep 0.1; continue; }
  ink=$(convert "$shot" -colorspace gray -format "%[fx:standard_deviation]" info: 2>/dev/null || echo 0)
  # Lines of text make the area contrasty; the bare screen, an empty window and a spinner do not.
  if (( $(echo "$ink > 0.12" | bc) )); then
    elapsed=$(echo "$(date +%s.%N) - $start" | bc)
    rss=$(awk '/VmHWM/ {print $2}' /proc/$app/status)
    printf 'first screen after %.2f s, peak RSS %d MB (%s)\n' "$elapsed" $((rss / 1024)) "$file"
    cp "$shot" /tmp/first-screen.png
    exit 0
  fi
  sleep 0.1
done
echo "no text appeared"
exit 1
