#!/bin/sh
# Renders the PNG icons from sahifa.svg (apt-get install librsvg2-bin). Run from the repo root.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio sahifa.svg \
        --output "${size}x${size}/sahifa.png"
done
