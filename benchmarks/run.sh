#!/usr/bin/env bash
# Runs the whole benchmark suite in about 9 minutes (1 fork, short warm-up and measurement, the
# GC profiler on), writes JMH's JSON results to benchmarks/target/jmh-result.json and prints
# the ratios against the baselines of the same run, the heap of archive streaming under
# -Xmx64m, the cold-start ratio and the content checker's start-up (checker-start.sh). Builds the
# jars first when they are missing or older than the sources.
#
#   benchmarks/run.sh                       # everything
#   benchmarks/run.sh 'ReadBenchmark'       # only benchmarks matching a regex (JMH arguments pass through)
#   WARMUP=10 ITERATIONS=5 TIME=3s benchmarks/run.sh  # longer, steadier runs
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
result="$here/target/jmh-result.json"

if [[ ! -f "$jar" ]] || [[ -n "$(find "$root"/*/src "$root/pom.xml" "$root"/*/pom.xml "$root/fixtures" \
        -newer "$jar" -type f -print -quit)" ]]; then
    echo "building $jar ..."
    mvn -q -B -f "$root/pom.xml" package -DskipTests -pl benchmarks -am
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
" load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 2
echo

java -jar "$jar" -f 1 -wi "${WARMUP:-5}" -w "${TIME:-2s}" -i "${ITERATIONS:-3}" -r "${TIME:-2s}" \
    -prof gc -rf json -rff "$result" "$@" > "$here/target/jmh-output.txt" 2>&1
echo "JMH output: $here/target/jmh-output.txt; results: $result"
echo "load average after JMH: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp "$jar" dev.outreach.benchmarks.Report "$result"
echo

if [[ $# -eq 0 ]]; then
    echo "archive streaming in a fresh JVM with -Xmx64m (ArchiveHeap):"
    java -Xmx64m -cp "$jar" dev.outreach.benchmarks.ArchiveHeap 2>/dev/null | sed 's/^/  /'
    echo
    "$here/cold-start.sh"
    echo
    if [[ ! -f "$root/examples/target/outreach.jar" ]] || [[ -n "$(find "$root"/*/src "$root/pom.xml" \
            "$root"/*/pom.xml -newer "$root/examples/target/outreach.jar" -type f -print -quit)" ]]; then
        echo "building $root/examples/target/outreach.jar ..."
        mvn -q -B -f "$root/pom.xml" package -DskipTests -pl examples -am
    fi
    "$here/checker-start.sh"
fi
