#!/bin/sh
# The java that `mvn javafx:run` starts Gloss with (the pom's gloss.run.java, on Unix): the same JVM
# and arguments, plus a class-data sharing archive of the classes the window loads, made on the
# first run and used on every run after, as the installed images have one of their own.
#
# Class-data sharing cannot read classes from a directory, so each directory on --module-path
# (target/classes) is given as a jar of it, made again when a class in it is newer. The archive is
# written when the first run ends (-XX:ArchiveClassesAtExit), into a file of its own that becomes
# the archive only when the run ended well; it is made again when the module path or the class
# path changes or a jar on them is newer. Whenever any of this cannot be done, Gloss starts as
# plain java would start it.
#
# Environment: GLOSS_RUN_DIR, where the jars and the archive go (default: target/run beside this
# script's project); GLOSS_RUN_ARCHIVE=off starts without an archive.
set -u
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar
project=$(cd "$(dirname "$0")/../../.." 2>/dev/null && pwd)
run=${GLOSS_RUN_DIR:-$project/target/run}

plain() {
    exec "$java" "$@"
}
[ "${GLOSS_RUN_ARCHIVE:-on}" = off ] && plain "$@"
mkdir -p "$run" 2>/dev/null || plain "$@"
command -v "$jar" >/dev/null 2>&1 || plain "$@"

# A path again, each directory on it replaced by its jar (made or made again here).
rewrite() {
    out=
    old_ifs=$IFS
    IFS=:
    for entry in $1; do
        if [ -d "$entry" ]; then
            name=$(printf '%s' "$entry" | sed 's#[^A-Za-z0-9._-]#_#g').jar
            target=$run/$name
            if [ ! -f "$target" ] || [ -n "$(find "$entry" -newer "$target" -type f 2>/dev/null | head -n 1)" ]; then
                "$jar" --create --file "$target.new" -C "$entry" . && mv -f "$target.new" "$target" || return 1
            fi
            entry=$target
        fi
        out=${out:+$out:}$entry
    done
    IFS=$old_ifs
    printf '%s' "$out"
}

# The arguments again with the paths rewritten (positional parameters are the only array sh has);
# the paths are remembered, to tell whether the archive was made for them.
paths=
usable=yes
count=$#
expect=
for arg in "$@"; do
    case $expect in
        path)
            if rewritten=$(rewrite "$arg"); then
                arg=$rewritten
            else
                usable=no
            fi
            paths="$paths $arg"
            expect= ;;
        *)
            case $arg in
                --module-path|-p|-classpath|-cp|--class-path) expect=path ;;
            esac ;;
    esac
    set -- "$@" "$arg"
done
shift "$count"

[ $usable = yes ] || exec "$java" "$@"

# The newest jar on the paths: an archive older than it was made for other classes.
newest_jar=
for path in $paths; do
    old_ifs=$IFS
    IFS=:
    for entry in $path; do
        if [ -f "$entry" ] && { [ -z "$newest_jar" ] || [ "$entry" -nt "$newest_jar" ]; }; then
            newest_jar=$entry
        fi
    done
    IFS=$old_ifs
done

archive=$run/gloss.jsa
stamp=$run/gloss.jsa.paths
printf '%s\n' "$paths" > "$run/paths.now"
if [ -f "$archive" ] && [ -f "$stamp" ] && cmp -s "$stamp" "$run/paths.now" \
        && { [ -z "$newest_jar" ] || [ "$archive" -nt "$newest_jar" ]; }; then
    exec "$java" -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off "$@"
fi

# The first run, or the first since the classes changed: record the archive at its end.
rm -f "$archive" "$archive.new"
"$java" -XX:ArchiveClassesAtExit="$archive.new" -Xlog:cds=off -Xlog:cds+dynamic=off "$@"
status=$?
if [ $status -eq 0 ] && [ -s "$archive.new" ]; then
    mv -f "$archive.new" "$archive" && mv -f "$run/paths.now" "$stamp"
else
    rm -f "$archive.new"
fi
exit $status
