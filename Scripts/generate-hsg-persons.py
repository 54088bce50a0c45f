#!/usr/bin/env python3
"""Generate Sources/TeigramDefaults/Authority/persons-hsg.tsv: a reference list of persons of 20th-century
diplomacy from the Office of the Historian's `people` database.

What it reads
  A checkout of https://github.com/HistoryAtState/people (the `data/` folder: one XML record a person, drawn
  from the "List of Persons" of the Foreign Relations of the United States volumes, from "Principal Officers
  and Chiefs of Mission of the U.S. Department of State" and from "Visits to the United States by Foreign
  Leaders"). A work of the United States Government: public domain (17 U.S.C. 105).
  The curated authority files beside the output (persons.xml, persons-statesmen.xml), so that a person an
  editor already curated is not entered twice.

What it writes
  A person list (the tab-separated form Teigram reads as `PersonListRow`s, each standing for one TEI
  `person` element; the form is compact because the executable reads it at every start), one row per record
  with xml:id `hsg-<record id>`:
  - `persName type="standard"`: the preferred name in natural order ("Cabot Lodge, Henry" becomes
    "Henry Cabot Lodge"), with ranks and titles ("Admiral", "Sir", "President") left out;
  - `persName type="variant"`: the names as the sources write them, likewise, and the given name's first
    word with the surname ("Julius C. Holmes" also gives "Julius Holmes");
  - `persName type="surname"`: the surname of a name written "Surname, Given", and every one-word name
    of the sources ("Nhu" for Ngo Dinh Nhu);
  - `birth`/`death` with the year where the record has it;
  - `floruit from to`: the years the sources speak of the person (the span of each FRUS volume that lists
    them, the years of their visits); the tagger links a surname alone only inside it;
  - `occupation`: the description of the latest source;
  - `idno type="URI"`: VIAF where the record has it, and the first page of history.state.gov that lists
    the person.
  Records with no source dated 1917-1991 (or, without dates, no birth year 1850-1965) are left out, as are
  records with no usable name.

Why
  The tagger knows a person only from the authority. This list gives it some sixteen thousand officials,
  diplomats and foreign leaders of the period below the rank the curated files cover. Its entries count
  as generated (like the gazetteer's places): a curated entry always wins, and a surname alone links to one
  of them only with the document's year inside the entry's floruit (docs/TAGGING.md).

How to run (from the repository root; Python 3 standard library only)
  git clone https://github.com/HistoryAtState/people /tmp/hsg-people
  python3 Scripts/generate-hsg-persons.py /tmp/hsg-people [commit]
"""
import glob
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

AUTHORITY = os.path.join("Sources", "TeigramDefaults", "Authority")
OUTPUT = os.path.join(AUTHORITY, "persons-hsg.tsv")
CURATED = ["persons.xml", "persons-statesmen.xml"]
TEI = "{http://www.tei-c.org/ns/1.0}"

# Words of rank, office and address that stand before a name in the sources and are no part of it.
TITLES = {
    "acting", "adm", "adm.", "admiral", "air", "ambassador", "amb.", "archbishop", "bishop", "brig.", "brigadier",
    "capt.", "captain", "cardinal", "chairman", "chancellor", "chief", "col.", "colonel", "commander", "count",
    "crown", "dame", "deputy", "dr", "dr.", "duke", "emperor", "emir", "father", "field", "first", "foreign",
    "gen.", "general", "governor", "grand", "his", "her", "honorable", "imam", "judge", "justice", "king", "lady",
    "lieutenant", "lord", "lt.", "maj.", "major", "marshal", "minister", "mr.", "mrs.", "ms.", "monsignor", "premier",
    "president", "prime", "prince", "princess", "queen", "rabbi", "rear", "rev.", "reverend", "secretary",
    "secretary-general", "senator", "sheikh", "sir", "state", "sultan", "vice", "vice-president", "of", "the",
    "majesty", "highness", "excellency", "defense", "council", "mayor", "party", "leader", "gen", "col", "lt",
    "ambassador-designate", "designate", "madame", "mme", "mme.", "mister", "señor", "senor", "sra.", "herr",
    "frau", "comrade", "messrs.", "professor", "prof.", "chargé", "charge", "d’affaires", "d'affaires", "affaires",
}
SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "usn", "usa", "usaf", "usmc", "ret.", "(ret.)"}


def fold(text: str) -> str:
    """Lower case without diacritics: the key two names are the same person's under."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", ". ").split())


PARTICLES = {"de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du",
             "y", "e", "bin", "ibn", "al", "el", "ben", "zu", "ter", "op"}


def clean_words(text: str, is_surname: bool = False) -> list:
    """The words of a name, titles before it (not before a surname) and suffixes after it removed."""
    words = text.replace("’", "'").split()
    while not is_surname and words and (words[0].lower() in TITLES or words[0][:1].islower()):
        words = words[1:]
    while words and words[-1].lower().strip(",") in SUFFIXES:
        words = words[:-1]
    return [w.strip(",") for w in words if w.strip(",")]


def natural_order(name: str):
    """(full name in natural order, surname or None) of a source's name; None when nothing usable is left."""
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r"\[[^\]]*\]", "", name)
    if not name or any(ch.isdigit() for ch in name) or name.lower().startswith("see "):
        return None
    if "," in name:
        surname, _, given = name.partition(",")
        surname_words = clean_words(surname, is_surname=True)
        given_words = clean_words(given.replace(",", " "))
        if not surname_words:
            return None
        words = given_words + surname_words
        surname_text = " ".join(surname_words)
    else:
        words = clean_words(name)
        surname_text = None
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words) or words[-1] in PARTICLES:
        return None
    return " ".join(words), surname_text


