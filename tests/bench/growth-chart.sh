#!/bin/sh
# Draws how the cost of each measured step grows with the number of reports, on log–log axes,
# from saved `./ioc bench` output: every line named `<figure>_<10k|100k|1m>_<ms|s>: value` is a
# point of the series <figure>. Needs gnuplot (Debian: gnuplot-nox, installed by `./ioc setup`).
#
#   ./ioc bench ui > ui.txt; ./ioc bench sync > sync.txt
#   tests/bench/growth-chart.sh docs/images/performance-growth.png ui.txt sync.txt
set -eu
[ $# -ge 2 ] || { echo "usage: $0 OUTPUT.png BENCH-OUTPUT..." >&2; exit 2; }
out=$1
shift
data=$(mktemp)
trap 'rm -f "$data"' EXIT
# One line per point: series, reports, milliseconds; sorted so each series' points are together.
cat "$@" | awk -F': ' '
    match($1, /_(10k|100k|1m)_(ms|s)$/) {
        name = substr($1, 1, RSTART - 1)
        split(substr($1, RSTART + 1), parts, "_")
        n = parts[1] == "10k" ? 10000 : parts[1] == "100k" ? 100000 : 1000000
        ms = parts[2] == "s" ? $2 * 1000 : $2
        if (ms > 0) print name, n, ms
    }' | sort -k1,1 -k2,2n >"$data"
[ -s "$data" ] || { echo "$0: no figure at 10k, 100k or 1m in the input" >&2; exit 1; }
# Series with at least two sizes, each a gnuplot data block.
series=$(awk '{ count[$1]++ } END { for (s in count) if (count[s] > 1) print s }' "$data" | sort)
[ -n "$series" ] || { echo "$0: no figure measured at two sizes" >&2; exit 1; }
{
    echo 'set terminal pngcairo noenhanced size 900,560 font "Noto Sans,10"'
    echo "set output '$out'"
    echo 'set logscale xy'
    echo 'set xrange [7000:1400000]'
    echo 'set format y "%g"'
    echo 'set xlabel "reports"'
    echo 'set ylabel "milliseconds"'
    echo 'set xtics ("10k" 10000, "100k" 100000, "1M" 1000000)'
    echo 'set grid'
    echo 'set key outside right'
    echo 'set title "Cost against the number of reports (log–log; a slope of 1 is linear growth)"'
    plot='plot'
    for s in $series; do
        plot="$plot '-' using 1:2 with linespoints title '$s',"
    done
    echo "${plot%,}"
    for s in $series; do
        awk -v s="$s" '$1 == s { print $2, $3 }' "$data"
        echo e
    done
} | gnuplot
echo "$out"
