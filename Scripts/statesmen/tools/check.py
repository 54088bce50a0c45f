#!/usr/bin/env python3
"""Checks persons-statesmen.xml against the existing authority files.

1. ids: unique in the file, and not used by any xml:id in /work/main/Sources/TeigramDefaults/Authority/*.xml
2. same-person check: any full name (standard/variant/pseudonym/historical) of a new entry that,
   folded as the tagger folds names (tokens, lower case, diacritics removed), equals a full name
   of an existing person entry -> listed (must be empty, or be a known homonym)
3. surname collisions with existing entries (informational)
4. names that collide with curated place/org names (informational)
Exit code 1 on id problems or unexplained same-name hits.
"""
import glob
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

T = "{http://www.tei-c.org/ns/1.0}"
XID = "{http://www.w3.org/XML/1998/namespace}id"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../Sources/TeigramDefaults/Authority")

# homonyms that are knowingly different people: new id -> existing id
KNOWN_HOMONYMS = {("lee-bum-suk-1925", "lee-bum-suk")}


def fold_token(tok):
    out = []
    for ch in tok:
        d = unicodedata.normalize("NFD", ch)
        base = [c for c in d if c.isalpha() or c.isdigit()]
        out.append(base[0].lower() if base else "")
    s = "".join(out)
    if len(s) > 4 and s[-2:] in ("iy", "ii", "yy"):
        s = s[:-2] + "y"
    return s


def tokens(name):
    return tuple(fold_token(t) for t in re.findall(r"\w+", name) if fold_token(t))


def entries(path, tag):
    root = ET.parse(path).getroot()
    for el in root.iter(T + tag):
        yield el


def main():
    new_path = os.path.join(ROOT, "persons-statesmen.xml")
    problems = []
    existing_ids = {}
    for path in sorted(glob.glob(os.path.join(AUTH, "*.xml"))):
        for el in ET.parse(path).getroot().iter():
            i = el.get(XID)
            if i:
                existing_ids[i] = os.path.basename(path)
    new_ids = {}
    for el in entries(new_path, "person"):
        i = el.get(XID)
        if i in new_ids:
            problems.append("duplicate id in new file: %s" % i)
        new_ids[i] = el
        if i in existing_ids:
            problems.append("id %s collides with %s" % (i, existing_ids[i]))
    print("ids: %d new, %d existing, %d problems" % (len(new_ids), len(existing_ids), len(problems)))

    old_full = {}
    old_sur = {}
    for el in entries(os.path.join(AUTH, "persons.xml"), "person"):
        for n in el.findall(T + "persName"):
            t = n.get("type", "variant")
            key = tokens(n.text or "")
            if t == "surname" or len(key) == 1:
                old_sur.setdefault(key, set()).add(el.get(XID))
            if t != "surname":
                old_full.setdefault(key, set()).add(el.get(XID))
    same = []
    surname_hits = []
    for i, el in new_ids.items():
        for n in el.findall(T + "persName"):
            t = n.get("type", "variant")
            key = tokens(n.text or "")
            if t != "surname" and len(key) > 1 and key in old_full:
                for old in old_full[key]:
                    if (i, old) not in KNOWN_HOMONYMS:
                        same.append("%s %r = existing %s" % (i, n.text, old))
            if (t == "surname" or len(key) == 1) and key in old_sur:
                surname_hits.append("%s %r ~ existing %s" % (i, n.text, ",".join(sorted(old_sur[key]))))
    print("\nfull-name matches with persons.xml (possible same person): %d" % len(same))
    for s in same:
        print("  " + s)
    print("\nsurname / one-word name shared with persons.xml entries: %d" % len(surname_hits))
    for s in surname_hits:
        print("  " + s)

    places = {}
    for fn, tag, nametag in (("places.xml", "place", "placeName"), ("orgs.xml", "org", "orgName")):
        for el in entries(os.path.join(AUTH, fn), tag):
            for n in el.findall(T + nametag):
                places.setdefault(tokens(n.text or ""), set()).add(el.get(XID))
    hits = []
    for i, el in new_ids.items():
        for n in el.findall(T + "persName"):
            key = tokens(n.text or "")
            if key in places:
                hits.append("%s %r ~ %s" % (i, n.text, ",".join(sorted(places[key]))))
    print("\nnames equal to curated place/org names: %d" % len(hits))
    for h in hits:
        print("  " + h)
    if problems or same:
        for p in problems:
            print("PROBLEM: " + p)
        sys.exit(1)


if __name__ == "__main__":
    main()
