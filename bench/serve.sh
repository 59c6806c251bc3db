#!/usr/bin/env bash
# HTTP benchmark: starts the release `dossier serve` on a free loopback port
# and drives POST /api/extract with bench/article.txt (a fictional ~600-word
# news story) from a second process, `dossier bench-serve`, bounded in count
# and time. Prints requests/s, p50/p99 latency and errors.
#
#   bench/serve.sh [REQUESTS] [CONNECTIONS] [SECONDS]
#
# Defaults: 3000 requests, 4 connections, at most 60 s. BODY=FOLDER sends the
# files of FOLDER in turn instead of the one article (a stream of different
# articles, so that no per-word memo sees only one text), for example
# BODY=../shared/data/polnear/data/dev/text (a relative BODY is read from the
# repository root). Needs a release build
# (cargo build --release). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${1:-3000}"
connections="${2:-4}"
seconds="${3:-60}"
bin=target/release/dossier
[ -x "$bin" ] || { echo "bench: build first: cargo build --release" >&2; exit 2; }

work="$(mktemp -d)"
"$bin" serve --db "$work/bench.db" --bind 127.0.0.1:0 2>"$work/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
addr=""
for _ in $(seq 100); do
    addr=$(sed -n 's|.*http://\([^/]*\)/.*|\1|p' "$work/serve.log")
    [ -n "$addr" ] && break
    sleep 0.1
done
[ -n "$addr" ] || { echo "bench: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "dossier serve on $addr; $(nproc) cores; $( [ -d "${BODY:-}" ] && echo "the files of $BODY in turn" || echo "$(wc -w < "${BODY:-bench/article.txt}") words per request")"
# Warm-up, then the measured run.
body="${BODY:-bench/article.txt}"
"$bin" bench-serve --addr "$addr" --body "$body" --requests 50 --connections "$connections" >/dev/null
"$bin" bench-serve --addr "$addr" --body "$body" --requests "$requests" --connections "$connections" --seconds "$seconds"
