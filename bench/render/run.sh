#!/usr/bin/env bash
# Whole-process export of a full report to PDF: `nianbao export REPORT.json -o OUT.pdf`
# against `soffice --headless --convert-to pdf` of the ODT that nianbao exports for the same
# report, in the same run. Prints each run, the medians of wall time and peak memory, and the
# ratios nianbao / LibreOffice (targets: time ≤ 0.1, memory ≤ 0.25).
#
#   bench/render/run.sh [RUNS]          # default 7 runs each, after one warm-up each
#   NIANBAO=/path/to/nianbao REPORT=file.json bench/render/run.sh
#
# Without NIANBAO, nianbao is built in Release in build-bench/. Installs what is missing
# (LibreOffice Writer without GUI, GNU time) with apt-get, through sudo when not root.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-${RUNS:-7}}"
report="${REPORT:-$root/tests/data/report-2021.json}"

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "bench: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -z "${NIANBAO:-}" ]; then
    bash "$root/scripts/deps.sh"
    build="$root/build-bench"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$build" --target nianbao -j"$(nproc)" >/dev/null
    NIANBAO="$build/app/nianbao"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$NIANBAO" export "$report" -o "$work/report.odt"
profile="file://$work/lo-profile"   # LibreOffice's own profile, created by the warm-up

# GNU time: wall clock and peak resident set of the process and of the children it waited
# for, so that soffice.bin counts for the soffice script.
timed() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1; cat "$work/time"; }
nianbao_run=("$NIANBAO" export "$report" -o "$work/nianbao.pdf")
soffice_run=(soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/report.odt")

# Warm-up: font caches, LibreOffice's profile.
"${nianbao_run[@]}" >/dev/null 2>&1
"${soffice_run[@]}" >/dev/null 2>&1
: >"$work/nianbao.txt"
: >"$work/soffice.txt"
for i in $(seq "$runs"); do
    timed "${nianbao_run[@]}" >>"$work/nianbao.txt"
    timed "${soffice_run[@]}" >>"$work/soffice.txt"
    printf 'run %d  nianbao %s s %s KiB   soffice %s s %s KiB\n' "$i" \
        $(tail -1 "$work/nianbao.txt") $(tail -1 "$work/soffice.txt")
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
n_time=$(cut -d' ' -f1 "$work/nianbao.txt" | median)
n_mem=$(cut -d' ' -f2 "$work/nianbao.txt" | median)
s_time=$(cut -d' ' -f1 "$work/soffice.txt" | median)
s_mem=$(cut -d' ' -f2 "$work/soffice.txt" | median)
pages=$(pdfinfo "$work/nianbao.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)

echo
echo "report: $report (${pages:-?} pages), $runs runs each, medians"
printf 'nianbao export      %6.2f s  %8d KiB\n' "$n_time" "$n_mem"
printf 'soffice convert     %6.2f s  %8d KiB\n' "$s_time" "$s_mem"
awk -v nt="$n_time" -v st="$s_time" -v nm="$n_mem" -v sm="$s_mem" 'BEGIN {
    printf "ratio time   %.3f  (target <= 0.1)\n", nt / st
    printf "ratio memory %.3f  (target <= 0.25)\n", nm / sm
}'
