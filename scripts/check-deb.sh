#!/usr/bin/env bash
# Checks a built Sahifa package on this machine, in a throw-away setting, and leaves the
# machine as it found it (re-runnable):
#
#   scripts/check-deb.sh [target/debian/sahifa_*.deb]     # as root; newest package by default
#
# lintian has no error; dpkg -i succeeds; `sahifa --version` and `sahifa extract` on the
# installed sample work from / with the source tree hidden (a tmpfs over it, in a private
# mount namespace) and HOME in a temporary folder; desktop-file-validate passes; the app
# started under Xvfb from the installed desktop entry's Exec line shows the sample article
# (window title and a screenshot, kept as docs/screens/deb-menu-launch.png), and "Open with"
# opens a file passed for %F (an article, or its ARTICLE.sahifa.json); dpkg -r and dpkg -P
# leave no file behind.
# Needs: apt-get install -y lintian desktop-file-utils xvfb imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
screenshot=docs/screens/deb-menu-launch.png
seed_name=000_812f1e39dd98ed92.txt

die() {
    echo "check-deb: $*" >&2
    exit 2
}

deb=${1:-$(ls -t target/debian/sahifa_*.deb 2>/dev/null | head -n 1 || true)}
[[ -n "$deb" && -f "$deb" ]] || die "no package: run scripts/build-deb.sh first"
deb=$(realpath "$deb")
[[ $(id -u) == 0 ]] || die "needs root (dpkg -i)"
for tool in lintian desktop-file-validate Xvfb import xdotool unshare; do
    command -v "$tool" >/dev/null ||
        die "$tool is missing: apt-get install -y lintian desktop-file-utils xvfb imagemagick xdotool"
done
if dpkg-query -W sahifa >/dev/null 2>&1; then
    die "a sahifa package is already installed (or its config is): dpkg -P sahifa first"
fi

work=$(mktemp -d /tmp/sahifa-check.XXXXXX)
xvfb_pid=""
app_pid=""
installed=no
cleanup() {
    [[ -n "$app_pid" ]] && kill_tree "$app_pid"
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    if [[ $installed == yes ]]; then dpkg -P sahifa >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "  ok    $*"; }
fail() {
    echo "  FAIL  $*"
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...: runs the command; ok, or FAIL and its output
    local what=$1
    shift
    if "$@" >"$work/step" 2>&1; then pass "$what"; else
        sed 's/^/    /' "$work/step"
        fail "$what"
    fi
}
descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        echo "$child"
        descendants "$child"
    done
}
# Ends a process we started and its descendants, by their ids.
kill_tree() {
    local child
    for child in $(pgrep -P "$1" || true); do kill_tree "$child"; done
    kill "$1" 2>/dev/null || true
}

# Runs a command as a user starting from the menu would: HOME in a temporary folder, a
# minimal environment, the source tree hidden under an empty tmpfs.
mkdir -p "$work/home"
isolated() {
    unshare --mount -- sh -c 'mount -t tmpfs sahifa-hidden "$0" && exec "$@"' "$repo" \
        env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
        XDG_RUNTIME_DIR="$work/home" ${DISPLAY:+DISPLAY=$DISPLAY} "$@"
}

# The files under the trees a package writes to (caches rebuilt by triggers included),
# without the package manager's own changing lists.
snapshot() {
    find /usr /etc /opt /var/lib -xdev \
        \( -path /var/lib/apt/lists -o -path /var/lib/dpkg/updates \
        -o -path /var/lib/dpkg/triggers \) -prune -o -print 2>/dev/null | sort
}

echo "== package"
size=$(stat -c %s "$deb")
echo "  $deb"
echo "  size: $size bytes ($(numfmt --to=iec-i --suffix=B "$size")), installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "  depends: $(dpkg-deb -f "$deb" Depends)"
echo "  recommends: $(dpkg-deb -f "$deb" Recommends)"

