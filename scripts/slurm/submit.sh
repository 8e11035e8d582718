#!/usr/bin/env bash
# Submits a Rapport batch to Slurm: an array of N shards, at most P running at once, and a
# merge job that starts when every shard succeeded (docs/cluster.md).
#
#   scripts/slurm/submit.sh [--only-failed] --shards N [--throttle P] --out DIR [--rapport BIN] [--logs DIR] INPUT [-- ANALYZE-OPTIONS...]
#
# --only-failed submits only the shards that did not finish, and a new merge after them. A
# shard finished when its manifest, rapport-manifest.shard-K-of-N.json in DIR, says
# "complete" : true; this needs no Slurm accounting. The rerun tasks resume: sessions a failed
# shard finished are kept. Give the same other arguments as the first time.
#
# Prints "array JOBID" and "merge JOBID" (or "nothing to rerun"). Run it from the folder the
# paths are relative to (the jobs start there): the input path and lexicon paths are recorded
# as given, and every shard and the merge must see them alike.
set -euo pipefail

usage="usage: submit.sh [--only-failed] --shards N [--throttle P] --out DIR [--rapport BIN] [--logs DIR] INPUT [-- ANALYZE-OPTIONS...]"
only_failed=""
shards=""
throttle=4
out=""
logs=""
rapport=${RAPPORT_BIN:-rapport}
here=$(cd "$(dirname "$0")" && pwd)
while [ $# -gt 0 ]; do
  case "$1" in
    --only-failed) only_failed=1; shift ;;
    --shards) shards=$2; shift 2 ;;
    --throttle) throttle=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --logs) logs=$2; shift 2 ;;
    --rapport) rapport=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "submit.sh: unknown option $1; $usage" >&2; exit 2 ;;
    *) input=$1; shift ;;
  esac
done
[ -n "$shards" ] && [ -n "$out" ] && [ -n "${input:-}" ] || { echo "$usage" >&2; exit 2; }
logs=${logs:-$out/.slurm-logs}
mkdir -p "$out" "$logs"
export RAPPORT_BIN=$rapport RAPPORT_INPUT=$input RAPPORT_OUT=$out RAPPORT_ARGS="$*"

tasks="1-${shards}"
if [ -n "$only_failed" ]; then
  failed=()
  for k in $(seq 1 "$shards"); do
    manifest="$out/rapport-manifest.shard-$k-of-$shards.json"
    grep -Eq '"complete" *: *true' "$manifest" 2>/dev/null || failed+=("$k")
  done
  if [ "${#failed[@]}" -eq 0 ]; then
    echo "nothing to rerun"
    exit 0
  fi
  tasks=$(IFS=,; echo "${failed[*]}")
  # An array of some task ids no longer tells N: each task passes --shard ID/N.
  export SHARDS=$shards
  echo "rerunning shard(s) ${tasks} of ${shards}"
fi
array=$(sbatch --parsable --chdir="$PWD" --array="${tasks}%${throttle}" --export=ALL \
  --output="$logs/shard-%A_%a.out" "$here/rapport-shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --chdir="$PWD" --dependency="afterok:${array}" --kill-on-invalid-dep=yes --export=ALL \
  --output="$logs/merge-%j.out" "$here/rapport-merge.sbatch")
echo "array ${array}"
echo "merge ${merge%%;*}"
