#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs them one after the other for a bounded total
# time (default 150 s), shared evenly; seeded from the golden vectors and fuzz/corpus/.
# Usage: scripts/fuzz.sh [total-seconds [target...]]   targets: see below, without "fuzz_".
# fuzz/README.md has the longer runs.
set -euo pipefail
total="${1:-150}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(stream properties topics addresses sessionstore)
fi
seconds=$(( total / ${#targets[@]} ))
if [ "$seconds" -lt 1 ]; then
    seconds=1
fi
cd "$(dirname "$0")/.."
bash scripts/build.sh fuzz
corpus=build/fuzz/corpus
python3 fuzz/make-corpus.py "$corpus"
failed=0
for target in "${targets[@]}"; do
    log="build/fuzz/fuzz_$target.log"
    mkdir -p "$corpus/$target"
    seeds=()
    if [ -d "fuzz/corpus/$target" ]; then
        seeds=("fuzz/corpus/$target") # read only: what the run finds goes to $corpus/$target
    fi
    echo "== fuzz_$target for $seconds s (full output: $log)"
    status=0
    # SQLite files of a few pages; the others keep libFuzzer's default (4 KiB).
    options=()
    if [ "$target" = sessionstore ]; then
        options=(-max_len=16384)
    fi
    # -timeout: an input that takes 10 s is a hang.
    build/fuzz/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 "${options[@]}" \
        -print_final_stats=1 -artifact_prefix="build/fuzz/fuzz_$target-" \
        "$corpus/$target" "${seeds[@]}" >"$log" 2>&1 || status=$?
    # The seed count and the coverage they give, the totals, and whatever went wrong.
    grep -E '^INFO: seed corpus|INITED|^Done|stat::number_of_executed_units|stat::average_exec_per_sec|ERROR|SUMMARY|^fuzz_|^  (input|encoded|error|scope|detail):|artifact' \
        "$log" || true
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$target failed with exit code $status; the reproducer is named above" >&2
        failed=1
    fi
done
exit "$failed"