def years_of(url: str):
    match = re.search(r"historicaldocuments/frus(\d{4})(?:-(\d{2,4}))?", url)
    if not match:
        return None
    start = int(match.group(1))
    end = match.group(2)
    if end is None:
        return start, start
    end = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return start, end if end >= start else start


def curated_names() -> set:
    names = set()
    for file in CURATED:
        path = os.path.join(AUTHORITY, file)
        if not os.path.exists(path):
            continue
        for pers in ET.parse(path).getroot().iter(TEI + "persName"):
            if pers.get("type") != "surname" and pers.text and len(pers.text.split()) > 1:
                names.add(fold(pers.text))
    return names


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: generate-hsg-persons.py PEOPLE_CHECKOUT [COMMIT]", file=sys.stderr)
        return 2
    source = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "unknown"
    files = sorted(glob.glob(os.path.join(source, "data", "**", "*.xml"), recursive=True))
    if not files:
        print(f"{source}:0:0: error: no data/**/*.xml; give a checkout of HistoryAtState/people", file=sys.stderr)
        return 1
    curated = curated_names()
    persons = []
    skipped_curated = 0
    for path in files:
        record = ET.parse(path).getroot()
        record_id = (record.findtext("id") or "").strip()
        preferred = natural_order(record.findtext("names/preferred/name") or "")
        if not record_id.isdigit() or preferred is None:
            continue
        urls = [u.text.strip() for u in record.iter("source-url") if u.text]
        spans = [y for y in map(years_of, urls) if y]
        for remark in record.iter("p"):
            for a, b in re.findall(r"\b(1[89]\d\d|20\d\d)(?:[–-](1[89]\d\d|20\d\d))?", remark.text or ""):
                if "Visited" in (remark.text or ""):
                    spans.append((int(a), int(b or a)))
        birth = (record.findtext("birth-year") or "").strip()
        death = (record.findtext("death-year") or "").strip()
        if spans:
            if not any(a <= 1991 and b >= 1917 for a, b in spans):
                continue
        elif not (birth.isdigit() and 1850 <= int(birth) <= 1965):
            continue
        names = [preferred]
        for original in record.findall("names/originals/original"):
            converted = natural_order(original.findtext("name") or "")
            if converted:
                names.append(converted)
        full_names, surnames = [], []
        for full, surname in names:
            words = full.split()
            if len(words) == 1:
                surnames.append(full)
                continue
            full_names.append(full)
            if surname:
                surnames.append(surname)
                given = words[: len(words) - len(surname.split())]
                if len(given) > 1 and len(given[0].rstrip(".")) > 1:
                    full_names.append(given[0] + " " + surname)
        if any(fold(n) in curated for n in full_names):
            skipped_curated += 1
            continue
        unique = []
        for name in full_names:
            if fold(name) not in {fold(u) for u in unique}:
                unique.append(name)
        unique_surnames = []
        for name in surnames:
            if len(name) >= 2 and fold(name) not in {fold(u) for u in unique_surnames}:
                unique_surnames.append(name)
        if not unique:
            continue
        remarks = []
        for remark in record.findall("remarks/remark"):
            text = re.sub(r"\s+", " ", remark.findtext("p") or "").strip()
            remark_spans = [y for y in (years_of(u.text or "") for u in remark.iter("source-url")) if y]
            if text and not text.lower().startswith("see "):
                remarks.append((max((b for _, b in remark_spans), default=0), text))
        occupation = max(remarks)[1] if remarks else None
        viaf = [a.text.strip() for a in record.findall("authorities/authority")
                if a.get("service") == "viaf" and a.text and a.text.strip().isdigit()]
        page = next((u for u in urls if u.startswith("https://history.state.gov/")), None)
        persons.append({
            "id": "hsg-" + record_id, "names": unique, "surnames": unique_surnames,
            "birth": birth if birth.isdigit() else None, "death": death if death.isdigit() else None,
            "floruit": (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None,
            "occupation": occupation, "viaf": viaf[:1], "page": page,
        })
    persons.sort(key=lambda p: int(p["id"][4:]))

    def field(value: str) -> str:
        return re.sub(r"[\t|\n\r]+", " ", value).strip()

    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Teigram authority file: persons of the Office of the Historian's people database (generated).\n")
        out.write("# Generated by Scripts/generate-hsg-persons.py; do not edit. Public domain (a work of the United\n")
        out.write("# States Government). Source: https://github.com/HistoryAtState/people, commit " + commit + ":\n")
        out.write("# the persons of the Foreign Relations of the United States lists of persons, of Principal Officers\n")
        out.write("# and Chiefs of Mission, and of Visits by Foreign Leaders, with a source dated 1917-1991;\n")
        out.write(f"# {len(persons)} persons, {skipped_curated} left out because a curated file has them.\n")
        out.write("# Format: PersonListRow (Sources/TeigramCore/Tagging/PersonListRow.swift). Columns:\n")
        out.write("# id\tstandard\tvariants\tsurnames\tbirth\tdeath\tfloruit-from\tfloruit-to\toccupation\turis\n")
        for p in persons:
            floruit = p["floruit"] or ("", "")
            row = [
                p["id"], field(p["names"][0]), "|".join(field(n) for n in p["names"][1:]),
                "|".join(field(n) for n in p["surnames"]), p["birth"] or "", p["death"] or "",
                f"{floruit[0]:04d}" if floruit[0] != "" else "", f"{floruit[1]:04d}" if floruit[1] != "" else "",
                field(p["occupation"] or ""),
                "|".join([f"https://viaf.org/viaf/{v}" for v in p["viaf"]] + ([field(p["page"])] if p["page"] else [])),
            ]
            out.write("\t".join(row) + "\n")
    print(f"{OUTPUT}: {len(persons)} persons ({skipped_curated} left out as curated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
