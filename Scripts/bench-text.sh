#!/usr/bin/env bash
# Benchmark of `teigram text` against Python lxml's itertext on the same files.
# Usage: Scripts/bench-text.sh [DOCS] (default 2000): copies Output/*.xml round-robin into a temporary
# directory until DOCS files, then times, best of 3 runs each:
#   1. teigram text (release build, one process, all files, default options, output to /dev/null);
#   2. lxml: parse each file, ''.join(text element .itertext()) (no whitespace handling, no notes/choice rules).
# Needs: swift, python3 with lxml (pip install lxml). Builds into .build-text (release).
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-2000}
swift build -c release --scratch-path .build-text --product teigram >/dev/null
BIN=.build-text/release/teigram
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mapfile -t SOURCES < <(ls Output/*.xml)
for ((i = 0; i < DOCS; i++)); do cp "${SOURCES[i % ${#SOURCES[@]}]}" "$WORK/doc$i.xml"; done
BYTES=$(cat "$WORK"/*.xml | wc -c)
echo "corpus: $DOCS files, $BYTES bytes"

best() { # best wall time of 3 runs of "$@"
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
    local t; t=$(echo "$end - $start" | bc -l)
    if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  echo "$best"
}
report() { printf '%-28s %8.3f s  %7.1f MB/s  %8.0f docs/s\n' "$1" "$2" "$(echo "$BYTES / $2 / 1000000" | bc -l)" "$(echo "$DOCS / $2" | bc -l)"; }

T=$(best "$BIN" text "$WORK"/*.xml)
report "teigram text" "$T"
cat > "$WORK/itertext.py" <<'PY'
import sys
from lxml import etree
TEI = "{http://www.tei-c.org/ns/1.0}"
parser = etree.XMLParser(resolve_entities=False, no_network=True)
out = []
for path in sys.argv[1:]:
    root = etree.parse(path, parser).getroot()
    text = root.find(TEI + "text")
    out.append("".join(text.itertext()) if text is not None else "")
sys.stdout.write("\n".join(out))
PY
T=$(best python3 "$WORK/itertext.py" "$WORK"/doc*.xml)
report "python lxml itertext" "$T"
