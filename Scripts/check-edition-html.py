#!/usr/bin/python3
"""Parses every HTML page of a published edition with html5lib in strict mode (Debian: python3-html5lib):
any HTML5 parse error (a stray end tag, a bad nesting the parser must repair, a missing doctype) fails.
Also checks what the edition promises of every page: a lang attribute, one main element, a title, and no
address outside the edition in any src or stylesheet link. Usage: Scripts/check-edition-html.py [EDITION_DIR]"""
import pathlib
import sys

import html5lib

edition = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Output/edition")
pages = sorted(edition.glob("*.html")) + sorted(edition.glob("telegrams/*.html"))
if not pages:
    sys.exit(f"check-edition-html: {edition}: no pages")
failures = 0
namespace = "{http://www.w3.org/1999/xhtml}"
for page in pages:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        tree = parser.parse(page.read_bytes(), transport_encoding="utf-8")
    except html5lib.html5parser.ParseError as error:
        print(f"{page}: error: {error}")
        failures += 1
        continue
    problems = []
    if not tree.get("lang"):
        problems.append("no lang on html")
    if len(tree.findall(f".//{namespace}main")) != 1:
        problems.append("not exactly one main")
    title = tree.find(f".//{namespace}title")
    if title is None or not (title.text or "").strip():
        problems.append("no title")
    for element in tree.iter():
        for attribute in ("src", "data"):
            value = element.get(attribute)
            if value and "://" in value:
                problems.append(f"{element.tag.replace(namespace, '')} {attribute}={value} leaves the edition")
        if element.tag == f"{namespace}link" and "://" in (element.get("href") or ""):
            problems.append(f"link href={element.get('href')} leaves the edition")
    for problem in problems:
        print(f"{page}: error: {problem}")
    failures += len(problems)
print(f"check-edition-html: {len(pages)} pages, {failures} errors")
sys.exit(1 if failures else 0)
