#!/bin/sh
# What PETRARCH2's dictionaries have that Dossier lacks, and how much of the
# miss rate on the PETRARCH2 records that explains (README, "Events and
# PETRARCH2"). Needs ../shared beside the repository and a release build;
# writes its working files to target/petrarch. Run from anywhere.
set -e
cd "$(dirname "$0")/../.."
mkdir -p target/petrarch
sh bench/petrarch/dict_counts.sh          # actor, agent and discard entries and codes
python3 bench/petrarch/cameo_coverage.py  # CAMEO.2.0 verb blocks, lemmas, patterns; coverage by events/lexicon.rs
python3 bench/petrarch/validate_vs_cameo.py  # the test-only PETR.Validate.verbs codes against CAMEO.2.0
python3 bench/petrarch/misses.py          # reads the records as `dossier eval events` does; lists the misses
python3 bench/petrarch/classify.py        # misses by kind; fictional gold actor codes
python3 bench/petrarch/crosscheck.py      # CAMEO.2.0 verb forms we lack; our type against the CAMEO.2.0 code
python3 bench/petrarch/defictionalise.py | tail -1  # fictional names replaced by real countries, re-run
for f in countries organisations roles; do
    echo "crates/dossier/data/kb/$f.tsv $(grep -vc '^#' crates/dossier/data/kb/$f.tsv)"
done
