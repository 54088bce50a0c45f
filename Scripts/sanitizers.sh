#!/usr/bin/env bash
# Scripts/sanitizers.sh [address|thread|all]
#
# Runs the whole test suite once under AddressSanitizer (build folder .build-asan/) and once under
# ThreadSanitizer (.build-tsan/). The suite runs parallel code that the sanitizers see: Swift Testing runs
# the tests concurrently, and corpus builds, validation and the benchmark use ParallelMap with 2 jobs
# (CorpusTests, IncrementalBuildTests, BenchmarkTests, ParallelMapTests). Any sanitizer report fails the run.
# Each takes about 2.5 minutes on 2 cores from a clean build folder (build and tests).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=${1:-all}
case "$sanitizers" in
    all) sanitizers="address thread" ;;
    address|thread) ;;
    *) echo "usage: $0 [address|thread|all]" >&2; exit 2 ;;
esac

# ASan checks leaks at exit, less the leaks that are not ours (Scripts/lsan-suppressions.txt). TSan does not
# halt on the first race, so that one run lists them all, less the false positives of Swift's Mutex
# (Scripts/tsan-suppressions.txt); any report makes the test process exit non-zero. The teigram processes
# that CLITests start inherit these options.
export ASAN_OPTIONS="halt_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TSAN_OPTIONS="suppressions=$PWD/Scripts/tsan-suppressions.txt:second_deadlock_stack=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}"

for sanitizer in $sanitizers; do
    case "$sanitizer" in
        address) build=.build-asan ;;
        thread) build=.build-tsan ;;
    esac
    echo "sanitizers: swift test --sanitize=$sanitizer --build-path $build"
    start=$SECONDS
    swift test --sanitize="$sanitizer" --build-path "$build" 2>&1 \
        | grep -v -e 'unhandled; explicitly declare' -e '^    /' -e 'Cannot export local symbol'
    echo "sanitizers: $sanitizer: ok ($((SECONDS - start)) s)"
done
