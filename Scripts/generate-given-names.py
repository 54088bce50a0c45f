#!/usr/bin/env python3
"""Generate given-names.tsv, a multilingual given-name list for Teigram.

Sources (nothing is typed in by hand, no transliteration is made up):

1. nam_dict.txt by Jörg Michael (version 1.2, 2008-11-30), the data file
   shipped in the PyPI package ``gender-guesser``.  About 48,000 given names
   with frequency digits for 55 countries (Latin script, including
   romanised Russian, Bulgarian, Greek, Chinese, Japanese, Korean and
   Vietnamese names).  GNU Free Documentation License 1.2 or later.
2. The Cyrillic-script first-name lists of the Russian, Ukrainian and
   Macedonian person providers of the PyPI package ``Faker``.  MIT License.

Run time needs only the Python 3 standard library plus the two packages
(found by import; nam_dict.txt can also be given with --nam-dict PATH).

    pip install gender-guesser==0.4.0 Faker==40.63.0
    apt-get install wamerican          # for the "w" flag
    python3 generate-given-names.py

Output: UTF-8, LF line ends, "#" header lines, then one "name<TAB>flags"
row per name, sorted by Unicode code point.  Flag "w": the lower-cased
name is an ordinary (lower-case) word in /usr/share/dict/american-english.
The output is a deterministic function of the inputs.
"""

import argparse
import hashlib
import importlib
import importlib.metadata
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Column layout of nam_dict.txt (character offsets in the decoded line),
# see the header of that file and gender_guesser/detector.py.
NAME_START, NAME_END = 3, 29  # name field
SORT_MARK_COL = 29  # '+' / '-' / ' ': sort marker ("column 30")
FREQ_START = 30  # one hex digit (1 = rare ... D = extremely common) per country
COUNTRIES = [
    "Great Britain", "Ireland", "U.S.A.", "Italy", "Malta", "Portugal",
    "Spain", "France", "Belgium", "Luxembourg", "the Netherlands",
    "East Frisia", "Germany", "Austria", "Swiss", "Iceland", "Denmark",
    "Norway", "Sweden", "Finland", "Estonia", "Latvia", "Lithuania",
    "Poland", "Czech Republic", "Slovakia", "Hungary", "Romania", "Bulgaria",
    "Bosnia and Herzegovina", "Croatia", "Kosovo", "Macedonia", "Montenegro",
    "Serbia", "Slovenia", "Albania", "Greece", "Russia", "Belarus",
    "Moldova", "Ukraine", "Armenia", "Azerbaijan", "Georgia",
    "Kazakhstan/Uzbekistan,etc.", "Turkey", "Arabia/Persia", "Israel",
    "China", "India/Sri Lanka", "Japan", "Korea", "Vietnam",
    "other countries",
]

# Faker locales whose Cyrillic first names are taken.  bg_BG is left out on
# purpose: its lists mix real names with joke/curiosity entries
# ("Аерозол", "Агент", "Бог", "МанчестърЮнайтед", "Диван(надядо...)").
DEFAULT_FAKER_LOCALES = ("mk_MK", "ru_RU", "uk_UA")

DEFAULT_DICT = "/usr/share/dict/american-english"
DEFAULT_MAX_ROWS = 60000

# A name: letters, optionally joined by single hyphens or apostrophes.
NAME_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def die(msg):
    sys.stderr.write("generate-given-names: %s\n" % msg)
    sys.exit(1)


def dist_version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def dpkg_version(package):
    """Version of an installed Debian package, read from dpkg's status file."""
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
            stanza = {}
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    if stanza.get("Package") == package and "installed" in stanza.get("Status", ""):
                        return stanza.get("Version")
                    stanza = {}
                elif not line[0].isspace() and ":" in line:
                    key, _, value = line.partition(":")
                    stanza[key] = value.strip()
            if stanza.get("Package") == package and "installed" in stanza.get("Status", ""):
                return stanza.get("Version")
    except OSError:
        pass
    return None


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def script_of(name):
    """Set of Unicode script words (LATIN, CYRILLIC, ...) of the letters."""
    return {unicodedata.name(ch, "?").split()[0] for ch in name if ch.isalpha()}


def capitalise(name):
    """Proper capitalisation, keeping the source's own mixed case (McKenzie).

    Only all-lower or all-upper names are changed: each part after a hyphen
    or apostrophe gets an upper-case first letter, the rest lower case.
    """
    if name == name.lower() or (name == name.upper() and len(name) > 1):
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), name)
    return name


def acceptable(name):
    """Rules of the brief: no single letters, no digits, no spaces."""
    if len(name) < 2 or any(ch.isdigit() for ch in name) or any(ch.isspace() for ch in name):
        return False
    return NAME_RE.fullmatch(name) is not None


