"""Resident memory with 10,000 QoS 1 messages in flight (bench/memory/): each library's program
connects to a mosquitto of its own that allows 10,000 in flight, stops it (SIGSTOP) after the
CONNACK so that nothing is acknowledged, publishes, and reports VmRSS before and after."""
import json
import os
import subprocess

from . import broker as broker_module
from . import e2e, report

LIBRARIES = [  # (name in the report, program in build/<preset>/bench/memory)
    ("ohmqtt", "bench_inflight_ohmqtt"),
    ("libmosquitto", "bench_inflight_libmosquitto"),
    ("paho-c", "bench_inflight_paho_c"),
]
COUNT = 10_000
SIZES = (16, 1024)


def run_one(path, size, timeout=60):
    """One program against a fresh broker, which it stops and continues; the broker's own
    Receive Maximum is the count, so every message may be in flight."""
    with broker_module.Broker(max_inflight=COUNT) as broker:
        command = [path, "--port", str(broker.port), "--broker-pid", str(broker.pid),
                   "--size", str(size), "--count", str(COUNT)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"valid": False, "error": f"no result in {timeout} s"}
        finally:
            broker.resume()  # should the program have died with the broker stopped
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"valid": False, "error": done.stderr.strip() or f"exit {done.returncode}"}
    result = json.loads(lines[-1])
    result["command"] = " ".join([os.path.basename(path)] + command[1:])
    return result


def run(options, build, out):
    """Interleaved: run 1 of every library and size, then run 2, ...
    Returns ({(size, library): [valid results]}, number of invalid runs)."""
    found = e2e.programs(build, LIBRARIES, "memory")
    results, invalid = {}, 0
    for run_index in range(1, options.runs + 1):
        for size in SIZES:
            for library, path in found:
                result = run_one(path, size)
                result.update(library=library, run=run_index, size=size, part="memory")
                out.write(json.dumps(result) + "\n")
                status = "ok" if result.get("valid") else "INVALID " + result.get("error", "")
                print(f"run {run_index} in flight {report.size_label(size):>6} {library:12} "
                      f"{result.get('bytes_per_message', 0):>8,.0f} bytes/msg  {status}",
                      flush=True)
                if result.get("valid"):
                    results.setdefault((size, library), []).append(result)
                else:
                    invalid += 1
    return results, invalid


def table(results):
    lines = [f"{COUNT:,} QoS 1 messages published to a stopped broker and held unacknowledged; "
             "bytes per message = (VmRSS after − VmRSS before) ÷ "
             f"{COUNT:,}, payload included (what the kernel's socket buffers took is not in "
             "VmRSS, for every library alike). Medians [min–max].", "",
             "| size | library | VmRSS before MiB | VmRSS after MiB | bytes per in-flight message "
             "| ÷ best peer | runs |", "|---|---|---|---|---|---|---|"]
    for size in SIZES:
        peers = [report.median(runs, "bytes_per_message")
                 for (s, library), runs in results.items()
                 if s == size and library != "ohmqtt" and runs]
        for library, _ in LIBRARIES:
            runs = results.get((size, library), [])
            if not runs:
                lines.append(f"| {report.size_label(size)} | {library} | no valid run | | | | 0 |")
                continue
            bytes_per_message = report.median(runs, "bytes_per_message")
            ratio = (f"{bytes_per_message / min(peers):.2f}×"
                     if library == "ohmqtt" and peers and min(peers) > 0 else "")
            lines.append(
                f"| {report.size_label(size)} | {library} "
                f"| {report.median(runs, 'rss_before_kib') / 1024:.1f} "
                f"| {report.median(runs, 'rss_after_kib') / 1024:.1f} "
                f"| {report.spread([r['bytes_per_message'] for r in runs], 0)} "
                f"| {ratio} | {len(runs)} |")
    return lines
