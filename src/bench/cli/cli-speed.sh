#!/usr/bin/env bash
# Times the everyday commands as whole processes from an installed image, against a floor measured
# in the same run: a Java hello-world started by the image's own JVM. Each command runs RUNS times,
# interleaved with the floor; the medians of wall-clock and CPU (user + system) time are printed,
# with the load average.
#
# Usage: cli-speed.sh IMAGE_DIR DATA_DIR [RUNS] [WORD]
#   IMAGE_DIR  a jlink image (mvn -Papp-image package -DskipTests makes target/image)
#   DATA_DIR   the data folder to read (its search index is brought up to date first)
#   WORD       what `gloss search` looks for (default: "calcium")
set -euo pipefail
image=$1
data=$2
runs=${3:-7}
word=${4:-calcium}
gloss="$image/bin/gloss"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
javac -d "$work/hello" "$work/hello/Hello.java"

first=$("$gloss" --data-dir "$data" articles --json | sed -n 's/^[^"]*"id" *: *"\([^"]*\)".*/\1/p' | tail -1)
[ -n "$first" ] || first=$("$gloss" --data-dir "$data" articles | tail -1 | awk '{print $1}')
"$gloss" --data-dir "$data" search "$word" >/dev/null 2>&1 || true

# One timed run: prints "wall cpu" in seconds.
timed() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}

declare -A walls cpus
names=(floor version articles show search)
for ((i = 0; i < runs; i++)); do
    for name in "${names[@]}"; do
        case $name in
            floor) r=$(timed "$image/bin/java" -cp "$work/hello" Hello) ;;
            version) r=$(timed "$gloss" --version) ;;
            articles) r=$(timed "$gloss" --data-dir "$data" articles) ;;
            show) r=$(timed "$gloss" --data-dir "$data" show "$first") ;;
            search) r=$(timed "$gloss" --data-dir "$data" search "$word") ;;
        esac
        walls[$name]+="${r% *} "
        cpus[$name]+="${r#* } "
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
articles=$("$gloss" --data-dir "$data" articles | wc -l)
echo "gloss commands from $image on $data ($articles articles), $runs runs each, $(nproc) cores"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
floor_wall=$(echo "${walls[floor]}" | median)
floor_cpu=$(echo "${cpus[floor]}" | median)
printf '%-22s %9s %9s %9s %9s\n' command "wall s" "x floor" "cpu s" "x floor"
for name in "${names[@]}"; do
    w=$(echo "${walls[$name]}" | median)
    c=$(echo "${cpus[$name]}" | median)
    label=$name
    case $name in
        floor) label="floor (hello-world)" ;;
        version) label="gloss --version" ;;
        articles) label="gloss articles" ;;
        show) label="gloss show ID" ;;
        search) label="gloss search $word" ;;
    esac
    printf '%-22s %9s %9.2f %9s %9.2f\n' "$label" "$w" "$(awk -v a="$w" -v b="$floor_wall" 'BEGIN {print a / b}')" "$c" "$(awk -v a="$c" -v b="$floor_cpu" 'BEGIN {print a / b}')"
done