# ---------------------------------------------------------------- nam_dict

def locate_nam_dict(path):
    if path:
        return os.path.abspath(path), dist_version("gender-guesser")
    try:
        import gender_guesser  # noqa: F401  (the package that ships the file)
    except ImportError:
        die("gender-guesser is not installed (pip install gender-guesser==0.4.0), "
            "or give --nam-dict PATH")
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    if not os.path.isfile(path):
        die("nam_dict.txt not found at %s" % path)
    return path, dist_version("gender-guesser")


def expand_plus(raw):
    """nam_dict: a '+' inside a name stands for '-', ' ' or nothing
    ("Jun+Wei" = "Jun-Wei", "Jun Wei", "Junwei"; Arabic, Chinese and Korean
    names).  The spaced form is dropped (no spaces wanted).  Entries whose
    later parts are lower-case particles ("Maria+da+Glória") are really
    multi-word names and give nothing."""
    parts = raw.split("+")
    if any(not p or not p[0].isupper() for p in parts):
        return []
    joined = parts[0] + "".join(p[0].lower() + p[1:] for p in parts[1:])
    return ["-".join(parts), joined]


def read_nam_dict(path):
    """Return ({name: max frequency}, {name: set(country index)}, header info)."""
    freq = {}
    countries = {}
    sccs = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                m = re.search(r"SCCS: @\(#\) nam_dict\.txt\s+(\S+)\s+(\S+)", line)
                if m:
                    sccs = "%s (%s)" % (m.group(1), m.group(2))
                continue
            if len(line) < FREQ_START + len(COUNTRIES):
                die("%s:%d: unexpected line length" % (path, lineno))
            # Lines with '+' in column 30 repeat a name sorted by expanded
            # umlauts; they are duplicates, but reading them is harmless.
            field = line[NAME_START:NAME_END].strip()
            if line.startswith("="):
                raws = field.split()  # "= <short name> <long name>"
            else:
                raws = [field]
            digits = line[FREQ_START:FREQ_START + len(COUNTRIES)]
            cidx = {i for i, c in enumerate(digits) if c != " "}
            fmax = max((int(c, 16) for c in digits if c != " "), default=0)
            for raw in raws:
                forms = expand_plus(raw) if "+" in raw else [raw]
                for form in forms:
                    name = capitalise(unicodedata.normalize("NFC", form))
                    if not acceptable(name):
                        continue
                    freq[name] = max(freq.get(name, 0), fmax)
                    countries.setdefault(name, set()).update(cidx)
    return freq, countries, sccs


# ------------------------------------------------------------------- Faker

def read_faker(locales):
    """Cyrillic first names from Faker person providers: {name: set(locale)}."""
    names = {}
    for loc in locales:
        try:
            mod = importlib.import_module("faker.providers.person." + loc)
        except ImportError as e:
            die("cannot import faker.providers.person.%s (pip install Faker): %s" % (loc, e))
        prov = mod.Provider
        for attr in sorted(vars(prov)):
            if not re.fullmatch(r"first_names(_(male|female|nonbinary|unisex))?", attr):
                continue
            value = getattr(prov, attr)
            if isinstance(value, dict):
                value = list(value.keys())
            if not isinstance(value, (list, tuple)):
                continue
            for raw in value:
                if not isinstance(raw, str):
                    continue
                name = capitalise(unicodedata.normalize("NFC", raw.strip()))
                if script_of(name) != {"CYRILLIC"} or not acceptable(name):
                    continue
                names.setdefault(name, set()).add(loc)
    return names


# -------------------------------------------------------------- dictionary

def read_english_words(path):
    """Words that occur in lower case in the word list (for flag "w")."""
    words = set()
    with open(path, encoding="utf-8", errors="strict") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower():
                words.add(w)
    return words


# ---------------------------------------------------------------------- main

