#!/usr/bin/env bash
# Scripts/fuzz.sh [encode|text|validate|all] [seconds]
#
# Builds Sources/TeigramFuzz with libFuzzer and AddressSanitizer into .build-fuzz/ and fuzzes each chosen
# target for `seconds` (default 60): encode (raw telegram bytes → TelegramEncoder), text (XML →
# PlainTextExtractor), validate (XML → TEIValidator with Schemas/teigram.rng). Only crashes, traps, hangs,
# leaks and sanitizer findings fail: a Diagnostic for bad input is the expected answer.
#
# The working corpus of each target lives in .build-fuzz/corpus/<target>/ (git-ignored) and grows from run to
# run; it is seeded each time from Corpus/*.txt and the encode fixtures (encode), Output/*.xml,
# Schemas/examples/*.xml, the test fixtures' TEI and ../shared/reference/ when present (text, validate).
# Findings go to .build-fuzz/findings/<target>/ (not artifacts/, which SwiftPM clears); the exit status is
# non-zero on any finding, and the message names the file. Replay one without sanitizers:
# `swift run TeigramFuzz <target> FILE`.
#
# Environment: FUZZ_CONFIG=release fuzzes an optimised build (encode: about three times the executions a second
# of the default debug build); FUZZ_JOBS=N runs N fuzzing processes per target (libFuzzer -fork=N; default 1);
# FUZZ_ARGS adds libFuzzer flags (for instance "-seed=1 -runs=1000").
set -euo pipefail
cd "$(dirname "$0")/.."

targets=${1:-all}
seconds=${2:-60}
case "$targets" in
    all) targets="encode text validate" ;;
    encode|text|validate) ;;
    *) echo "usage: $0 [encode|text|validate|all] [seconds]" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || { echo "$0: seconds must be a positive integer" >&2; exit 2; }

build=.build-fuzz
echo "fuzz: building TeigramFuzz (-sanitize=fuzzer,address) in $build/"
# --product: only the fuzz executable (and what it depends on) is built with libFuzzer, not `teigram`, which
# has no LLVMFuzzerTestOneInput and would not link. -DTEIGRAM_FUZZING selects libFuzzer's entry
# (LibFuzzerEntry.swift).
config=${FUZZ_CONFIG:-debug}
set +e
swift build -c "$config" --build-path "$build" --product TeigramFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTEIGRAM_FUZZING 2>&1 \
    | grep -v -e 'Cannot export local symbol' -e 'unhandled; explicitly declare' -e '^    /'
built=${PIPESTATUS[0]}
set -e
binary="$build/$config/TeigramFuzz"
[ "$built" -eq 0 ] && [ -x "$binary" ] || { echo "fuzz: build failed" >&2; exit 1; }

# Seeds into the working corpus (copied by content hash, so reruns add nothing twice).
seed() {
    local directory=$1; shift
    local file
    for file in "$@"; do
        [ -f "$file" ] || continue
        [ "$(wc -c <"$file")" -le 65536 ] || continue
        cp "$file" "$directory/seed-$(sha1sum "$file" | cut -c1-16)"
    done
}

status=0
for target in $targets; do
    corpus="$build/corpus/$target"
    findingsDirectory="$build/findings/$target"
    log="$build/logs/$target.log"
    mkdir -p "$corpus" "$findingsDirectory" "$(dirname "$log")"
    shopt -s nullglob
    flags=()
    case "$target" in
        encode) seed "$corpus" Corpus/*.txt Tests/TeigramCoreTests/Fixtures/encode/*.txt ;;
        text|validate)
            seed "$corpus" Output/*.xml Schemas/examples/*.xml Tests/TeigramCoreTests/Fixtures/encode/*.xml \
                ../shared/reference/*/*.xml
            flags+=(-dict=Scripts/fuzz/xml.dict) ;;
    esac
    shopt -u nullglob
    if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then flags+=(-fork="$FUZZ_JOBS"); fi
    marker="$build/logs/$target.started"
    touch "$marker"
    echo "fuzz: $target for ${seconds}s ($(find "$corpus" -type f | wc -l) inputs in $corpus; log $log)"
    set +e
    # -timeout: one input taking 10 s is a hang (the slowest seed takes well under 1 s with ASan);
    # -rss_limit_mb: the encoder's own size limit is 16 MB, so 4 GB means runaway memory.
    TEIGRAM_FUZZ_TARGET=$target TEIGRAM_FUZZ_PROJECT=$PWD "$binary" "$corpus" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$findingsDirectory/" -print_final_stats=1 \
        "${flags[@]}" ${FUZZ_ARGS:-} >"$log" 2>&1
    result=$?
    set -e
    # The last status line and the final statistics.
    grep -E '^#[0-9]+' "$log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb):' "$log" | tr '\n' ' ' || true
    echo
    findings=$(find "$findingsDirectory" -type f -newer "$marker" | sort)
    if [ "$result" -ne 0 ] || [ -n "$findings" ]; then
        status=1
        echo "fuzz: $target FAILED (libFuzzer exit $result); see $log" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY:|Fatal error|.*Fatal error:)' "$log" | head -n 5 >&2 || true
        for file in $findings; do
            echo "fuzz: finding: $file  (replay: TEIGRAM_FUZZ_TARGET=$target $binary $file;" \
                 "minimise: TEIGRAM_FUZZ_TARGET=$target $binary -minimize_crash=1 -runs=10000 $file)" >&2
        done
    fi
done
exit "$status"