echo "== lintian"
lintian --fail-on none -I "$deb" >"$work/lintian" 2>&1 || true
sed 's/^/  /' "$work/lintian"
errors=$(grep -c '^E:' "$work/lintian" || true)
warnings=$(grep -c '^W:' "$work/lintian" || true)
if [[ $errors == 0 ]]; then pass "lintian: no error ($warnings warnings)"; else fail "lintian: $errors errors"; fi

echo "== install"
# Depends without versions or alternatives, so that dpkg -i finds them installed.
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/[|(].*//; s/ //g' | grep -v '^$')
# shellcheck disable=SC2086 # one word per package
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $deps >"$work/apt" 2>&1 ||
    { cat "$work/apt"; die "cannot install the dependencies"; }
snapshot >"$work/before"
installed=yes
check "dpkg -i $(basename "$deb")" dpkg -i "$deb"
for path in /usr/bin/sahifa /usr/share/sahifa/seeds/$seed_name /usr/share/doc/sahifa/copyright \
    /usr/share/doc/sahifa/changelog.Debian.gz /usr/share/applications/sahifa.desktop \
    /usr/share/mime/packages/sahifa.xml /usr/share/metainfo/sahifa.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/sahifa.svg /usr/share/icons/hicolor/16x16/apps/sahifa.png \
    /usr/share/icons/hicolor/512x512/apps/sahifa.png /usr/share/man/man1/sahifa.1.gz \
    /usr/share/man/man1/sahifa-extract.1.gz /usr/share/bash-completion/completions/sahifa \
    /usr/share/zsh/vendor-completions/_sahifa /usr/share/fish/vendor_completions.d/sahifa.fish; do
    if [[ -f $path ]]; then pass "installed $path"; else fail "missing $path"; fi
done
check "man sahifa renders without warnings" \
    sh -c '! man --warnings -l /usr/share/man/man1/sahifa.1.gz 2>&1 >/dev/null | grep .'
check "the MIME database knows *.sahifa.json (shared-mime-info trigger)" \
    test -f "/usr/share/mime/application/x-sahifa-annotations+json.xml"
check "Open with: mimeinfo.cache lists Sahifa for .docx and .sahifa.json" \
    sh -c 'grep -q "^application/vnd.openxmlformats-officedocument.wordprocessingml.document=.*sahifa.desktop" /usr/share/applications/mimeinfo.cache &&
           grep -q "^application/x-sahifa-annotations+json=.*sahifa.desktop" /usr/share/applications/mimeinfo.cache'
check "desktop-file-validate" desktop-file-validate /usr/share/applications/sahifa.desktop
check "bash completes sahifa's tools" \
    bash -c 'source /usr/share/bash-completion/completions/sahifa &&
             COMP_WORDS=(sahifa ex) COMP_CWORD=1 COMP_LINE="sahifa ex" COMP_POINT=9 &&
             _sahifa sahifa ex sahifa && [[ " ${COMPREPLY[*]} " == *" extract "* ]] &&
             [[ " ${COMPREPLY[*]} " == *" export "* ]]'

echo "== command line, from / with the source tree hidden and HOME=$work/home"
version=$(cd / && isolated sahifa --version 2>&1) || true
if [[ $version == "sahifa $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')" ]]; then
    pass "sahifa --version: $version"
else fail "sahifa --version said «$version»"; fi
(cd / && isolated sahifa extract "/usr/share/sahifa/seeds/$seed_name") >"$work/extract.json" 2>&1 || true
entities=$(grep -c '"type":' "$work/extract.json" || true)
if grep -q '"type": "PERSON"' "$work/extract.json" && ((entities >= 5)); then
    pass "sahifa extract on the installed sample: $entities entities"
else
    head -n 20 "$work/extract.json"
    fail "sahifa extract on the installed sample"
fi
if (cd / && isolated sh -c "test -e '$repo/Cargo.toml'"); then
    fail "the source tree was visible to the isolated commands"
else pass "the source tree ($repo) was out of reach"; fi

echo "== the desktop entry's Exec line, under Xvfb"
display=99
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1200x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.2; done
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/sahifa.desktop)
echo "  Exec=$exec_line"

