#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time (default 30 s each),
# seeded from the golden vectors. Usage: scripts/fuzz.sh [seconds-per-target]
set -euo pipefail
seconds="${1:-30}"
cd "$(dirname "$0")/.."
bash scripts/build.sh fuzz
corpus=build/fuzz/corpus
python3 fuzz/make-corpus.py "$corpus"
for target in stream properties; do
    echo "== fuzz_$target for $seconds s"
    build/fuzz/fuzz/fuzz_"$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix=build/fuzz/ "$corpus/$target" 2>&1 |
        grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)|ERROR|SUMMARY'
done
