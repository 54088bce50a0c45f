#!/usr/bin/env python3
"""Build persons-statesmen.xml from the data/*.txt files.

Data format (one block per person, blank lines ignored, '#' comments):
  ## State               sets the state (for counting only) until the next '##'
  = id | Standard Name | birth | death      (birth/death empty when not sure)
  v variant; variant; ...                   type="variant"
  s surname; surname                        type="surname"
  c Cyrillic full name                      variant; its last word (and the е form
                                            of a ё surname) become type="surname"
  o occupation text
Automatic additions (deduplicated, order kept):
  - an ASCII-folded variant of every Latin standard/variant name with diacritics
    (as persons.xml has "Wladyslaw Gomulka" beside "Władysław Gomułka");
  - an ASCII-folded surname when the surname has letters the tagger cannot
    fold by Unicode decomposition (ł, đ, ı, ø, æ, ß, œ, ð, þ);
  - for a Cyrillic name with ё, the е spelling of the full name and surname.
"""
import glob
import os
import re
import sys
import unicodedata
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SPECIAL = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O",
           "æ": "ae", "Æ": "Ae", "ß": "ss", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"}
NONDECOMPOSABLE = set(SPECIAL)


def ascii_fold(text):
    out = []
    for ch in text:
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c))
        out.append(base)
    return "".join(out)


def is_cyrillic(text):
    return any("\u0400" <= c <= "\u04ff" for c in text)


def is_latin_nonascii(text):
    return any(ord(c) > 127 for c in text) and not is_cyrillic(text)


def parse(path):
    people = []
    state = None
    cur = None
    for lineno, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n").strip()
        if not line or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("##"):
            state = line[2:].strip()
            continue
        tag, _, rest = line.partition(" ")
        rest = rest.strip()
        if tag == "=":
            parts = [p.strip() for p in rest.split("|")]
            while len(parts) < 4:
                parts.append("")
            cur = {"id": parts[0], "std": parts[1], "birth": parts[2], "death": parts[3],
                   "v": [], "s": [], "c": [], "o": None, "state": state,
                   "src": "%s:%d" % (os.path.basename(path), lineno)}
            people.append(cur)
        elif tag in ("v", "s", "c"):
            cur[tag].extend(x.strip() for x in rest.split(";") if x.strip())
        elif tag == "o":
            if cur["o"] is not None:
                sys.exit("%s:%d: second occupation" % (path, lineno))
            cur["o"] = rest
        else:
            sys.exit("%s:%d: unknown line %r" % (path, lineno, line))
    return people


def names_of(p):
    """[(type, text)] in output order."""
    out = []
    seen = set()

    def add(t, text):
        key = (t if t == "surname" else "name", text)
        if text and key not in seen:
            seen.add(key)
            out.append((t, text))

    add("standard", p["std"])
    latin_full = [p["std"]] + p["v"]
    for v in p["v"]:
        add("variant", v)
    for n in latin_full:
        if is_latin_nonascii(n):
            add("variant", ascii_fold(n))
    for c in p["c"]:
        add("variant", c)
        if "ё" in c:
            add("variant", c.replace("ё", "е"))
    # the standard name must not reappear as a variant
    out = [x for i, x in enumerate(out) if not (i > 0 and x[0] == "variant" and x[1] == p["std"])]
    surnames = []
    for s in p["s"]:
        surnames.append(s)
        if any(ch in NONDECOMPOSABLE for ch in s):
            surnames.append(ascii_fold(s))
    for c in p["c"]:
        last = c.split()[-1]
        surnames.append(last)
        if "ё" in last:
            surnames.append(last.replace("ё", "е"))
    for s in surnames:
        add("surname", s)
    return out


def render(p):
    lines = ['      <person xml:id="%s">' % p["id"]]
    for t, text in names_of(p):
        lines.append('        <persName type="%s">%s</persName>' % (t, escape(text)))
    if p["birth"]:
        lines.append('        <birth when="%s"/>' % p["birth"])
    if p["death"]:
        lines.append('        <death when="%s"/>' % p["death"])
    if p["o"]:
        lines.append("        <occupation>%s</occupation>" % escape(p["o"]))
    lines.append("      </person>")
    return "\n".join(lines)


HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Teigram authority file: persons (heads of state and government, party leaders, foreign ministers)</title>
      </titleStmt>
      <publicationStmt>
        <p>Teigram authority file (curated). Part of the Teigram project.</p>
      </publicationStmt>
      <sourceDesc>
        <p>Curated by the Teigram project from standard reference knowledge of the period 1930–1991, chosen by office and not from particular documents: heads of state, heads of government, leaders of the ruling party and foreign ministers of the states most present in diplomatic cables; Secretaries-General of the United Nations; for the USA and the USSR also defence ministers, US national security advisers, US ambassadors in Moscow and Soviet ambassadors in Washington. Persons already in persons.xml are not repeated here. Birth and death years only where certain; no Wikidata identifiers.</p>
      </sourceDesc>
    </fileDesc>
  </teiHeader>
  <standOff>
    <listPerson>
"""
FOOTER = """    </listPerson>
  </standOff>
  <text>
    <body>
      <p>See standOff.</p>
    </body>
  </text>
</TEI>
"""


def load_all():
    people = []
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "*.txt"))):
        people.extend(parse(path))
    return people


def main():
    people = load_all()
    errors = []
    ids = set()
    for p in people:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p["id"]):
            errors.append("%s: bad id %s" % (p["src"], p["id"]))
        if p["id"] in ids:
            errors.append("%s: duplicate id %s" % (p["src"], p["id"]))
        ids.add(p["id"])
        for f in ("birth", "death"):
            if p[f] and not re.fullmatch(r"\d{4}", p[f]):
                errors.append("%s: bad %s %s" % (p["src"], f, p[f]))
        if p["birth"] and p["death"] and int(p["death"]) < int(p["birth"]):
            errors.append("%s: death before birth" % p["src"])
        if not p["o"]:
            errors.append("%s: no occupation" % p["src"])
    if errors:
        sys.exit("\n".join(errors))
    with open(os.path.join(ROOT, "persons-statesmen.xml"), "w", encoding="utf-8") as f:
        f.write(HEADER)
        for p in people:
            f.write(render(p) + "\n")
        f.write(FOOTER)
    print("%d persons written" % len(people))


if __name__ == "__main__":
    main()