# launch FILE_FOR_%F EXPECTED_TITLE_PART: starts the app from the Exec line in HOME and
# waits for its window to show the expected document; sets app_pid and title.
launch() {
    local cmd=${exec_line//%F/$1}
    isolated sh -c "cd '$work/home' && exec $cmd" >"$work/app.log" 2>&1 &
    app_pid=$!
    title=""
    for _ in $(seq 120); do
        title=$(xdotool search --class sahifa getwindowname 2>/dev/null | grep -F -- "$2" | head -n 1 || true)
        [[ -n $title ]] && break
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.5
    done
}
stop_app() {
    kill_tree "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

launch "" "$seed_name"
if [[ -n $title ]]; then pass "menu launch («${exec_line//%F/}») shows the sample: window «$title»"; else
    cat "$work/app.log"
    fail "menu launch: no window titled with $seed_name"
fi
xdotool mousemove 1199 799 # the pointer off the article, so no tooltip covers it
sleep 4                    # extraction and the first frames
import -window root "$work/shot.png"
colours=$(convert "$work/shot.png" -format %k info:)
if ((colours > 200)); then pass "screenshot has $colours colours (text drawn)"; else
    fail "screenshot looks empty ($colours colours)"
fi
mkdir -p "$(dirname "$screenshot")"
cp "$work/shot.png" "$screenshot"
echo "  screenshot: $screenshot"
# Which of the dlopen()ed libraries the window really loaded, and from which package.
depends_list=" $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ' | sed 's/([^)]*)//g') "
pid=$(for p in $(descendants "$app_pid"); do
    [[ $(cat "/proc/$p/comm" 2>/dev/null) == sahifa ]] && echo "$p"
done | head -n 1)
if [[ -n $pid ]]; then
    grep -oE '/[^ ]+\.so[.0-9]*$' "/proc/$pid/maps" | sort -u | while read -r lib; do
        echo "$(dpkg -S "$lib" 2>/dev/null | cut -d: -f1 | head -n 1) $(basename "$lib")"
    done >"$work/libs"
    direct=$(awk -v d="$depends_list" 'index(d, " " $1 " ") {print $1 " (" $2 ")"}' "$work/libs" | paste -sd ' ')
    echo "  loaded from Depends: $direct"
    echo "  and $(awk -v d="$depends_list" '!index(d, " " $1 " ")' "$work/libs" | wc -l) more, which those and Mesa's GL driver load"
fi
stop_app

mkdir -p "$work/home/Documents"
cp "/usr/share/sahifa/seeds/$seed_name" "$work/home/Documents/article.txt"
# "Open with Sahifa" on an article, and on its saved annotations (which open the article).
for file in article.txt article.txt.sahifa.json; do
    launch "$work/home/Documents/$file" "article.txt"
    if [[ -n $title ]]; then pass "Open with (%F = $file) opens article.txt: window «$title»"; else
        cat "$work/app.log"
        fail "Open with $file: no window titled article.txt"
    fi
    stop_app
done
kill "$xvfb_pid" 2>/dev/null || true
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

echo "== remove and purge"
# Compares the file list with the one taken before `dpkg -i`, after dpkg option $1.
nothing_left_after() {
    snapshot >"$work/after$1"
    if diff "$work/before" "$work/after$1" >"$work/diff"; then
        pass "after dpkg $1 no file differs from before dpkg -i"
    else
        sed 's/^/    /' "$work/diff" | head -n 40
        fail "dpkg $1 left files behind"
    fi
}
check "dpkg -r sahifa" dpkg -r sahifa
nothing_left_after -r
check "dpkg -P sahifa" dpkg -P sahifa
installed=no
nothing_left_after -P
if dpkg-query -W sahifa >/dev/null 2>&1; then fail "dpkg still knows sahifa"; else pass "dpkg no longer knows sahifa"; fi

echo "== summary"
echo "  package: $deb ($size bytes)"
echo "  lintian: $errors errors, $warnings warnings"
if ((failures == 0)); then
    echo "  all checks passed"
else
    echo "  $failures checks FAILED"
    exit 1
fi
