#!/usr/bin/env python3
"""Check Tests/Fixtures/entity-gold/*.tsv against the corpus and the authority files.

For every Corpus/<base>.txt there must be a <base>.tsv with the header `type\tsurface\tref`; each row's
surface must occur in the raw text after the previous row's surface (document order), its type must be
person/place/org, and its ref must be an xml:id of that kind in Corpus/authority/{persons,places,orgs}.xml.
Run from anywhere: python3 Scripts/check-entity-gold.py   (exit status 1 on any problem)
"""
import glob, os, sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEI = '{http://www.tei-c.org/ns/1.0}'
XID = '{http://www.w3.org/XML/1998/namespace}id'
kinds = {}
for fn, el, kind in (('persons.xml', 'person', 'person'), ('places.xml', 'place', 'place'), ('orgs.xml', 'org', 'org')):
    for e in ET.parse(os.path.join(ROOT, 'Corpus', 'authority', fn)).getroot().iter(TEI + el):
        kinds[e.get(XID)] = kind
errors = 0
for txt in sorted(glob.glob(os.path.join(ROOT, 'Corpus', '*.txt'))):
    base = os.path.basename(txt)[:-4]
    tsv = os.path.join(ROOT, 'Tests', 'Fixtures', 'entity-gold', base + '.tsv')
    if not os.path.exists(tsv):
        print(f'{base}: missing gold file'); errors += 1; continue
    text = open(txt, encoding='utf-8').read()
    rows = open(tsv, encoding='utf-8').read().split('\n')
    if rows[0] != 'type\tsurface\tref':
        print(f'{base}: bad header'); errors += 1
    pos = 0
    for i, row in enumerate(rows[1:], 2):
        if not row:
            continue
        typ, surf, ref = row.split('\t')
        j = text.find(surf, pos)
        if j < 0:
            print(f'{base}:{i}: surface {surf!r} not found after offset {pos}'); errors += 1; continue
        pos = j + 1
        if kinds.get(ref) != typ:
            print(f'{base}:{i}: ref {ref!r} is not a {typ} in the authority'); errors += 1
print('ok' if not errors else f'{errors} problem(s)')
sys.exit(1 if errors else 0)
