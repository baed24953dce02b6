"""What the figures were measured on: the machine, the versions, the commands."""
import datetime
import os
import platform
import subprocess


def cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def package_version(name):
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name],
                          capture_output=True, text=True)
    return done.stdout.strip() or "not installed"


def build_type(build):
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as cache:
            for line in cache:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def describe(broker_version, options, build):
    load = os.getloadavg()
    return [
        f"- Date: {datetime.date.today().isoformat()}; command: `bench/run"
        + (" --quick" if options.quick else "") + f" --runs {options.runs}`"
        + f" (build `{build}`, {build_type(build)}, g++ {package_version('g++-12')})",
        f"- Machine: {cpu_model()}, {os.cpu_count()} cores, Linux {platform.release()}; "
        f"load average before the run {load[0]:.2f}",
        f"- Broker: {broker_version} on 127.0.0.1, limits lifted (bench/runner/broker.py)",
        "- Peers: libmosquitto " + package_version("libmosquitto1") + ", Paho C "
        + package_version("libpaho-mqtt1.3") + ", Paho C++ " + package_version("libpaho-mqttpp3-1")
        + ", mosquitto_pub/sub " + package_version("mosquitto-clients")
        + "; Qt " + package_version("libqt6core6"),
    ]
