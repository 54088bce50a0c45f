#!/bin/sh
# check-subset.sh: check that Teigram's examples are valid TEI.
#
# Validates every Schemas/examples/valid-*.xml with jing against both
# Schemas/teigram.rng (the Teigram customisation) and Schemas/tei_all.rng
# (TEI P5 4.11.0), and checks that every Schemas/examples/invalid-*.xml is
# rejected by teigram.rng. A valid-*.xml that passes teigram.rng but fails
# tei_all.rng means teigram.rng is NOT a subset of TEI: fix teigram.rng.
#
# usage: Schemas/tools/check-subset.sh [--random N]
#   --random N   also generate N random documents from teigram.rng
#                (tools/random-instances.py, Python 3) into a temporary
#                directory and require each to be valid against both schemas.
# exit status: 0 if everything is as expected, 1 otherwise, 2 on usage error.
# needs: jing (Debian package jing); python3 only for --random.

set -u
here=$(cd "$(dirname "$0")/.." && pwd)
teigram="$here/teigram.rng"
teiall="$here/tei_all.rng"
random=0
case "${1:-}" in
  --random) random=${2:?"--random needs a number"} ;;
  "") ;;
  *) echo "usage: $0 [--random N]" >&2; exit 2 ;;
esac
command -v jing >/dev/null 2>&1 || { echo "jing not found (apt-get install jing)" >&2; exit 2; }

# jing prints classpath warnings on Debian; drop them
jing_q() {
  jing "$@" >"$tmp/raw" 2>&1; rc=$?
  grep -v '^\[warning\]' "$tmp/raw"
  return $rc
}

status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# validate FILES... against SCHEMA in one jing run; print "ok"/"FAIL" per file
check_valid() {
  label=$1; schema=$2; shift 2
  jing_q "$schema" "$@" >"$tmp/out"
  for f in "$@"; do
    if grep -q "^$f:" "$tmp/out"; then
      echo "FAIL  $label  $(basename "$f")"
      grep "^$f:" "$tmp/out" | sed "s#^$f:#        #" | cut -c1-300 | head -5
      status=1
    else
      echo "ok    $label  $(basename "$f")"
    fi
  done
  # errors not tied to a listed file (e.g. schema errors)
  if grep -v "^/" "$tmp/out" | grep -q .; then grep -v "^/" "$tmp/out"; status=1; fi
}

valid=$(ls "$here"/examples/valid-*.xml 2>/dev/null)
invalid=$(ls "$here"/examples/invalid-*.xml 2>/dev/null)
[ -n "$valid" ] || { echo "no examples/valid-*.xml" >&2; exit 1; }

echo "== valid examples against teigram.rng"
# shellcheck disable=SC2086
check_valid teigram.rng "$teigram" $valid
echo "== valid examples against tei_all.rng (TEI P5 4.11.0)"
# shellcheck disable=SC2086
check_valid tei_all.rng "$teiall" $valid

if [ -n "$invalid" ]; then
  echo "== invalid examples must be rejected by teigram.rng"
  # shellcheck disable=SC2086
  jing_q "$teigram" $invalid >"$tmp/inv"
  for f in $invalid; do
    if grep -q "^$f:" "$tmp/inv"; then
      echo "ok    rejected     $(basename "$f"): $(grep "^$f:" "$tmp/inv" | head -1 | sed 's#^[^ ]* error: ##' | cut -c1-110)"
    else
      echo "FAIL  accepted     $(basename "$f")"; status=1
    fi
  done
fi

if [ "$random" -gt 0 ]; then
  echo "== $random random documents generated from teigram.rng"
  python3 "$here/tools/random-instances.py" "$tmp/random" "$random" "$(date +%s)" || exit 1
  set -- "$tmp"/random/*.xml
  jing_q "$teigram" "$@" >"$tmp/r1"
  jing_q "$teiall" "$@" >"$tmp/r2"
  n1=$(cut -d: -f1 "$tmp/r1" | sort -u | grep -c . || true)
  n2=$(cut -d: -f1 "$tmp/r2" | sort -u | grep -c . || true)
  echo "invalid against teigram.rng: $n1 (generator check)   invalid against tei_all.rng: $n2 (subset check)"
  if [ "$n1" -ne 0 ] || [ "$n2" -ne 0 ]; then
    status=1
    mkdir -p /tmp/teigram-random-failures
    cp $(cut -d: -f1 "$tmp/r1" "$tmp/r2" | sort -u) /tmp/teigram-random-failures/ 2>/dev/null
    head -20 "$tmp/r1" "$tmp/r2"
    echo "failing documents copied to /tmp/teigram-random-failures/"
  fi
fi

if [ $status -eq 0 ]; then echo "RESULT: all checks passed"; else echo "RESULT: FAILED"; fi
exit $status
