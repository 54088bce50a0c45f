"""Shared by the scripts that add variant names to the built-in place authority (add-cyrillic-place-names.py,
add-exonym-place-names.py, add-historic-place-names.py): reading the two place files and writing a place's
new names after its last <placeName>. Standard library only."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTHORITY = os.path.join(ROOT, 'Sources/TeigramDefaults/Authority')
FILES = [os.path.join(AUTHORITY, name) for name in ('places.xml', 'places-geonames.xml')]
PLACE = re.compile(r'(<place\b[^>]*>)(.*?)(</place>)', re.S)
NAME = re.compile(r'<placeName[^>]*>([^<]*)</placeName>')
GEONAMES_ID = re.compile(r'<idno type="URI">https://www\.geonames\.org/(\d+)</idno>')


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def unescape(text):
    return text.replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')


def read_files():
    """{path: text} of the two place files."""
    texts = {}
    for path in FILES:
        with open(path, encoding='utf-8') as handle:
            texts[path] = handle.read()
    return texts


def all_names(texts):
    """Every place name of the files, unescaped."""
    return {unescape(name) for text in texts.values() for name in NAME.findall(text)}


def add_variants(texts, names_for):
    """Calls names_for(head, body, geonames_id or None, present_names) for each <place>; it gives the
    (name, language or None) pairs to add, in order. Writes each file that changed."""
    for path, text in texts.items():
        def add(match):
            head, body, tail = match.groups()
            geonames = GEONAMES_ID.search(body)
            present = {unescape(name) for name in NAME.findall(body)}
            names = [(name, language) for name, language in names_for(head, body, geonames.group(1) if geonames else None, present)
                     if name not in present]
            if not names:
                return match.group(0)
            indent = re.search(r'\n(\s*)<placeName', body)
            pad = indent.group(1) if indent else '        '
            lines = [f'{pad}<placeName type="variant"{f" xml:lang={chr(34)}{language}{chr(34)}" if language else ""}>'
                     f'{escape(name)}</placeName>' for name, language in names]
            last = body.rfind('</placeName>') + len('</placeName>')
            return head + body[:last] + '\n' + '\n'.join(lines) + body[last:] + tail

        updated = PLACE.sub(add, text)
        if updated != text:
            with open(path, 'w', encoding='utf-8') as handle:
                handle.write(updated)
