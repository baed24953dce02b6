#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time (default 30 s each),
# seeded from the golden vectors. Usage: scripts/fuzz.sh [seconds-per-target]
set -euo pipefail
seconds="${1:-30}"
cd "$(dirname "$0")/.."
bash scripts/build.sh fuzz
corpus=build/fuzz/corpus
python3 fuzz/make-corpus.py "$corpus"
failed=0
for target in stream properties; do
    log="build/fuzz/fuzz_$target.log"
    echo "== fuzz_$target for $seconds s (full output: $log)"
    status=0
    build/fuzz/fuzz/fuzz_"$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix=build/fuzz/ "$corpus/$target" >"$log" 2>&1 || status=$?
    # The seed count and the coverage they give, the totals, and whatever went wrong.
    grep -E '^INFO: seed corpus|INITED|^Done|stat::number_of_executed_units|stat::average_exec_per_sec|ERROR|SUMMARY|^fuzz_|^  (input|encoded|error):|artifact' \
        "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$target failed with exit code $status; the reproducer is named above" >&2
        failed=1
    fi
done
exit "$failed"
