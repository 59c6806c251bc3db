#!/bin/sh
# Counts entries in PETRARCH2 actor/agent dictionaries.
# primary = line starting with a letter/digit/quote (not '+', '#', '<', '[', whitespace, '!');
# synonym = line starting with '+'. Comments stripped first.
cd "$(dirname "$0")/../../../shared/data/petrarch2/dictionaries"
for f in Phoenix.Countries.actors.txt Phoenix.International.actors.txt Phoenix.MilNonState.actors.txt PETR.Validate.actors.txt Phoenix.agents.txt PETR.Validate.agents.txt Phoenix.discards.txt PETR.Validate.discards.txt; do
  p=$(sed 's/#.*//' $f | grep -c "^[A-Za-z0-9'\"(]")
  s=$(sed 's/#.*//' $f | grep -c '^+')
  c=$(sed 's/#.*//' $f | grep -o '\[[^]]*\]' | tr -d '[]~' | awk '{print $1}' | sort -u | wc -l)
  echo "$f primary=$p synonyms=$s distinct_codes=$c"
done
