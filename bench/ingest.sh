#!/usr/bin/env bash
# Ingest benchmark: stores the PolNeAR train and dev articles in a fresh corpus
# database on 1 and 2 threads and prints, for each run, the articles/minute,
# tokens/s and peak memory that `dossier ingest` reports.
#
#   bench/ingest.sh [POLNEAR_DATA_DIR] [THREADS...]
#
# Defaults: ../shared/data/polnear/data, threads 1 and 2. Needs a release build
# (cargo build --release). Run from anywhere.
#
# With a PostgreSQL server URL in BENCH_POSTGRES (or DOSSIER_TEST_POSTGRES, so
# `.ci/postgres.sh bench/ingest.sh` works), it also ingests into a fresh
# database there on each thread count, and with two processes of one thread
# sharing the work (their combined rate, by wall clock). Needs psql.
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

pg="${BENCH_POSTGRES:-${DOSSIER_TEST_POSTGRES:-}}"
[ -n "$pg" ] || exit 0
fresh() {
    psql -q "$pg" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS dossier_bench WITH (FORCE)" -c "CREATE DATABASE dossier_bench"
    echo "${pg%/*}/dossier_bench"
}
for t in "${threads[@]}"; do
    db="$(fresh)"
    summary=$("$bin" ingest "$data/train/text" "$data/dev/text" --db "$db" \
        --threads "$t" --progress none 2>&1 | tail -1)
    echo "postgres, threads $t: ${summary##*; }"
done
db="$(fresh)"
start=$(date +%s.%N)
for _ in 1 2; do
    "$bin" ingest "$data/train/text" "$data/dev/text" --db "$db" --threads 1 --progress none \
        >"$work/p$_.log" 2>&1 &
done
wait
end=$(date +%s.%N)
stored=$(psql -tA "$db" -c "SELECT count(*) FROM documents")
awk -v n="$stored" -v s="$start" -v e="$end" 'BEGIN {
    printf "postgres, 2 processes x 1 thread: %d documents in %.1f s, %.0f articles/minute\n",
        n, e - s, n * 60 / (e - s) }'
grep -ho "[0-9]* inputs claimed by [^,]*" "$work"/p*.log
psql -q "$pg" -c "DROP DATABASE dossier_bench WITH (FORCE)"
