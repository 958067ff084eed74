#!/usr/bin/env bash
# Builds the Debian package target/debian/sahifa_VERSION-1_ARCH.deb and prints its path.
#
#   scripts/build-deb.sh            # release build, man pages, completions, cargo deb
#
# Needs cargo-deb (`cargo install cargo-deb --locked`). The package's contents are listed in
# Cargo.toml's [package.metadata.deb]; its desktop entry, icons, MIME type, metainfo,
# copyright and changelog are under packaging/. The installed binary finds the sample
# article in /usr/share/sahifa (SAHIFA_DATA_DIR at build time, that by default).
# scripts/check-deb.sh installs the result in a throw-away setting and checks it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo deb --version >/dev/null 2>&1; then
    echo "build-deb: cargo-deb is missing: cargo install cargo-deb --locked" >&2
    exit 1
fi

cargo build --release --bin sahifa
bin=target/release/sahifa

# The man pages and completions come from the same clap definitions the binary parses.
out=target/packaging
rm -rf "$out"
mkdir -p "$out/man" "$out/completions"
"$bin" manpages --out "$out/man" >/dev/null
"$bin" completions bash >"$out/completions/sahifa"
"$bin" completions zsh >"$out/completions/_sahifa"
"$bin" completions fish >"$out/completions/sahifa.fish"

# --no-build: the binary above is the one packaged. --strip: the release profile keeps line
# tables for backtraces (debug = "line-tables-only"), which would triple the installed size.
deb=$(cargo deb --no-build --strip --output target/debian | tail -n 1)
if [[ ! -f "$deb" ]]; then
    echo "build-deb: cargo deb did not report a package file (got «$deb»)" >&2
    exit 1
fi
echo "$deb"
