#!/usr/bin/env bash
# Ingest benchmark: stores the PolNeAR train and dev articles in a fresh corpus
# database on 1 and 2 threads and prints, for each run, the articles/minute,
# tokens/s and peak memory that `dossier ingest` reports.
#
#   bench/ingest.sh [POLNEAR_DATA_DIR] [THREADS...]
#
# Defaults: ../shared/data/polnear/data, threads 1 and 2. Needs a release build
# (cargo build --release). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-../shared/data/polnear/data}"
shift || true
threads=("$@")
[ ${#threads[@]} -eq 0 ] && threads=(1 2)
bin=target/release/dossier
[ -x "$bin" ] || { echo "bench: build first: cargo build --release" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
articles=$(ls "$data"/train/text/*.txt "$data"/dev/text/*.txt | wc -l)
echo "PolNeAR train+dev: $articles articles; $(nproc) cores"
for t in "${threads[@]}"; do
    rm -f "$work"/bench.db*
    summary=$("$bin" ingest "$data/train/text" "$data/dev/text" --db "$work/bench.db" \
        --threads "$t" --progress none 2>&1 | tail -1)
    echo "threads $t: ${summary#*; }"
done
