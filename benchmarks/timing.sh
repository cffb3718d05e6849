# Shell functions shared by cold-start.sh and checker-start.sh: timing fresh JVMs and printing
# medians and ratios. Sourced, not run.

# Prints the wall time of one run of the given command (its output discarded), in microseconds.
time_command() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
}

# Prints the median of the given numbers (the lower of the two middle ones for an even count).
median() {
    printf '%s\n' "$@" | sort -n | head -n $(( ($# + 1) / 2 )) | tail -n 1
}

# Prints microseconds as milliseconds with one decimal.
ms() {
    printf '%d.%d' $(( $1 / 1000 )) $(( ($1 % 1000) / 100 ))
}

# Prints $1 / $2 in hundredths, rounded.
hundredths() {
    echo $(( ($1 * 1000 / $2 + 5) / 10 ))
}

# Prints hundredths as a ratio: 119 as 1.19x.
times_x() {
    printf '%d.%02dx' $(( $1 / 100 )) $(( $1 % 100 ))
}
