#!/usr/bin/env bash
# Speed and memory benchmark for `rapport analyze`, on synthetic sessions from
# `rapport corpus generate`. Figures are printed as ratios against baselines measured in the
# same run, because absolute times on a shared machine are noise:
#   - speed: full analysis (all shipped lexicons) against a tokenize-only run (one tiny
#     lexicon), so the ratio is the cost of matching and summarizing over reading and
#     tokenizing the same files;
#   - memory: peak resident memory for SMALL sessions against LARGE sessions, which should
#     stay near 1.0 (memory must not grow with the number of files).
# Usage: scripts/benchmark.sh [SMALL] [LARGE]   (defaults 40 and 160 sessions)
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-40}
large=${2:-160}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release >/dev/null
bin=.build/release/rapport
"$bin" corpus generate --sessions "$large" --seed 7 --out "$work/large" >/dev/null 2>&1
mkdir -p "$work/small"
ls "$work/large" | sort | head -n "$small" | while read -r f; do cp "$work/large/$f" "$work/small/"; done
words=$(cat "$work"/large/* | wc -w)

cat > "$work/tiny.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<lexicon xmlns="urn:rapport:lexicon:1" name="tiny" version="1" language="en">
  <category id="none" label="Nothing"><entry term="zzzzqqq"/></category>
</lexicon>
XML

# run LABEL ARGS... : best of three wall-clock seconds and the peak RSS (KiB) of that run.
run() {
  local label=$1; shift
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" analyze "$@" --out "$work/out-$label" 2>/dev/null >/dev/null || true
    read -r seconds kib < "$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; rss=$kib; fi
  done
  echo "$best $rss"
}

read -r t_base _ < <(run base "$work/large" --lexicon "$work/tiny.xml")
read -r t_full rss_large < <(run full "$work/large")
read -r _ rss_small < <(run small "$work/small")

echo "sessions: $large synthetic ($words words)"
echo "time, tokenize-only baseline: ${t_base}s; full analysis: ${t_full}s"
awk "BEGIN{printf \"speed ratio (full / tokenize-only): %.2f\n\", $t_full / ($t_base > 0 ? $t_base : 0.01)}"
awk "BEGIN{printf \"throughput (full): %.0f words/s\n\", $words / ($t_full > 0 ? $t_full : 0.01)}"
echo "peak memory: $small sessions ${rss_small} KiB; $large sessions ${rss_large} KiB"
awk "BEGIN{printf \"memory ratio (%d / %d sessions): %.2f\n\", $large, $small, $rss_large / $rss_small}"
