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

# Prints the wall time of one fresh JVM running the given command, in microseconds. A checker
# run must exit 0 (the file is valid): a failing run would time something else.
time_one() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
}

median() {
    printf '%s\n' "$@" | sort -n | head -n $(( ($# + 1) / 2 )) | tail -n 1
}

ms() {
    printf '%d.%d' $(( $1 / 1000 )) $(( ($1 % 1000) / 100 ))
}

ratio() {   # hundredths of $1 / $2
    echo $(( ($1 * 1000 / $2 + 5) / 10 ))
}

x() {
    printf '%d.%02dx' $(( $1 / 100 )) $(( $1 % 100 ))
}

commands=(
    "java -version"
    "java -cp $bench dev.outreach.benchmarks.ColdStartPojo $episode"
    "java -jar $checker validate $episode"
    "java -jar $checker validate $yaml"
    "java -XX:SharedArchiveFile=$archive -jar $checker validate $episode"
    "java -XX:SharedArchiveFile=$archive -jar $checker validate $yaml"
)
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
for c in "${commands[@]}"; do
    read -r -a argv <<< "$c"
    "${argv[@]}" >/dev/null 2>&1
done

declare -a times
for (( i = 0; i < runs; i++ )); do
    for k in "${!commands[@]}"; do
        read -r -a argv <<< "${commands[$k]}"
        times[$k]+="$(time_one "${argv[@]}") "
    done
done

echo "checker start-up, $runs fresh JVMs each (alternating), median wall time (ms):"
declare -a medians
for k in "${!commands[@]}"; do
    read -r -a all <<< "${times[$k]}"
    medians[$k]=$(median "${all[@]}")
    printf '  %-50s %8s   (runs: %s)\n' "${labels[$k]}:" "$(ms "${medians[$k]}")" \
        "$(for t in "${all[@]}"; do printf '%s ' "$(ms "$t")"; done)"
done
pojo=${medians[1]}
json=$(ratio "${medians[2]}" "$pojo")
if (( json <= target_percent )); then verdict="met"; else verdict="MISSED"; fi
echo "  ratio checker (JSON) / plain Jackson read: $(x "$json") (target <= 1.50x: $verdict)"
echo "  ratio checker (YAML) / plain Jackson read: $(x "$(ratio "${medians[3]}" "$pojo")") (information)"
echo "  ratio checker with CDS (JSON) / plain Jackson read: $(x "$(ratio "${medians[4]}" "$pojo")") (information)"
echo "  ratio checker with CDS (YAML) / plain Jackson read: $(x "$(ratio "${medians[5]}" "$pojo")") (information)"
echo "  ratio java -version / plain Jackson read: $(x "$(ratio "${medians[0]}" "$pojo")") (information: the JVM alone)"
