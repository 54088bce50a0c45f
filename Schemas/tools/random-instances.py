#!/usr/bin/env python3
"""Generate random documents from Schemas/teigram.rng (for checking the subset property).

usage: random-instances.py OUTDIR [COUNT] [SEED]

Walks the grammar, taking random branches of choice/optional/zeroOrMore/oneOrMore
and filling attributes and data with sample values of the right datatype. Every
document written should be valid against teigram.rng (check with xmllint) and,
if teigram.rng is a strict subset of TEI, against tei_all.rng too (check with jing).
Python 3 standard library only.
"""
import os, random, sys, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

RNG = '{http://relaxng.org/ns/structure/1.0}'
HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, '..', 'teigram.rng')

root = ET.parse(SCHEMA).getroot()
DEFS = {d.get('name'): d for d in root.iter(RNG + 'define')}
START = root.find(RNG + 'start')

# sample values by (datatype, pattern); several per key so that branches vary
SAMPLES = {
    ('gYear', None): ['1950', '1949'],
    ('gYearMonth', None): ['1950-05', '1949-12'],
    ('date', None): ['1950-05-13', '1949-02-28'],
    ('dateTime', None): ['1950-05-13T23:30:00', '1955-01-08T14:00:00+08:30', '1950-05-14T03:40:00Z'],
    ('time', '[0-9]{2}:[0-9]{2}:[0-9]{2}'): ['23:30:00', '07:05:59'],
    # teigram.localPointer: its shape (#id) is an integrity rule of Teigram's, not a facet (see README)
    ('anyURI', None): ['#stalin', '#t1950.d-1', '#_x'],
    ('anyURI', '\\S+'): ['#classification', 'https://www.wikidata.org/wiki/Q855'],
    ('ID', None): None,  # generated, unique per document
    ('language', None): ['en', 'ru', 'zh-Hans', 'de-AT'],
    ('string', None): ['1', 'x/', 'a b'],
    ('NCName', None): ['telegram', 'wikidata', 'bold', 'a.b-c_d'],
    ('decimal', None): ['3', '-2.5', '11'],
    ('string', '-?[0-9]{1,3}(\\.[0-9]+)? -?[0-9]{1,3}(\\.[0-9]+)?'): ['39.9075 116.39723', '-33 151.2'],
}
WORDS = ['Strictly Secret', 'Peking', 'May 13', 'Filippov', 'com', 'x', ' ', '']


class Gen:
    def __init__(self, rnd):
        self.rnd = rnd
        self.ids = 0

    def value(self, data):
        t = data.get('type')
        pat = data.find(RNG + 'param')
        pat = pat.text if pat is not None else None
        if t == 'ID':
            self.ids += 1
            return 'id%d' % self.ids
        key = (t, pat) if (t, pat) in SAMPLES else (t, None)
        if key not in SAMPLES:
            raise KeyError('no sample for %r' % ((t, pat),))
        return self.rnd.choice(SAMPLES[key])

    def reps(self, depth, lo):
        if depth > 7:
            return lo
        return self.rnd.randint(lo, 2 if depth > 4 else 3)

    # returns (attrs: list[(name, value)], children: list[str])
    def pattern(self, e, depth):
        t = e.tag[len(RNG):]
        if t == 'ref':
            return self.seq(list(DEFS[e.get('name')]), depth)
        if t in ('group', 'define', 'start'):
            return self.seq(list(e), depth)
        if t == 'choice':
            kids = [c for c in e if c.tag.startswith(RNG)]
            return self.pattern(self.rnd.choice(kids), depth)
        if t in ('optional', 'zeroOrMore', 'oneOrMore'):
            lo = 1 if t == 'oneOrMore' else 0
            n = self.reps(depth, lo)
            if t == 'optional':
                n = min(n, 1)
            attrs, kids = [], []
            for _ in range(n):
                a, k = self.seq(list(e), depth)
                attrs += a
                kids += k
            return attrs, kids
        if t == 'attribute':
            _, kids = self.seq(list(e), depth)
            return [(e.get('name'), ''.join(kids))], []
        if t == 'element':
            return [], [self.element(e, depth + 1)]
        if t == 'text':
            return [], [escape(self.rnd.choice(WORDS))]
        if t == 'data':
            return [], [escape(self.value(e))]
        if t == 'value':
            return [], [escape(e.text or '')]
        if t == 'list':
            _, kids = self.seq(list(e), depth)
            return [], [' '.join(kids)]
        if t == 'empty':
            return [], []
        raise ValueError('unsupported pattern ' + t)

    def seq(self, items, depth):
        attrs, kids = [], []
        for c in items:
            if not c.tag.startswith(RNG):
                continue
            a, k = self.pattern(c, depth)
            attrs += a
            kids += k
        return attrs, kids

    def element(self, e, depth):
        name = e.get('name')
        attrs, kids = self.seq(list(e), depth)
        seen = {}
        for k, v in attrs:  # an attribute reached twice keeps its first value
            seen.setdefault(k, v)
        a = ''.join(' %s=%s' % (k, quoteattr(v)) for k, v in seen.items())
        if depth == 1:
            a = ' xmlns="http://www.tei-c.org/ns/1.0"' + a
        return '<%s%s>%s</%s>' % (name, a, ''.join(kids), name)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        g = Gen(random.Random(seed * 100003 + i))
        _, kids = g.pattern(START, 0)
        with open(os.path.join(out, 'random-%04d.xml' % i), 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + kids[0] + '\n')


if __name__ == '__main__':
    main()
