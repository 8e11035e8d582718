#!/usr/bin/env bash
# Rapport's validity report on public data sets you have copies of (docs/validity.md).
#   scripts/validity.sh --help
set -euo pipefail
exec python3 "$(dirname "$0")/validity.py" "$@"
