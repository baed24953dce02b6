"""A mosquitto for the benchmarks: a free loopback port, limits lifted, subscriptions logged."""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

CONFIG = """\
listener {port} 127.0.0.1
allow_anonymous true
# Limits lifted: the workload's window is the only one (the memory part sets an in-flight limit).
max_inflight_messages {max_inflight}
max_queued_messages 0
max_queued_bytes 0
max_inflight_bytes 0
persistence false
log_dest file {log}
log_type error
log_type warning
log_type subscribe
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Broker:
    """max_inflight: the broker's max_inflight_messages, which MQTT 5 clients get as its Receive
    Maximum; 0 for none."""

    def __init__(self, max_inflight=0):
        self.max_inflight = max_inflight
        self.directory = tempfile.mkdtemp(prefix="ohmqtt-bench-")
        self.log = os.path.join(self.directory, "mosquitto.log")
        self.port = free_port()
        self.process = None

    def __enter__(self):
        executable = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
        config = os.path.join(self.directory, "mosquitto.conf")
        with open(config, "w") as out:
            out.write(CONFIG.format(port=self.port, log=self.log,
                                    max_inflight=self.max_inflight))
            if os.geteuid() == 0:
                out.write("user root\n")
        self.process = subprocess.Popen([executable, "-c", config],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError(f"mosquitto did not start on port {self.port}: {self.log_text()}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        shutil.rmtree(self.directory, ignore_errors=True)

    @property
    def pid(self):
        return self.process.pid

    def resume(self):
        """SIGCONT: the broker runs again after a program stopped it."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)

    def log_text(self):
        try:
            with open(self.log) as log:
                return log.read()
        except OSError:
            return ""

    def wait_for_subscription(self, client_id, timeout=10):
        """Until the broker logs a SUBSCRIBE from client_id (log_type subscribe)."""
        deadline = time.monotonic() + timeout
        needle = f" {client_id} "
        while time.monotonic() < deadline:
            if needle in self.log_text():
                return True
            time.sleep(0.01)
        return False

    def version(self):
        out = subprocess.run(["mosquitto", "-h"], capture_output=True, text=True).stdout
        return out.splitlines()[0] if out else "mosquitto"