def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nam-dict", metavar="PATH",
                    help="nam_dict.txt to read (default: the one in the installed gender-guesser)")
    ap.add_argument("--faker-locales", default=",".join(DEFAULT_FAKER_LOCALES),
                    help="comma-separated Faker person locales for Cyrillic names "
                         "(default: %(default)s; empty string: no Faker)")
    ap.add_argument("--dict", default=DEFAULT_DICT, metavar="PATH",
                    help="English word list for the w flag (default: %(default)s, Debian wamerican)")
    ap.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS,
                    help="drop names nam_dict marks as rare (frequency 1 everywhere) only if "
                         "the list would otherwise have this many rows or more (default: %(default)s)")
    ap.add_argument("-o", "--output", default=os.path.join(HERE, "given-names.tsv"), metavar="PATH")
    ap.add_argument("--stats", action="store_true", help="print counts by country/locale to stderr")
    args = ap.parse_args(argv[1:])

    nam_path, gg_version = locate_nam_dict(args.nam_dict)
    nam_freq, nam_countries, sccs = read_nam_dict(nam_path)
    nam_sha = sha256_of(nam_path)

    locales = sorted(l for l in args.faker_locales.split(",") if l.strip())
    faker_names = read_faker(locales) if locales else {}
    faker_version = dist_version("Faker") if locales else None

    if not os.path.isfile(args.dict):
        die("%s missing: apt-get install wamerican (or give --dict PATH)" % args.dict)
    english = read_english_words(args.dict)
    wamerican = dpkg_version("wamerican") if os.path.realpath(args.dict) == os.path.realpath(DEFAULT_DICT) else None

    names = set(nam_freq) | set(faker_names)
    rare_note = "names nam_dict marks as rare (frequency 1) are kept: the list stays under %d rows" % args.max_rows
    if len(names) >= args.max_rows:
        rare = {n for n, f in nam_freq.items() if f <= 1 and n not in faker_names}
        names -= rare
        rare_note = ("%d names nam_dict marks only as rare (frequency 1) were dropped "
                     "to stay under %d rows" % (len(rare), args.max_rows))
        if len(names) >= args.max_rows:
            sys.stderr.write("generate-given-names: warning: still %d rows after dropping rare names\n"
                             % len(names))

    rows = sorted(names)  # Python str order = Unicode code point order = UTF-8 byte order
    flagged = {n for n in rows if n.lower() in english}

    # --stats only prints to stderr; leave it out so that the file does not change.
    command = " ".join(["python3", "generate-given-names.py"] + [a for a in argv[1:] if a != "--stats"])
    header = [
        "# given-names.tsv: multilingual given-name list for the Teigram name recogniser",
        "# Title: Teigram given-name list (a modified version of nam_dict.txt)",
        "# Source 1: nam_dict.txt %s, Copyright (c) 2007-2008 Jörg MICHAEL, Hannover, Germany,"
        % (sccs or "(version unknown)"),
        "#   as shipped in PyPI package gender-guesser %s (gender_guesser/data/nam_dict.txt, sha256 %s)"
        % (gg_version or "(not installed; file given by path)", nam_sha),
        "#   Licence: GNU Free Documentation License, Version 1.2 or any later version published by the",
        "#   Free Software Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover Texts.",
    ]
    if locales:
        header += [
            "# Source 2: PyPI package Faker %s, Cyrillic-script first names of the person providers %s;"
            % (faker_version or "(version unknown)", ", ".join(locales)),
            "#   Copyright (c) 2012 Daniele Faraglia; MIT License.",
        ]
    header += [
        "# Licence of this file: GNU Free Documentation License 1.2 or later (Faker-derived rows also MIT).",
        "#   Full licence and attribution texts: LICENSE-given-names.txt (must accompany this file).",
        "# History: generated by generate-given-names.py for the Teigram project from the sources above:",
        "#   names extracted; '+' names expanded to hyphenated and joined forms; entries of one letter,",
        "#   with digits or spaces dropped; gender and frequency columns removed; flag column added.",
        "# %s." % rare_note,
        "# Flag w: the lower-cased name occurs in lower case in %s%s." % (
            args.dict, " (Debian wamerican %s)" % wamerican if wamerican else ""),
        "# Generated by: %s" % command,
        "# Rows: %d (%d with flag w). Columns: name<TAB>flags. Sorted by Unicode code point." % (
            len(rows), len(flagged)),
    ]

    out_tmp = args.output + ".tmp"
    with open(out_tmp, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(line + "\n")
        for n in rows:
            f.write("%s\t%s\n" % (n, "w" if n in flagged else ""))
    os.replace(out_tmp, args.output)

    sys.stderr.write("wrote %s: %d rows (%d flagged w; %d from nam_dict, %d from Faker)\n" % (
        args.output, len(rows), len(flagged),
        sum(1 for n in rows if n in nam_freq), sum(1 for n in rows if n in faker_names)))
    if args.stats:
        kept = set(rows)
        for i, c in enumerate(COUNTRIES):
            sys.stderr.write("nam_dict\t%s\t%d\n" % (
                c, sum(1 for n, cs in nam_countries.items() if i in cs and n in kept)))
        for loc in locales:
            sys.stderr.write("Faker\t%s\t%d\n" % (
                loc, sum(1 for n, ls in faker_names.items() if loc in ls and n in kept)))
        by_script = {}
        for n in rows:
            s = "+".join(sorted(script_of(n)))
            by_script[s] = by_script.get(s, 0) + 1
        for s in sorted(by_script):
            sys.stderr.write("script\t%s\t%d\n" % (s, by_script[s]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
