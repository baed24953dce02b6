"""ohmqtt pub -l / sub -C against mosquitto_pub -l / mosquitto_sub -C: a stream of lines."""
import os
import subprocess
import tempfile
import time


def tools(build):
    ohmqtt = os.path.join(build, "bin", "ohmqtt")
    if not os.access(ohmqtt, os.X_OK):
        raise SystemExit(f"no {ohmqtt}: build the preset (bench/run --build)")
    return {
        "ohmqtt": ([ohmqtt, "pub"], [ohmqtt, "sub"]),
        "mosquitto": (["mosquitto_pub"], ["mosquitto_sub"]),
    }


# mosquitto_sub (libmosquitto 2.0.11) with its default Receive Maximum of 20 ends QoS 2 streams
# with "a network protocol error"; a larger one lets it finish, as ohmqtt sub (65,535) does.
SUB_OPTIONS = {"mosquitto": ["-D", "connect", "receive-maximum", "65535"]}


def write_lines(path, count):
    with open(path, "w") as out:
        for i in range(count):
            out.write(f"{i:08d} line of the benchmark\n")


def peak_resident_kib(pid):
    """VmHWM of the process's memory now: its own peak, which ru_maxrss is not for a child of
    this Python process (it counts the pages the child had before exec)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def wait_all(processes, timeout=300):
    """Waits for every process; returns each one's (rusage, peak resident KiB), or None for one
    still running after `timeout` seconds (then killed)."""
    deadline = time.monotonic() + timeout
    results = [None] * len(processes)
    peaks = [0] * len(processes)
    while any(r is None for r in results):
        for i, process in enumerate(processes):
            if results[i] is not None:
                continue
            peaks[i] = max(peaks[i], peak_resident_kib(process.pid))
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                process.returncode = os.waitstatus_to_exitcode(status)
                results[i] = (usage, peaks[i])
        if time.monotonic() > deadline:
            for i, process in enumerate(processes):
                if results[i] is None:
                    process.kill()
                    os.wait4(process.pid, 0)
            return results
        time.sleep(0.002)
    return results


def run(broker, name, pub, sub, qos, lines_path, count, run_index):
    common = ["-h", "127.0.0.1", "-p", str(broker.port), "-V", "5", "-q", str(qos),
              "-t", "bench/cli"]
    sub_id = f"bench-cli-{name}-sub-{qos}-{run_index}"
    errors = tempfile.TemporaryFile()
    subscriber = subprocess.Popen(sub + common + SUB_OPTIONS.get(name, [])
                                  + ["-C", str(count), "-i", sub_id],
                                  stdout=subprocess.DEVNULL, stderr=errors)
    if not broker.wait_for_subscription(sub_id):
        subscriber.kill()
        return {"valid": False, "error": f"{name} sub did not subscribe"}
    started = time.monotonic()
    with open(lines_path) as lines:
        publisher = subprocess.Popen(pub + common + ["-l", "-M", "100"], stdin=lines,
                                     stderr=errors)
        # A million lines take well under a minute; a stalled pair is not waited for long. Here,
        # mosquitto_pub/sub 2.0.11 stalled on every million-line stream at QoS 1 and 2 (50,000
        # lines finish): those runs are reported invalid, not measured.
        waited = wait_all([publisher, subscriber], timeout=max(30, count // 10_000))
    seconds = time.monotonic() - started
    if None in waited:
        return {"valid": False, "error": f"{name}: pub or sub did not finish in time"}
    (pub_usage, pub_peak), (sub_usage, sub_peak) = waited
    cpu = lambda u: (u.ru_utime + u.ru_stime) * 1e6 / count
    valid = publisher.returncode == 0 and subscriber.returncode == 0
    errors.seek(0)
    return {
        "tool": name, "qos": qos, "count": count, "valid": valid, "seconds": seconds,
        "lines_per_second": count / seconds,
        "pub_cpu_us_per_line": cpu(pub_usage), "sub_cpu_us_per_line": cpu(sub_usage),
        "pub_peak_rss_kib": pub_peak, "sub_peak_rss_kib": sub_peak,
        "error": "" if valid else errors.read().decode(errors="replace"),
    }
