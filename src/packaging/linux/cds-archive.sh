#!/bin/sh
# Gives a jlink image of Gloss a class-data sharing archive of the classes the window loads until
# its first frame and the classes the everyday commands load (search, articles, show): training
# runs of the image record them (-XX:DumpLoadedClassList), then the image's JVM writes them into
# its default archive, lib/server/classes.jsa, which every start of the image maps instead of
# loading, parsing and verifying those classes one by one. It needs no launcher option, and
# jpackage copies it with the runtime.
#
# The window's training run needs a display: an Xvfb of its own when Xvfb is installed (no window
# flashes on the desktop), else $DISPLAY. Without either, the archive holds the commands' classes
# only, and says so.
#
# Usage: cds-archive.sh IMAGE_DIR LOG_FILE
set -eu
image=$1
log=$2
work=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

display=
if command -v Xvfb >/dev/null 2>&1; then
    n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    i=0
    while [ ! -e "/tmp/.X11-unix/X$n" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    [ -e "/tmp/.X11-unix/X$n" ] && display=":$n"
fi
[ -z "$display" ] && display=${DISPLAY:-}

: > "$log"
lists=

# The commands, on a data folder of their own with one imported article.
mkdir -p "$work/cli-data" "$work/files"
cat > "$work/files/training.md" <<'ARTICLE'
---
title: Training article
tags: [example]
---
# Training article

## First part

A short article that the commands below search, list and show.
ARTICLE
n=0
for args in "import $work/files/training.md" "search short article" "search --json part" "articles" "show training-article"; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    if GLOSS_CACHE_DIR="$work/cache" GLOSS_STATE_DIR="$work/state" timeout 300 "$image/bin/java" \
            -XX:DumpLoadedClassList="$work/cli-$n.classlist" \
            -m dev.gloss/dev.gloss.Main --data-dir "$work/cli-data" $args >>"$work/training.out" 2>&1; then
        lists="$lists $work/cli-$n.classlist"
    fi
done

window=no
if [ -n "$display" ] && DISPLAY=$display timeout 300 "$image/bin/java" \
        -XX:DumpLoadedClassList="$work/gloss.classlist" \
        -Dgloss.startupProbe=true -Dgloss.startupProbe.exit=true \
        -m dev.gloss/dev.gloss.Main --data-dir "$work/data" >"$work/window.out" 2>&1 \
        && grep -q '^GLOSS_FIRST_FRAME' "$work/window.out"; then
    lists="$work/gloss.classlist $lists"
    window=yes
fi

if [ -n "$lists" ]; then
    # One list, each class once, in the order first seen.
    # shellcheck disable=SC2086
    awk '!seen[$0]++' $lists > "$work/all.classlist"
    "$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/all.classlist" >>"$log" 2>&1
    if [ "$window" = yes ]; then
        echo "Class-data archive: $(grep -c . "$work/all.classlist") classes from training runs of the window and the commands, in $image/lib/server/classes.jsa"
    else
        cat "$work/window.out" >>"$log" 2>/dev/null || true
        echo "Class-data archive: $(grep -c . "$work/all.classlist") classes from training runs of the commands, in $image/lib/server/classes.jsa"
        echo "warning: no display for the window's training run (install Xvfb or set DISPLAY): the window starts more slowly"
    fi
else
    cat "$work/training.out" "$work/window.out" >>"$log" 2>/dev/null || true
    echo "warning: the training runs failed (see $log): the image's class-data archive holds the JDK's classes only"
    "$image/bin/java" -Xshare:dump >>"$log" 2>&1
fi
# The image must be able to map what was written.
"$image/bin/java" -Xshare:on -version >>"$log" 2>&1
