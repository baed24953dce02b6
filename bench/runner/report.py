"""Medians, spreads and ratios of the runs, as Markdown tables."""
import statistics


def spread(values, digits=1):
    values = sorted(values)
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:,.{digits}f}"
    return f"{median:,.{digits}f} [{values[0]:,.{digits}f}–{values[-1]:,.{digits}f}]"


def median(results, key):
    return statistics.median(r[key] for r in results)


def size_label(size):
    return f"{size // 1024} KiB" if size >= 1024 else f"{size} B"


def e2e_tables(results, libraries):
    """results: {(qos, size): {library: [run results]}} of valid runs only."""
    lines = ["| QoS | size | library | msgs/s | client CPU µs/msg | peak RSS MiB | runs |",
             "|---|---|---|---|---|---|---|"]
    ratios = {}
    for (qos, size), by_library in sorted(results.items()):
        for library in libraries:
            runs = by_library.get(library, [])
            if not runs:
                lines.append(f"| {qos} | {size_label(size)} | {library} | no valid run | | | 0 |")
                continue
            lines.append(
                f"| {qos} | {size_label(size)} | {library} "
                f"| {spread([r['messages_per_second'] for r in runs], 0)} "
                f"| {spread([r['cpu_us_per_message'] for r in runs], 2)} "
                f"| {median(runs, 'peak_rss_kib') / 1024:.1f} | {len(runs)} |")
        ours = by_library.get("ohmqtt")
        peers = {name: runs for name, runs in by_library.items() if name != "ohmqtt" and runs}
        if ours and peers:
            best_rate = max(median(runs, "messages_per_second") for runs in peers.values())
            best_cpu = min(median(runs, "cpu_us_per_message") for runs in peers.values())
            ratios[(qos, size)] = (median(ours, "messages_per_second") / best_rate,
                                   median(ours, "cpu_us_per_message") / best_cpu)
    return lines, ratios


def ratio_table(ratios):
    sizes = sorted({size for _, size in ratios})
    lines = ["| QoS | " + " | ".join(size_label(s) for s in sizes) + " |",
             "|---|" + "---|" * len(sizes)]
    for qos in sorted({qos for qos, _ in ratios}):
        cells = []
        for size in sizes:
            if (qos, size) in ratios:
                rate, cpu = ratios[(qos, size)]
                cells.append(f"{rate:.2f}× msgs/s, {cpu:.2f}× CPU")
            else:
                cells.append("—")
        lines.append(f"| {qos} | " + " | ".join(cells) + " |")
    return lines


def cli_table(results):
    """results: {(qos, tool): [run results]}"""
    lines = ["| QoS | tool | lines/s | pub CPU µs/line | sub CPU µs/line | pub / sub peak RSS MiB "
             "| runs |", "|---|---|---|---|---|---|---|"]
    for (qos, tool), runs in sorted(results.items()):
        if not runs:
            lines.append(f"| {qos} | {tool} | no valid run | | | | 0 |")
            continue
        lines.append(
            f"| {qos} | {tool} | {spread([r['lines_per_second'] for r in runs], 0)} "
            f"| {spread([r['pub_cpu_us_per_line'] for r in runs], 2)} "
            f"| {spread([r['sub_cpu_us_per_line'] for r in runs], 2)} "
            f"| {median(runs, 'pub_peak_rss_kib') / 1024:.1f} / "
            f"{median(runs, 'sub_peak_rss_kib') / 1024:.1f} | {len(runs)} |")
    return lines


def cli_ratios(results):
    lines = ["| QoS | lines/s ohmqtt ÷ mosquitto | sub CPU per line ohmqtt ÷ mosquitto_sub "
             "| pub CPU per line ohmqtt ÷ mosquitto_pub |", "|---|---|---|---|"]
    for qos in sorted({qos for qos, _ in results}):
        ours, theirs = results.get((qos, "ohmqtt")), results.get((qos, "mosquitto"))
        if not ours or not theirs:
            continue
        lines.append(
            f"| {qos} | {median(ours, 'lines_per_second') / median(theirs, 'lines_per_second'):.2f} "
            f"| {median(ours, 'sub_cpu_us_per_line') / median(theirs, 'sub_cpu_us_per_line'):.2f} "
            f"| {median(ours, 'pub_cpu_us_per_line') / median(theirs, 'pub_cpu_us_per_line'):.2f} |")
    return lines


HOW = """\
How the figures are made: `bench/run` (its docstring says what it runs). Messages per second
from the first publish until the subscriber holds all N; client CPU is user + system time of
the whole client process (both connections, every thread) from `getrusage` over the same
interval, divided by N; the broker runs on the same two cores and often sets the pace. A ratio
is OhMqtt's figure divided by the best peer's in that cell: above 1 for msgs/s is faster, below
1 for CPU is cheaper.
"""


def document(about, sections, options):
    lines = ["# Benchmark results", "",
             "Written by `bench/run --write`; do not edit by hand. The explorer's own benchmarks "
             "are in [EXPLORER-RESULTS.md](EXPLORER-RESULTS.md).", ""]
    lines += about + ["", HOW]
    for title, table, extra in sections:
        lines += [f"## {title}", ""] + table + [""]
        if isinstance(extra, dict):
            lines += ["OhMqtt ÷ best peer, medians:", ""] + ratio_table(extra) + [""]
        elif extra:
            lines += extra + [""]
    return "\n".join(lines)
