#!/usr/bin/env bash
# Performance measurements for issue 5, printed as a Markdown table.
#
#   scripts/bench.sh                  # build, criterion benches, end-to-end timings
#   scripts/bench.sh --quick          # end-to-end timings only (no criterion)
#   scripts/bench.sh --before BINARY  # also time another build (e.g. an older one) end to end
#
# Inputs are the public-domain story in tests/data/ repeated to size (1, 4, 10,
# 16 MB), never random words. End to end: `whosaid --json` on each, timed with
# /usr/bin/time -v (median wall time of 3 runs, peak RSS), and the reader's
# time to first frame in a pseudo-terminal (scripts/first_frame.py: no switch
# in the binary is involved). Criterion figures are medians from
# target/criterion/*/new/estimates.json.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
before=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --before) before="$2"; shift ;;
        *) echo "bench.sh: unknown option $1 (use --quick, --before BINARY)" >&2; exit 2 ;;
    esac
    shift
done
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

cargo build --release --locked -q
bin=target/release/whosaid
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

novel=tests/data/doyle-scandal-in-bohemia.txt
for mb in 1 4 10 16; do
    f="$work/novel-${mb}MB.txt"
    : > "$f"
    while [ "$(stat -c %s "$f")" -lt $((mb * 1048576)) ]; do
        cat "$novel" >> "$f"
        printf '\n\n' >> "$f"
    done
done

touch "$work/start"
if [ "$quick" = 0 ]; then
    cargo bench --locked -q --bench extract --bench render > "$work/criterion.log" 2>&1 \
        || { cat "$work/criterion.log" >&2; exit 1; }
fi

# Median wall seconds, median CPU seconds (user + system) and peak RSS (KiB)
# of `$@` over three runs. CPU time is the fairer figure on a shared machine:
# wall time also counts the time other processes held the cores.
time_json() {
    local out="$work/time.txt" walls=() cpus=() rss=0
    for _ in 1 2 3; do
        /usr/bin/time -v "$@" > /dev/null 2> "$out"
        walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$out")")
        cpus+=("$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$out")")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")
    done
    printf '%s %s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)" \
        "$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n 2p)" "$rss"
}

# One table row per end-to-end measurement of binary $1, labelled $2.
end_to_end() {
    local b="$1" label="$2"
    read -r _ _ base < <(time_json "$b" --json assets/seed-de.txt)
    printf '| %s | `--json` sample (%s KB): the fixed cost | | | peak RSS %.1f MB |\n' \
        "$label" "$(( $(stat -c %s assets/seed-de.txt) / 1024 ))" "$(awk -v r="$base" 'BEGIN {print r / 1024}')"
    for mb in 1 4 10 16; do
        f="$work/novel-${mb}MB.txt"
        read -r wall cpu rss < <(time_json "$b" --json "$f")
        size=$(stat -c %s "$f")
        awk -v l="$label" -v mb="$mb" -v w="$wall" -v c="$cpu" -v r="$rss" -v s="$size" -v b="$base" 'BEGIN {
            printf "| %s | `--json` %d MB | %.0f ms wall, %.0f ms CPU | %.1f MB/s (CPU) | peak RSS %.1f MB = %.1fx input (%.1fx above the fixed cost) |\n",
                l, mb, w * 1000, c * 1000, s / 1048576 / c, r / 1024, r * 1024 / s, (r - b) * 1024 / s }'
    done
    read -r first _ rss < <(python3 scripts/first_frame.py --runs 5 -- "$b" assets/seed-de.txt 2>/dev/null)
    printf '| %s | first frame, sample | %s ms | | |\n' "$label" "$first"
    read -r first settled rss < <(python3 scripts/first_frame.py --runs 5 --settle " quotes · " \
        -- "$b" "$work/novel-10MB.txt" 2>/dev/null)
    size=$(stat -c %s "$work/novel-10MB.txt")
    awk -v l="$label" -v f="$first" -v q="$settled" -v r="$rss" -v s="$size" 'BEGIN {
        printf "| %s | first frame, 10 MB | %s ms | quotes shown after %s ms | reader peak RSS %.1f MB = %.1fx input |\n",
            l, f, q, r / 1024, r * 1024 / s }'
}

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | measurement | time | throughput / detail | memory |"
echo "|---|---|---|---|---|"
end_to_end "$bin" "this"
if [ -n "$before" ]; then
    end_to_end "$before" "before"
fi

if [ "$quick" = 0 ]; then
    echo
    echo "| criterion bench | median | throughput |"
    echo "|---|---|---|"
    python3 - "$work/start" <<'PY'
import json, pathlib, sys
root = pathlib.Path("target/criterion")
# Only what this run measured: older results may sit beside them.
start = pathlib.Path(sys.argv[1]).stat().st_mtime
rows = []
for est in sorted(root.glob("**/new/estimates.json")):
    bench = est.parent.parent.relative_to(root)
    name = str(bench)
    if est.stat().st_mtime < start:
        continue
    median = json.loads(est.read_text())["median"]["point_estimate"]  # ns
    info = json.loads((est.parent / "benchmark.json").read_text())
    thr = info.get("throughput") or {}
    per = ""
    if "Bytes" in thr:
        per = f"{thr['Bytes'] / (median / 1e9) / 2**20:.1f} MB/s"
    shown = f"{median / 1e6:.2f} ms" if median >= 1e6 else f"{median / 1e3:.1f} µs"
    rows.append(f"| {info.get('full_id', name)} | {shown} | {per} |")
print("\n".join(rows))
PY
fi
