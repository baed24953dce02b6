"""The end-to-end matrix: every library's program (bench/e2e/) on the same broker and cells."""
import json
import os
import subprocess

LIBRARIES = [  # (name in the report, program in build/<preset>/bench/e2e)
    ("ohmqtt", "bench_e2e_ohmqtt"),
    ("libmosquitto", "bench_e2e_libmosquitto"),
    ("paho-c", "bench_e2e_paho_c"),
    ("paho-cpp", "bench_e2e_paho_cpp"),
]


def cells(quick):
    """(qos, size, count): QoS 0/1/2 x 16 B and 1 KiB, and 64 KiB at QoS 1."""
    small = 20_000 if quick else 200_000
    large = 1_000 if quick else 10_000
    matrix = [(qos, size, small) for qos in (0, 1, 2) for size in (16, 1024)]
    matrix.append((1, 65536, large))
    return matrix


def programs(build, libraries=LIBRARIES, folder="e2e"):
    """[(name, path)] of the programs in build/<preset>/bench/<folder>; exits if one is missing."""
    found = []
    for name, program in libraries:
        path = os.path.join(build, "bench", folder, program)
        if not os.access(path, os.X_OK):
            raise SystemExit(f"no {path}: install the peers (scripts/setup-debian.sh) and build "
                             "the release preset (bench/run --build)")
        found.append((name, path))
    return found


def run_cell(path, port, qos, size, count, extra=(), timeout=600):
    """One run of a program; `extra`: more arguments (a store, for the persistence part)."""
    command = [path, "--port", str(port), "--qos", str(qos), "--size", str(size),
               "--count", str(count), "--window", "100", "--timeout", str(timeout), *extra]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout + 60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"valid": False, "error": done.stderr.strip() or f"exit {done.returncode}"}
    result = json.loads(lines[-1])
    result["command"] = " ".join(os.path.basename(c) if i == 0 else c
                                 for i, c in enumerate(command))
    return result
