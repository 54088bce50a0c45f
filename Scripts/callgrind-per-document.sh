#!/bin/bash
# Instructions per telegram of `teigram encode`, counted by callgrind (BENCHMARKS.md), two ways:
#   first-document: (all N files - the first file alone) / (N - 1)
#   slope:          (the N files and a renamed copy of each - the N files) / N
# usage: Scripts/callgrind-per-document.sh TEIGRAM_BINARY [CORPUS_DIR]   (needs valgrind)
set -euo pipefail
binary=$(realpath "$1")
corpus=$(realpath "${2:-Corpus}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/one" "$work/once" "$work/twice"
files=("$corpus"/*.txt)
count=${#files[@]}
cp "${files[0]}" "$work/one/"
cp "${files[@]}" "$work/once/"
cp "${files[@]}" "$work/twice/"
for file in "${files[@]}"; do cp "$file" "$work/twice/copy-$(basename "$file")"; done
instructions() { # folder -> total instructions of encoding every file in it
    mkdir -p "$work/out-$1"
    # The output folder is named relative to the files' folder: the temporary folder's random name never
    # reaches a path string, whose hashing would make the counts differ from run to run.
    (cd "$work/$1" && SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind \
        --callgrind-out-file="$work/$1.out" "$binary" encode --jobs 1 -o "../out-$1" ./*.txt >/dev/null 2>&1) || true
    grep -m1 '^summary:' "$work/$1.out" | awk '{print $2}'
}
one=$(instructions one)
once=$(instructions once)
twice=$(instructions twice)
python3 - "$one" "$once" "$twice" "$count" <<'PY'
import sys
one, once, twice, n = (int(v) for v in sys.argv[1:])
first = (once - one) / (n - 1)
slope = (twice - once) / n
print(f"first-document method: {first / 1e6:.3f} M per document, start-up {(one - first) / 1e9:.3f} G")
print(f"slope method:          {slope / 1e6:.3f} M per document, start-up {(once - n * slope) / 1e9:.3f} G")
PY
