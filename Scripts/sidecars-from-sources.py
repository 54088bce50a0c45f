#!/usr/bin/env python3
"""Write the provenance of Corpus/ telegrams into their .meta sidecars, from Corpus/SOURCES.md.

For every `### \`<name>.txt\`` entry of Corpus/SOURCES.md it records, in Corpus/<name>.meta:
  source-url         the entry's "URL:"
  source             its "Publisher/archive:"
  archival-citation  its "Original archive citation:" unless that says the page gives none
  language           the original's language from "Language:" ("English (translation from Czech)" -> Czech;
                     "Russian" -> Russian; plain "English" -> English)
Keys a sidecar already has are kept (an editor's value wins); other lines of the sidecar are left as they
are. Running it twice changes nothing. Deterministic; standard library only.

  python3 Scripts/sidecars-from-sources.py
"""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'Corpus')


def entries(text):
    for block in re.split(r'^### ', text, flags=re.M)[1:]:
        name = re.match(r'`([^`]+)\.txt`', block)
        if not name:
            continue
        fields = dict(re.findall(r'^- ([^:]+): (.*)$', block, flags=re.M))
        yield name.group(1), fields


def language(value):
    translated = re.search(r'translation from ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)', value)
    if translated:
        return translated.group(1)
    match = re.match(r'([A-Z][a-z]+(?:-[A-Z][a-z]+)?)', value)
    return match.group(1) if match else None


def main():
    with open(os.path.join(CORPUS, 'SOURCES.md'), encoding='utf-8') as handle:
        text = handle.read()
    for name, fields in entries(text):
        values = {}
        if fields.get('URL', '').startswith('http'):
            values['source-url'] = fields['URL'].strip()
        if fields.get('Publisher/archive'):
            values['source'] = fields['Publisher/archive'].strip()
        citation = fields.get('Original archive citation', '').strip()
        if citation and not re.match(r'(?i)(not given|not reached|not stated|none|n/a|—|-)', citation):
            values['archival-citation'] = citation
        if fields.get('Language') and language(fields['Language']):
            values['language'] = language(fields['Language'])
        path = os.path.join(CORPUS, name + '.meta')
        lines = []
        if os.path.exists(path):
            with open(path, encoding='utf-8') as handle:
                lines = handle.read().splitlines()
        present = {line.split(':', 1)[0].strip().lower() for line in lines if ':' in line and not line.startswith('#')}
        additions = [f'{key}: {value}' for key, value in values.items() if key not in present]
        if not additions:
            continue
        if not lines:
            lines = ['# Provenance recorded from Corpus/SOURCES.md by Scripts/sidecars-from-sources.py']
        with open(path, 'w', encoding='utf-8') as handle:
            handle.write('\n'.join(lines + additions) + '\n')


if __name__ == '__main__':
    main()
