#!/usr/bin/env bash
# The content checker's start-up: times fresh JVMs, alternating, N runs of each (default 11), and
# prints the medians and their ratios against a plain Jackson read of the same episode:
#   - `java -version` (the JVM alone, for reference);
#   - ColdStartPojo: a plain JsonMapper reading the article's episode into plain classes (the baseline);
#   - `java -jar examples/target/outreach.jar validate` of the article's episode in JSON, and of the same
#     episode in YAML (converted by the checker first);
#   - the same two with class data sharing: -XX:SharedArchiveFile of an archive that the script makes
#     first with -XX:ArchiveClassesAtExit (JDK 13+), as the checker's usage describes.
# Target: the checker's median (JSON, without an archive) at most 1.5x the plain Jackson read's.
# Needs only bash, java and coreutils, and both jars built (benchmarks/run.sh or mvn package).
#
#   benchmarks/checker-start.sh [runs]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
bench="$here/target/benchmarks.jar"
checker="$root/examples/target/outreach.jar"
episode="$root/fixtures/valid/episode-road-to-wcce.json"
runs="${1:-11}"
target_percent=150

for jar in "$bench" "$checker"; do
    if [[ ! -f "$jar" ]]; then
        echo "no $jar: run 'mvn -B package -DskipTests -pl benchmarks,examples -am' first" >&2
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archive="$work/outreach.jsa"
# The same episode in YAML, as the checker itself converts it.
yaml="$work/episode-road-to-wcce.yaml"
java -jar "$checker" convert --to yaml "$episode" > "$yaml"

# shellcheck source=timing.sh
source "$here/timing.sh"

# The commands timed, by number (a function, so that paths with spaces stay whole).
run() {
    case "$1" in
        0) java -version ;;
        1) java -cp "$bench" dev.outreach.benchmarks.ColdStartPojo "$episode" ;;
        2) java -jar "$checker" validate "$episode" ;;
        3) java -jar "$checker" validate "$yaml" ;;
        4) java -XX:SharedArchiveFile="$archive" -jar "$checker" validate "$episode" ;;
        5) java -XX:SharedArchiveFile="$archive" -jar "$checker" validate "$yaml" ;;
    esac
}
labels=(
    "java -version"
    "plain Jackson read (ColdStartPojo, baseline)"
    "checker: validate episode (JSON)"
    "checker: validate episode (YAML)"
    "checker with CDS archive: validate episode (JSON)"
    "checker with CDS archive: validate episode (YAML)"
)

# The checker's own runs must succeed, or the script would time error paths.
java -jar "$checker" validate "$episode" "$yaml" >/dev/null
# The class data sharing archive: the classes of one JSON and one YAML validation.
java -XX:ArchiveClassesAtExit="$archive" -jar "$checker" validate "$episode" "$yaml" >/dev/null 2>&1
# One untimed run of each, so that all find the jars and the JDK in the page cache.
for k in "${!labels[@]}"; do
    run "$k" >/dev/null 2>&1
done

declare -a times
for (( i = 0; i < runs; i++ )); do
    for k in "${!labels[@]}"; do
        times[$k]+="$(time_command run "$k") "
    done
done

echo "checker start-up, $runs fresh JVMs each (alternating), median wall time (ms):"
declare -a medians
for k in "${!labels[@]}"; do
    read -r -a all <<< "${times[$k]}"
    medians[$k]=$(median "${all[@]}")
    printf '  %-50s %8s   (runs: %s)\n' "${labels[$k]}:" "$(ms "${medians[$k]}")" \
        "$(for t in "${all[@]}"; do printf '%s ' "$(ms "$t")"; done)"
done
pojo=${medians[1]}
json=$(hundredths "${medians[2]}" "$pojo")
if (( json <= target_percent )); then verdict="met"; else verdict="MISSED"; fi
echo "  ratio checker (JSON) / plain Jackson read: $(times_x "$json") (target <= $(times_x "$target_percent"): $verdict)"
echo "  ratio checker (YAML) / plain Jackson read: $(times_x "$(hundredths "${medians[3]}" "$pojo")") (information)"
echo "  ratio checker with CDS (JSON) / plain Jackson read: $(times_x "$(hundredths "${medians[4]}" "$pojo")") (information)"
echo "  ratio checker with CDS (YAML) / plain Jackson read: $(times_x "$(hundredths "${medians[5]}" "$pojo")") (information)"
echo "  ratio java -version / plain Jackson read: $(times_x "$(hundredths "${medians[0]}" "$pojo")") (information: the JVM alone)"
