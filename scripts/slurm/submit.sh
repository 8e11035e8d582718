#!/usr/bin/env bash
# Submits a Rapport batch to Slurm: an array of N shards, at most P running at once, and a
# merge job that starts when every shard succeeded (docs/cluster.md).
#
#   scripts/slurm/submit.sh --shards N [--throttle P] --out DIR [--rapport BIN] [--logs DIR] INPUT [-- ANALYZE-OPTIONS...]
#
# Prints "array JOBID" and "merge JOBID". Run it from the folder the paths are relative to
# (the jobs start there): the input path and lexicon paths are recorded as given, and every
# shard and the merge must see them alike.
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
    -*) echo "submit.sh: unknown option $1" >&2; exit 2 ;;
    *) input=$1; shift ;;
  esac
done
[ -n "$shards" ] && [ -n "$out" ] && [ -n "${input:-}" ] || {
  echo "usage: submit.sh --shards N [--throttle P] --out DIR [--rapport BIN] [--logs DIR] INPUT [-- ANALYZE-OPTIONS...]" >&2
  exit 2
}
logs=${logs:-$out/.slurm-logs}
mkdir -p "$out" "$logs"
export RAPPORT_BIN=$rapport RAPPORT_INPUT=$input RAPPORT_OUT=$out RAPPORT_ARGS="$*"
array=$(sbatch --parsable --chdir="$PWD" --array="1-${shards}%${throttle}" --export=ALL \
  --output="$logs/shard-%A_%a.out" "$here/rapport-shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --chdir="$PWD" --dependency="afterok:${array}" --kill-on-invalid-dep=yes --export=ALL \
  --output="$logs/merge-%j.out" "$here/rapport-merge.sbatch")
echo "array ${array}"
echo "merge ${merge%%;*}"
