#!/usr/bin/env bash
# Records the seed corpora of tests/fuzz/corpus from the real traffic of the test suites: the suites run with
# NEREID_FUZZ_RECORD (tests/support/fuzzrecorder.h), then each target keeps the recorded inputs that add
# coverage (libFuzzer's -merge=1, with the fuzz preset's binaries) or, without them, 200 spread evenly over
# their sizes (up to 64 KiB), so small and large inputs both seed.
# usage: tests/fuzz/record_corpus.sh [TEST_REGEX]   (run from the source folder, after the dev build)
set -euo pipefail
cd "$(dirname "$0")/../.."
regex="${1:-^test_(server_|blobroutes)}"
record="$(mktemp -d)"
trap 'rm -rf "$record"' EXIT
NEREID_FUZZ_RECORD="$record" QT_QPA_PLATFORM=offscreen \
    ctest --test-dir build/dev -R "$regex" -LE postgresql --parallel "$(nproc)" >/dev/null || true
for folder in "$record"/*/; do
    name="$(basename "$folder")"
    corpus="tests/fuzz/corpus/$name"
    mkdir -p "$corpus"
    fuzzer="build/fuzz/tests/fuzz/fuzz_$name"
    if [ -x "$fuzzer" ]; then
        "$fuzzer" -merge=1 "$corpus" "$folder" 2>/dev/null | tail -1
    else
        mapfile -t recorded < <(find "$folder" -type f -size -64k -printf '%s %p\n' | sort -n | cut -d' ' -f2-)
        count=${#recorded[@]}
        for ((i = 0; i < 200 && i < count; i++)); do
            cp -n "${recorded[$((i * count / (count < 200 ? count : 200)))]}" "$corpus/"
        done
    fi
    echo "$name: $(find "$corpus" -type f | wc -l) inputs"
done
