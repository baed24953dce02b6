"""QoS 1 and 2 with the session kept in a store: OhMqtt's memory store, SQLite fast (WAL) and
SQLite durable, beside Paho C++ with its file persistence, on the end-to-end workload
(bench/e2e/) and the same broker. The store files go to a scratch directory in the build tree
(a disk, not a tmpfs, so that the durable store's fsyncs cost what they cost)."""
import json
import os

from . import e2e, report

# (name in the report, program in build/<preset>/bench/e2e, its arguments, share of the cell's
# messages). The durable store waits for the disk at every commit and runs 10-50x slower: a
# tenth of the messages keeps its runs as long as the others'.
VARIANTS = [
    ("ohmqtt memory", "bench_e2e_ohmqtt", ["--store", "memory"], 1),
    ("ohmqtt sqlite-fast", "bench_e2e_ohmqtt", ["--store", "sqlite-fast"], 1),
    ("ohmqtt sqlite-durable", "bench_e2e_ohmqtt", ["--store", "sqlite-durable"], 0.1),
    ("paho-cpp file", "bench_e2e_paho_cpp", ["--persistence", "file"], 1),
]


def cells(quick):
    """(qos, size, count): QoS 1 and 2 x 16 B and 1 KiB."""
    count = 2_000 if quick else 20_000
    return [(qos, size, count) for qos in (1, 2) for size in (16, 1024)]


def run(options, broker, build, out, workdir):
    """Interleaved as the matrix is: run 1 of every cell and store, then run 2, ...
    Returns ({(qos, size): {variant: [valid results]}}, number of invalid runs)."""
    e2e.programs(build)  # exits when one is missing
    directory = os.path.abspath(os.path.join(workdir, "stores"))
    os.makedirs(directory, exist_ok=True)
    results, invalid = {}, 0
    for run_index in range(1, options.runs + 1):
        for qos, size, count in cells(options.quick):
            for name, program, arguments, share in VARIANTS:
                path = os.path.join(build, "bench", "e2e", program)
                result = e2e.run_cell(path, broker.port, qos, size, int(count * share),
                                      arguments + ["--store-dir", directory])
                result.update(library=name, run=run_index, qos=qos, size=size, part="persistence")
                out.write(json.dumps(result) + "\n")
                status = "ok" if result.get("valid") else "INVALID " + result.get("error", "")
                print(f"run {run_index} store QoS {qos} {report.size_label(size):>6} {name:22} "
                      f"{result.get('messages_per_second', 0):>10,.0f} msgs/s "
                      f"{result.get('cpu_us_per_message', 0):7.2f} µs/msg  {status}", flush=True)
                if result.get("valid"):
                    results.setdefault((qos, size), {}).setdefault(name, []).append(result)
                else:
                    invalid += 1
    return results, invalid


def table(results):
    lines = ["The session of both clients (publisher and subscriber) in the store named; "
             "Paho C++ with `mqtt::async_client`'s persistDir (Paho C's file persistence, one file "
             "per message, no fsync). Medians [min–max].", "",
             "| QoS | size | store | messages | msgs/s | client CPU µs/msg | peak RSS MiB | runs |",
             "|---|---|---|---|---|---|---|---|"]
    for (qos, size), by_variant in sorted(results.items()):
        for name, _, _, _ in VARIANTS:
            runs = by_variant.get(name, [])
            if not runs:
                lines.append(f"| {qos} | {report.size_label(size)} | {name} | | no valid run "
                             "| | | 0 |")
                continue
            lines.append(
                f"| {qos} | {report.size_label(size)} | {name} | {runs[0]['count']:,} "
                f"| {report.spread([r['messages_per_second'] for r in runs], 0)} "
                f"| {report.spread([r['cpu_us_per_message'] for r in runs], 2)} "
                f"| {report.median(runs, 'peak_rss_kib') / 1024:.1f} | {len(runs)} |")
    return lines


def _ratio(by_variant, ours, theirs):
    """'a× msgs/s, b× CPU' of the medians of two variants, or a dash."""
    mine, other = by_variant.get(ours), by_variant.get(theirs)
    if not mine or not other:
        return "—"
    rate = (report.median(mine, "messages_per_second")
            / report.median(other, "messages_per_second"))
    cpu = report.median(mine, "cpu_us_per_message") / report.median(other, "cpu_us_per_message")
    return f"{rate:.2f}× msgs/s, {cpu:.2f}× CPU"


def ratios(results):
    lines = ["Ratios of the medians (the issue's target: SQLite fast within 1.5× of memory; "
             "for msgs/s above 1 is faster, for CPU below 1 is cheaper):", "",
             "| QoS | size | SQLite fast ÷ memory | SQLite fast ÷ Paho C++ file "
             "| SQLite durable ÷ Paho C++ file |", "|---|---|---|---|---|"]
    for (qos, size), by_variant in sorted(results.items()):
        lines.append(
            f"| {qos} | {report.size_label(size)} "
            f"| {_ratio(by_variant, 'ohmqtt sqlite-fast', 'ohmqtt memory')} "
            f"| {_ratio(by_variant, 'ohmqtt sqlite-fast', 'paho-cpp file')} "
            f"| {_ratio(by_variant, 'ohmqtt sqlite-durable', 'paho-cpp file')} |")
    return lines
