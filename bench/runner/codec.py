"""The codec micro-benchmarks (bench/codec/, Google Benchmark) as a table."""
import json
import os
import subprocess


def run(build, quick):
    program = os.path.join(build, "bench", "codec", "bench_codec")
    if not os.access(program, os.X_OK):
        raise SystemExit(f"no {program}: install libbenchmark-dev (scripts/setup-debian.sh) "
                         "and build the preset (bench/run --build)")
    done = subprocess.run([program, "--benchmark_format=json",
                           f"--benchmark_min_time={0.05 if quick else 0.5}",
                           f"--benchmark_repetitions={1 if quick else 3}",
                           "--benchmark_report_aggregates_only=true"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)["benchmarks"]


def table(benchmarks):
    lines = ["| benchmark | ns per operation | heap allocations per operation |",
             "|---|---|---|"]
    for entry in benchmarks:
        if entry.get("aggregate_name", "median") != "median":
            continue
        name = entry.get("run_name", entry["name"])
        time_ns = entry["real_time"] * {"ns": 1, "us": 1e3, "ms": 1e6}[entry["time_unit"]]
        if "items_per_second" in entry:  # a batch: per item
            time_ns = 1e9 / entry["items_per_second"]
            name += " (per packet)"
        lines.append(f"| {name} | {time_ns:,.0f} | {entry.get('allocs/op', 0):.1f} |")
    return lines
