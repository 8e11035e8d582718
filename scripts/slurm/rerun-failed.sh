#!/usr/bin/env bash
# Reruns only the shards of a Rapport batch that did not finish, and a new merge after them
# (docs/cluster.md). A shard finished when its manifest, rapport-manifest.shard-K-of-N.json
# in the output folder, says "complete" : true; this needs no Slurm accounting.
#
#   scripts/slurm/rerun-failed.sh --shards N [--throttle P] --out DIR [--rapport BIN] [--logs DIR] INPUT [-- ANALYZE-OPTIONS...]
#
# Give the same options as to submit.sh. Prints "array JOBID" and "merge JOBID", or
# "nothing to rerun". The rerun tasks resume: sessions a failed shard finished are kept.
set -euo pipefail

shards=""
throttle=4
out=""
logs=""
rapport=${RAPPORT_BIN:-rapport}
here=$(cd "$(dirname "$0")" && pwd)
while [ $# -gt 0 ]; do
  case "$1" in
    --shards) shards=$2; shift 2 ;;
    --throttle) throttle=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --logs) logs=$2; shift 2 ;;
    --rapport) rapport=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "rerun-failed.sh: unknown option $1" >&2; exit 2 ;;
    *) input=$1; shift ;;
  esac
done
[ -n "$shards" ] && [ -n "$out" ] && [ -n "${input:-}" ] || {
  echo "usage: rerun-failed.sh --shards N [--throttle P] --out DIR [--rapport BIN] [--logs DIR] INPUT [-- ANALYZE-OPTIONS...]" >&2
  exit 2
}
failed=()
for k in $(seq 1 "$shards"); do
  manifest="$out/rapport-manifest.shard-$k-of-$shards.json"
  if ! grep -Eq '"complete" *: *true' "$manifest" 2>/dev/null; then failed+=("$k"); fi
done
if [ "${#failed[@]}" -eq 0 ]; then
  echo "nothing to rerun"
  exit 0
fi
list=$(IFS=,; echo "${failed[*]}")
logs=${logs:-$out/.slurm-logs}
mkdir -p "$out" "$logs"
# SHARDS=N: a rerun array of some task ids no longer tells N.
export RAPPORT_BIN=$rapport RAPPORT_INPUT=$input RAPPORT_OUT=$out RAPPORT_ARGS="$*" SHARDS=$shards
array=$(sbatch --parsable --chdir="$PWD" --array="${list}%${throttle}" --export=ALL \
  --output="$logs/shard-%A_%a.out" "$here/rapport-shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --chdir="$PWD" --dependency="afterok:${array}" --kill-on-invalid-dep=yes --export=ALL \
  --output="$logs/merge-%j.out" "$here/rapport-merge.sbatch")
echo "rerunning shard(s) ${list} of ${shards}"
echo "array ${array}"
echo "merge ${merge%%;*}"
