#!/bin/sh
# Gives a jlink image of Gloss a class-data sharing archive of the classes the window loads until
# its first frame: a training run of the image records them (-XX:DumpLoadedClassList), then the
# image's JVM writes them into its default archive, lib/server/classes.jsa, which every start of
# the image maps instead of loading, parsing and verifying those classes one by one. It needs no
# launcher option, and jpackage copies it with the runtime.
#
# The training run needs a display: an Xvfb of its own when Xvfb is installed (no window flashes
# on the desktop), else $DISPLAY. Without either, the image gets an archive of the JDK's classes
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
if [ -n "$display" ] && DISPLAY=$display timeout 300 "$image/bin/java" \
        -XX:DumpLoadedClassList="$work/gloss.classlist" \
        -Dgloss.startupProbe=true -Dgloss.startupProbe.exit=true \
        -m dev.gloss/dev.gloss.Main --data-dir "$work/data" >"$work/training.out" 2>&1 \
        && grep -q '^GLOSS_FIRST_FRAME' "$work/training.out"; then
    "$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/gloss.classlist" >>"$log" 2>&1
    echo "Class-data archive: $(grep -c . "$work/gloss.classlist") classes from a training run of the window, in $image/lib/server/classes.jsa"
else
    cat "$work/training.out" >>"$log" 2>/dev/null || true
    echo "warning: no display for the training run (install Xvfb or set DISPLAY): the image's class-data archive holds the JDK's classes only, and Gloss starts more slowly"
    "$image/bin/java" -Xshare:dump >>"$log" 2>&1
fi
# The image must be able to map what was written.
"$image/bin/java" -Xshare:on -version >>"$log" 2>&1
