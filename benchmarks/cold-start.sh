#!/usr/bin/env bash
# Cold start: times fresh JVMs reading and validating one episode with the module against fresh
# JVMs reading the same file into plain classes with plain Jackson (both mains are in the same
# jar, so both pay the same class path). Runs alternate, N of each (default 11); prints the
# medians and their ratio. Needs only bash, java and coreutils.
#
#   benchmarks/cold-start.sh [runs]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
fixture="$root/fixtures/valid/episode-road-to-wcce.json"
runs="${1:-11}"
target_percent=120

if [[ ! -f "$jar" ]]; then
    echo "no $jar: run benchmarks/run.sh or 'mvn -B package -DskipTests' first" >&2
    exit 1
fi

# shellcheck source=timing.sh
source "$here/timing.sh"

# Prints the wall time of one fresh JVM, in microseconds.
time_one() {
    time_command java -cp "$jar" "$1" "$fixture"
}

# One untimed run of each, so that both find the jar and the JDK in the page cache.
time_one dev.outreach.benchmarks.ColdStartModule >/dev/null
time_one dev.outreach.benchmarks.ColdStartPojo >/dev/null

module=()
pojo=()
for (( i = 0; i < runs; i++ )); do
    module+=("$(time_one dev.outreach.benchmarks.ColdStartModule)")
    pojo+=("$(time_one dev.outreach.benchmarks.ColdStartPojo)")
done

m=$(median "${module[@]}")
p=$(median "${pojo[@]}")
ratio=$(hundredths "$m" "$p")

echo "cold start, $runs fresh JVMs each, median wall time (ms):"
echo "  module read+validate: $(ms "$m")   (runs: $(for t in "${module[@]}"; do printf '%s ' "$(ms "$t")"; done))"
echo "  POJO read (baseline): $(ms "$p")   (runs: $(for t in "${pojo[@]}"; do printf '%s ' "$(ms "$t")"; done))"
if (( ratio <= target_percent )); then verdict="met"; else verdict="MISSED"; fi
echo "  ratio module/POJO: $(times_x "$ratio") (target <= $(times_x "$target_percent"): $verdict)"
