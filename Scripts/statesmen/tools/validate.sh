#!/bin/sh
# Validates persons-statesmen.xml against Schemas/teigram.rng.
# 1. The file as it is (it copies persons.xml's root and header, which the telegram schema
#    rejects in the same four places as persons.xml itself: no TEI/@xml:id, publicationStmt/p,
#    no profileDesc, body/p).
# 2. Its listPerson placed inside the schema's own valid example telegram (its listPerson replaced),
#    which checks every person entry against the schema's person/persName/birth/death/occupation rules.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
rng=$(dirname "$0")/../../../Schemas/teigram.rng
echo "== 1. file as is"
xmllint --noout --relaxng "$rng" "$here/persons-statesmen.xml"
echo "== persons.xml for comparison"
xmllint --noout --relaxng "$rng" $(dirname "$0")/../../../Sources/TeigramDefaults/Authority/persons.xml
echo "== 2. entries inside a valid TEI document"
python3 - "$here" <<'PY'
import sys, re
here = sys.argv[1]
ex = open("$(dirname "$0")/../../../Schemas/examples/valid-telegram.xml", encoding="utf-8").read()
mine = open(here + "/persons-statesmen.xml", encoding="utf-8").read()
lp = re.search(r"<listPerson>.*?</listPerson>", mine, re.S).group(0)
out, n = re.subn(r"<listPerson>.*?</listPerson>", lambda m: lp, ex, count=1, flags=re.S)
assert n == 1
open(here + "/validation-wrapper.xml", "w", encoding="utf-8").write(out)
PY
xmllint --noout --relaxng "$rng" "$here/validation-wrapper.xml"
