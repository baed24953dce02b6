#!/usr/bin/env python3
# Captures golden MQTT packets from mosquitto's tools, its broker and the specification.
"""Capture golden MQTT packets from independent sources.

Usage:  python3 capture.py [--out DIR] [--only SUBSTRING]

Sources, each recorded in the file name as <source>-<v5|v311>-<packet>-<detail>.hex:

  mosquitto_pub, mosquitto_sub
      mosquitto's command-line clients are pointed at a scripted fake broker on loopback; the
      script answers with hand-assembled server packets (CONNACK, SUBACK, ...) so the tool
      proceeds, and records every packet the tool sends.
  mosquitto
      a real mosquitto broker on a free loopback port, driven by a raw-socket client sending
      hand-assembled packets; records the packets the broker sends.
  spec
      byte examples of the MQTT 5.0 / 3.1.1 specifications, and packets assembled by hand from
      the specification where no tool produces them (AUTH).

File format: '#' comment lines, then the packet as hex (whitespace allowed):
  # source: <command line or description>
  # version: 5 | 4            (protocol level the bytes are encoded for)
  # direction: client-to-server | server-to-client
  # packet: CONNECT           (or '# primitive: ...' for non-packet examples)
  # field: <name> = <value>   one line per decoded field, in wire order
Field values: integers in decimal; reason codes as 0xNN (Name); strings and printable binary
data as JSON strings; other binary data as hex:...; properties as property.<name> in wire order.
The decoder here is independent of the library's codec. Needs only Python 3 and mosquitto.
"""

import argparse
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
from mqttwire import (  # noqa: E402
    AUTH, CONNACK, CONNECT, DISCONNECT, DISCONNECT_BYTES, PACKET_NAMES, PINGREQ, PINGREQ_BYTES,
    PINGRESP, PINGRESP_BYTES, PUBACK, PUBCOMP, PUBLISH, PUBREC, PUBREL, SUBACK, SUBSCRIBE,
    UNSUBACK, UNSUBSCRIBE, ack, binary, connack, connect, describe, packet, packet_type, props,
    publish, read_packet, split_packet, suback, subscribe, u16, u32, unsuback, unsubscribe, utf8,
    vbi)

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 15.0  # seconds for any single wait; keepalive captures wait ~5 s by design


# ---------------------------------------------------------------------------------------------
# Output

class Output:
    def __init__(self, directory, only):
        self.directory = directory
        self.only = only
        self.written = []

    def wanted(self, name):
        return not self.only or self.only in name

    def write(self, name, raw, source, version, direction, notes=(), random=False):
        """random: the bytes differ on every run; an existing file is kept so tests stay valid."""
        if random and os.path.exists(os.path.join(self.directory, name + ".hex")):
            print("kept", name + ".hex", "(its content is random; delete it to capture anew)")
            return
        first, body = split_packet(raw)
        packet_name, level, fields = describe(first, body, version)
        expected_prefix = "%s-%s-%s-" % (name.split("-")[0], "v5" if level == 5 else "v311",
                                        packet_name.lower())
        if not name.startswith(expected_prefix):
            raise ValueError("%s: expected the name to start with %s" % (name, expected_prefix))
        lines = ["# source: " + source, "# version: %d" % level, "# direction: " + direction,
                 "# packet: " + packet_name]
        lines += ["# note: " + note for note in notes]
        lines += ["# field: %s = %s" % field for field in fields]
        self._write(name, lines, raw)

    def write_primitive(self, name, raw, source, primitive, fields, notes=()):
        lines = ["# source: " + source, "# version: 5", "# primitive: " + primitive]
        lines += ["# note: " + note for note in notes]
        lines += ["# field: %s = %s" % field for field in fields]
        self._write(name, lines, raw)

    def _write(self, name, lines, raw):
        if not self.wanted(name):
            return
        hex_lines = [" ".join("%02x" % b for b in raw[i:i + 16]) for i in range(0, len(raw), 16)]
        path = os.path.join(self.directory, name + ".hex")
        with open(path, "w", encoding="utf-8") as file:
            file.write("\n".join(lines + (hex_lines or [""])) + "\n")
        self.written.append(name)
        print("wrote", name + ".hex")


# ---------------------------------------------------------------------------------------------
# Part 1: mosquitto_pub / mosquitto_sub against a scripted fake broker.

def fake_broker_answer(raw, version):
    """The server packet that lets a mosquitto tool go on after sending `raw`, or b""."""
    first, body = split_packet(raw)
    type_ = first >> 4
    fields = dict(describe(first, body, version)[2])
    packet_id = fields.get("packet_id")
    if type_ == CONNECT:
        return connack(version)
    if type_ == SUBSCRIBE:
        granted = [value for key, value in fields.items()
                   if key.endswith("maximum_qos") or key.endswith("requested_qos")]
        return suback(version, packet_id, granted)
    if type_ == UNSUBSCRIBE:
        return unsuback(version, packet_id, sum(1 for key in fields if key.startswith("topic")))
    if type_ == PUBLISH:
        qos = fields["qos"]
        return ack(PUBACK, packet_id) if qos == 1 else ack(PUBREC, packet_id) if qos == 2 else b""
    if type_ == PUBREC:
        return ack(PUBREL, packet_id)
    if type_ == PUBREL:
        return ack(PUBCOMP, packet_id)
    if type_ == PINGREQ:
        return PINGRESP_BYTES
    return b""


def run_tool(argv, version, publish_after=None, publish_qos=0):
    """Runs a mosquitto tool against a fake broker; returns the packets the tool sent and the
    command line. publish_after: once the answer to this packet type is sent, deliver one
    PUBLISH to golden/a (mosquitto_sub -C 1 then disconnects)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(TIMEOUT)
    port = server.getsockname()[1]
    command = [arg.replace("{port}", str(port)) for arg in argv]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    received = []
    try:
        conn, _ = server.accept()
        conn.settimeout(TIMEOUT)
        with conn:
            while True:
                raw = read_packet(conn)
                if raw is None:
                    break
                received.append(raw)
                if packet_type(raw) == DISCONNECT:
                    break
                conn.sendall(fake_broker_answer(raw, version))
                if packet_type(raw) == publish_after:
                    conn.sendall(publish(version, "golden/a", b"hi", publish_qos, False,
                                         1 if publish_qos else 0))
    finally:
        server.close()
        try:
            _, errors = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            _, errors = process.communicate()
    if process.returncode != 0:
        print("warning: %s exited with %d: %s" % (command[0], process.returncode,
                                                   errors.decode(errors="replace").strip()))
    shown = [os.path.basename(command[0])] + command[1:]
    return received, " ".join(arg if arg != str(port) else "<port>" for arg in shown)


def find(packets, type_, index=0):
    matches = [raw for raw in packets if packet_type(raw) == type_]
    if len(matches) <= index:
        raise RuntimeError("no %s #%d among %s" % (PACKET_NAMES[type_], index,
                                                  [PACKET_NAMES[packet_type(r)] for r in packets]))
    return matches[index]


def capture_tools(out):
    pub = shutil.which("mosquitto_pub")
    sub = shutil.which("mosquitto_sub")
    if not pub or not sub:
        sys.exit("mosquitto_pub and mosquitto_sub are needed (package mosquitto-clients)")
    c2s = "client-to-server"
    host = ["-h", "127.0.0.1", "-p", "{port}"]

    for tag, v, level in (("v5", "5", 5), ("v311", "311", 4)):
        # QoS 0, the simplest CONNECT, PUBLISH and DISCONNECT.
        packets, cmd = run_tool([pub, *host, "-V", v, "-i", "golden-pub", "-t", "golden/topic",
                                 "-m", "hello"], level)
        out.write("mosquitto_pub-%s-connect-minimal" % tag, find(packets, CONNECT), cmd, level, c2s)
        out.write("mosquitto_pub-%s-publish-qos0" % tag, find(packets, PUBLISH), cmd, level, c2s)
        out.write("mosquitto_pub-%s-disconnect-normal" % tag, find(packets, DISCONNECT), cmd,
                  level, c2s)

        # QoS 1, retained, with a will, user name and password (and properties in MQTT 5.0).
        argv = [pub, *host, "-V", v, "-i", "golden-pub-full", "-k", "30", "-u", "golden-user",
                "-P", "golden-secret", "--will-topic", "golden/will", "--will-payload", "gone",
                "--will-qos", "1", "--will-retain", "-t", "golden/retained", "-m", "kept",
                "-q", "1", "-r"]
        if level == 5:
            argv += ["-D", "connect", "session-expiry-interval", "60",
                     "-D", "connect", "receive-maximum", "20",
                     "-D", "connect", "user-property", "client", "golden",
                     "-D", "will", "content-type", "text/plain",
                     "-D", "will", "will-delay-interval", "5",
                     "-D", "publish", "user-property", "a", "b",
                     "-D", "publish", "content-type", "text/plain",
                     "-D", "publish", "payload-format-indicator", "1",
                     "-D", "publish", "message-expiry-interval", "3600",
                     "-D", "publish", "response-topic", "golden/reply",
                     "-D", "publish", "correlation-data", "0102"]
        packets, cmd = run_tool(argv, level)
        out.write("mosquitto_pub-%s-connect-will-credentials" % tag, find(packets, CONNECT), cmd,
                  level, c2s)
        out.write("mosquitto_pub-%s-publish-qos1-retain%s" % (tag, "-properties" if level == 5
                                                              else ""),
                  find(packets, PUBLISH), cmd, level, c2s)

        # QoS 2: PUBLISH, then PUBREL after our PUBREC.
        argv = [pub, *host, "-V", v, "-i", "golden-pub-qos2", "-t", "golden/exactly-once",
                "-m", "once", "-q", "2"]
        if level == 5:
            argv += ["-D", "disconnect", "session-expiry-interval", "0",
                     "-D", "disconnect", "user-property", "bye", "now"]
        packets, cmd = run_tool(argv, level)
        out.write("mosquitto_pub-%s-publish-qos2" % tag, find(packets, PUBLISH), cmd, level, c2s)
        out.write("mosquitto_pub-%s-pubrel-success" % tag, find(packets, PUBREL), cmd, level, c2s)
        if level == 5:
            out.write("mosquitto_pub-v5-disconnect-properties", find(packets, DISCONNECT), cmd,
                      level, c2s)

        # SUBSCRIBE with several filters and options, then PUBACK for our QoS 1 PUBLISH.
        argv = [sub, *host, "-V", v, "-i", "golden-sub", "-q", "1", "-t", "golden/a",
                "-t", "golden/b/#", "-C", "1", "-W", "10"]
        if level == 5:
            argv += ["--retain-as-published", "-D", "subscribe", "subscription-identifier", "5",
                     "-D", "subscribe", "user-property", "filter", "two", "-x", "120", "-c"]
        packets, cmd = run_tool(argv, level, publish_after=SUBSCRIBE, publish_qos=1)
        if level == 5:
            out.write("mosquitto_sub-v5-connect-session-expiry", find(packets, CONNECT), cmd,
                      level, c2s)
        out.write("mosquitto_sub-%s-subscribe-two-filters" % tag, find(packets, SUBSCRIBE), cmd,
                  level, c2s)
        out.write("mosquitto_sub-%s-puback-success" % tag, find(packets, PUBACK), cmd, level, c2s)

        # QoS 2 delivery to the tool: it answers PUBREC and, after our PUBREL, PUBCOMP.
        packets, cmd = run_tool([sub, *host, "-V", v, "-i", "golden-sub-qos2", "-q", "2",
                                 "-t", "golden/a", "-C", "1", "-W", "10"], level,
                                publish_after=SUBSCRIBE, publish_qos=2)
        out.write("mosquitto_sub-%s-subscribe-qos2" % tag, find(packets, SUBSCRIBE), cmd, level,
                  c2s)
        out.write("mosquitto_sub-%s-pubrec-success" % tag, find(packets, PUBREC), cmd, level, c2s)
        out.write("mosquitto_sub-%s-pubcomp-success" % tag, find(packets, PUBCOMP), cmd, level,
                  c2s)

        # UNSUBSCRIBE (-U) after the subscription; the tool sends one packet per -U filter.
        argv = [sub, *host, "-V", v, "-i", "golden-unsub", "-t", "golden/a",
                "-U", "golden/older/+", "-C", "1", "-W", "10"]
        if level == 5:
            argv += ["-D", "unsubscribe", "user-property", "why", "cleanup"]
        packets, cmd = run_tool(argv, level, publish_after=UNSUBSCRIBE)
        out.write("mosquitto_sub-%s-unsubscribe-one-filter" % tag, find(packets, UNSUBSCRIBE),
                  cmd, level, c2s)

        # PINGREQ after the 5 s keep alive of an idle subscriber.
        packets, cmd = run_tool([sub, *host, "-V", v, "-i", "golden-ping", "-k", "5",
                                 "-t", "golden/a", "-C", "1", "-W", "20"], level,
                                publish_after=PINGREQ)
        out.write("mosquitto_sub-%s-pingreq-keep-alive-5" % tag, find(packets, PINGREQ), cmd, level, c2s)


# ---------------------------------------------------------------------------------------------
# Part 2: a raw client against a real mosquitto broker.

def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Broker:
    def __init__(self, extra_config=(), files=None, prepare=None):
        self.dir = tempfile.mkdtemp(prefix="ohmqtt-capture-")
        self.port = free_port()
        for name, text in (files or {}).items():
            with open(os.path.join(self.dir, name), "w", encoding="utf-8") as file:
                file.write(text)
        if prepare:
            prepare(self.dir)
        config = ["persistence false", "log_dest file " + os.path.join(self.dir, "log"),
                  "log_type all", "per_listener_settings false",
                  "listener %d 127.0.0.1" % self.port]
        if os.geteuid() == 0:
            config.insert(0, "user root")
        config += [line.replace("{dir}", self.dir) for line in extra_config]
        if not any(line.startswith("allow_anonymous") for line in config):
            config.append("allow_anonymous true")
        self.config = os.path.join(self.dir, "mosquitto.conf")
        with open(self.config, "w", encoding="utf-8") as file:
            file.write("\n".join(config) + "\n")
        self.description = "mosquitto %s broker (%s)" % (mosquitto_version(),
                                                         "; ".join(extra_config) or "defaults")
        self.process = subprocess.Popen([mosquitto_path(), "-c", self.config],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = self.log()
                    self.stop()
                    raise RuntimeError("mosquitto did not start: %s" % log)
                try:  # waiting for an early exit paces the connection attempts
                    self.process.wait(timeout=0.02)
                except subprocess.TimeoutExpired:
                    pass

    def log(self):
        try:
            with open(os.path.join(self.dir, "log"), encoding="utf-8") as file:
                return file.read()
        except OSError:
            return ""

    def client(self):
        return Client(self.port)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class Client:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)

    def send(self, raw):
        self.sock.sendall(raw)

    def expect(self, type_):
        raw = read_packet(self.sock)
        if raw is None:
            raise RuntimeError("connection closed while waiting for %s" % PACKET_NAMES[type_])
        if packet_type(raw) != type_:
            raise RuntimeError("expected %s, got %s (%s)" % (PACKET_NAMES[type_],
                                                             PACKET_NAMES[packet_type(raw)],
                                                             raw.hex()))
        return raw

    def exchange(self, raw, type_):
        self.send(raw)
        return self.expect(type_)

    def closed(self):
        return read_packet(self.sock) is None

    def close(self):
        self.sock.close()


def mosquitto_path():
    for path in ("/usr/sbin/mosquitto", shutil.which("mosquitto") or ""):
        if path and os.access(path, os.X_OK):
            return path
    sys.exit("mosquitto is needed (package mosquitto)")


def mosquitto_version():
    result = subprocess.run([mosquitto_path(), "-h"], capture_output=True, text=True)
    words = (result.stdout + result.stderr).split()
    return words[words.index("version") + 1] if "version" in words else "?"


S2C = "server-to-client"


def packet_id_of(raw, level):
    return dict(describe(raw[0], split_packet(raw)[1], level)[2])["packet_id"]


def connected(broker, level, client_id, **kwargs):
    client = broker.client()
    client.exchange(connect(level, client_id, **kwargs), CONNACK)
    return client


def capture_broker_sessions(out, broker, tag, level):
    """CONNACK (clean, session present), PINGRESP."""
    src = broker.description
    client = broker.client()
    raw = client.exchange(connect(level, "golden-b-" + tag), CONNACK)
    out.write("mosquitto-%s-connack-success" % tag, raw, src + "; raw client sent CONNECT clean, "
              "keep alive 60, client id golden-b-" + tag, level, S2C)
    raw = client.exchange(PINGREQ_BYTES, PINGRESP)
    out.write("mosquitto-%s-pingresp-reply" % tag, raw, src + "; raw client sent PINGREQ", level,
              S2C)
    client.send(DISCONNECT_BYTES)
    client.close()

    # A persistent session, then the same client id again.
    session = props((0x11, u32(300))) if level == 5 else b"\x00"
    client = connected(broker, level, "golden-persist-" + tag, clean=False, properties=session)
    client.send(DISCONNECT_BYTES)
    client.close()
    client = broker.client()
    raw = client.exchange(connect(level, "golden-persist-" + tag, clean=False,
                                  properties=session), CONNACK)
    out.write("mosquitto-%s-connack-session-present" % tag, raw, src + "; raw client connected "
              "twice with clean %s 0%s and client id golden-persist-%s" % (
                  "start" if level == 5 else "session",
                  ", Session Expiry Interval 300" if level == 5 else "", tag), level, S2C)
    client.send(DISCONNECT_BYTES)
    client.close()

    if level == 5:
        client = broker.client()
        raw = client.exchange(connect(5, ""), CONNACK)
        out.write("mosquitto-v5-connack-assigned-client-identifier", raw, src + "; raw client "
                  "sent CONNECT with an empty client id and clean start 1", level, S2C,
                  ["the broker picks a random identifier; capture.py keeps an existing file"],
                  random=True)
        client.send(DISCONNECT_BYTES)
        client.close()


def capture_broker_flows(out, broker, tag, level):
    """SUBACK, UNSUBACK, PUBLISH (QoS 1, 2, retained), PUBACK, PUBREC, PUBREL, PUBCOMP."""
    src = broker.description
    subscriber = connected(broker, level, "golden-subscriber-" + tag)
    raw = subscriber.exchange(subscribe(level, 7, [("golden/q0", 0), ("golden/q1", 1),
                                                   ("golden/q2/#", 2)]), SUBACK)
    out.write("mosquitto-%s-suback-granted-qos0-1-2" % tag, raw, src + "; raw client sent "
              "SUBSCRIBE id 7: golden/q0 QoS 0, golden/q1 QoS 1, golden/q2/# QoS 2", level, S2C)
    publisher = connected(broker, level, "golden-publisher-" + tag)

    # QoS 1: PUBACK to the publisher, a QoS 1 PUBLISH to the subscriber.
    pub_props = props((0x01, b"\x01"), (0x03, utf8("text/plain")),
                      (0x26, utf8("k") + utf8("v"))) if level == 5 else b"\x00"
    raw = publisher.exchange(publish(level, "golden/q1", b"one", 1, False, 11, pub_props), PUBACK)
    out.write("mosquitto-%s-puback-success" % tag, raw, src + "; raw client sent PUBLISH QoS 1 "
              "id 11 to golden/q1 (one subscriber)", level, S2C)
    raw = subscriber.expect(PUBLISH)
    out.write("mosquitto-%s-publish-qos1%s" % (tag, "-properties" if level == 5 else ""), raw,
              src + "; delivered to a QoS 1 subscriber of golden/q1 after PUBLISH QoS 1 payload "
              "\"one\"%s" % (" with payload format 1, content type text/plain, user property "
                             "k=v" if level == 5 else ""), level, S2C)
    subscriber.send(ack(PUBACK, packet_id_of(raw, level)))

    # QoS 2: PUBREC and PUBCOMP to the publisher; PUBLISH and PUBREL to the subscriber.
    raw = publisher.exchange(publish(level, "golden/q2/x", b"two", 2, False, 12), PUBREC)
    out.write("mosquitto-%s-pubrec-success" % tag, raw, src + "; raw client sent PUBLISH QoS 2 "
              "id 12 to golden/q2/x (one subscriber)", level, S2C)
    raw = publisher.exchange(ack(PUBREL, 12), PUBCOMP)
    out.write("mosquitto-%s-pubcomp-success" % tag, raw, src + "; raw client sent PUBREL id 12",
              level, S2C)
    raw = subscriber.expect(PUBLISH)
    out.write("mosquitto-%s-publish-qos2" % tag, raw, src + "; delivered to a QoS 2 subscriber "
              "of golden/q2/# after PUBLISH QoS 2 payload \"two\"", level, S2C)
    packet_id = packet_id_of(raw, level)
    raw = subscriber.exchange(ack(PUBREC, packet_id), PUBREL)
    out.write("mosquitto-%s-pubrel-success" % tag, raw, src + "; the subscriber sent PUBREC id "
              "%d" % packet_id, level, S2C)
    subscriber.send(ack(PUBCOMP, packet_id))

    # QoS 1 nobody subscribed to: MQTT 5.0 says so in the PUBACK.
    raw = publisher.exchange(publish(level, "golden/nobody", b"x", 1, False, 13), PUBACK)
    out.write("mosquitto-%s-puback-%s" % (tag, "no-matching-subscribers" if level == 5
                                          else "no-subscribers"), raw,
              src + "; raw client sent PUBLISH QoS 1 id 13 to golden/nobody (no subscribers)",
              level, S2C)

    # A retained message reaches a new subscription with the retain flag.
    publisher.exchange(publish(level, "golden/retained", b"kept", 1, True, 14), PUBACK)
    raw = subscriber.exchange(subscribe(level, 8, [("golden/retained", 1)]), SUBACK)
    out.write("mosquitto-%s-suback-granted-qos1" % tag, raw, src + "; raw client sent SUBSCRIBE "
              "id 8: golden/retained QoS 1", level, S2C)
    raw = subscriber.expect(PUBLISH)
    out.write("mosquitto-%s-publish-retained" % tag, raw, src + "; retained message \"kept\" "
              "(published QoS 1 with retain) sent on a new QoS 1 subscription", level, S2C)
    subscriber.send(ack(PUBACK, packet_id_of(raw, level)))

    raw = subscriber.exchange(unsubscribe(level, 9, ["golden/q0", "golden/never"]), UNSUBACK)
    out.write("mosquitto-%s-unsuback-two-filters" % tag, raw, src + "; raw client sent "
              "UNSUBSCRIBE id 9: golden/q0 (subscribed), golden/never (not subscribed)", level,
              S2C)

    if level == 5:
        # A Subscription Identifier comes back in the PUBLISH.
        subscriber.exchange(subscribe(5, 10, [("golden/sid", 0x01)], props((0x0B, vbi(200)))),
                            SUBACK)
        publisher.exchange(publish(5, "golden/sid", b"sid", 1, False, 16), PUBACK)
        raw = subscriber.expect(PUBLISH)
        out.write("mosquitto-v5-publish-subscription-identifier", raw, src + "; delivered on a "
                  "QoS 1 subscription to golden/sid made with Subscription Identifier 200", level,
                  S2C)
        subscriber.send(ack(PUBACK, packet_id_of(raw, level)))

    publisher.send(DISCONNECT_BYTES)
    subscriber.send(DISCONNECT_BYTES)
    publisher.close()
    subscriber.close()


def capture_broker_refusals(out):
    """CONNACK refusals, SUBACK failures."""
    with Broker() as broker:
        src = broker.description
        client = broker.client()
        raw = client.exchange(connect(4, "", clean=False), CONNACK)
        out.write("mosquitto-v311-connack-identifier-rejected", raw, src + "; raw client sent "
                  "CONNECT with an empty client id and clean session 0", 4, S2C)
        client = broker.client()
        raw = client.exchange(connect(6, "golden-level6"), CONNACK)
        out.write("mosquitto-v311-connack-unacceptable-protocol-version", raw, src + "; raw "
                  "client sent CONNECT with protocol name MQTT and protocol level 6", 4, S2C,
                  ["the broker answers in the 3.1.1 format as it does not know the version"])

    with Broker(["allow_anonymous false"]) as broker:
        for tag, level in (("v5", 5), ("v311", 4)):
            client = broker.client()
            raw = client.exchange(connect(level, "golden-anonymous"), CONNACK)
            out.write("mosquitto-%s-connack-not-authorized" % tag, raw, broker.description +
                      "; raw client sent CONNECT without user name", level, S2C)

    # mosquitto's acl_file does not check SUBSCRIBE; the dynamic security plugin does.
    plugin = dynamic_security_plugin()
    dynsec = {"defaultACLAccess": {"publishClientSend": True, "publishClientReceive": True,
                                   "subscribe": False, "unsubscribe": True},
              "clients": [], "groups": [{"groupname": "anonymous", "roles": [{"rolename": "r"}]}],
              "roles": [{"rolename": "r", "acls": [{"acltype": "subscribePattern",
                                                    "topic": "golden/allowed/#", "allow": True}]}],
              "anonymousGroup": "anonymous"}
    with Broker(["plugin " + plugin, "plugin_opt_config_file {dir}/dynsec.json"],
                {"dynsec.json": json.dumps(dynsec)}) as broker:
        for tag, level in (("v5", 5), ("v311", 4)):
            client = connected(broker, level, "golden-acl-" + tag)
            raw = client.exchange(subscribe(level, 3, [("golden/allowed/x", 1),
                                                       ("golden/denied", 1)]), SUBACK)
            out.write("mosquitto-%s-suback-one-refused" % tag, raw, broker.description +
                      " with the dynamic security plugin allowing anonymous clients to "
                      "subscribe to golden/allowed/# only; raw client sent SUBSCRIBE id 3: "
                      "golden/allowed/x QoS 1, golden/denied QoS 1", level, S2C)
            client.send(DISCONNECT_BYTES)
            client.close()


def dynamic_security_plugin():
    for path in glob.glob("/usr/lib/*/mosquitto_dynamic_security.so") + \
            glob.glob("/usr/lib/mosquitto_dynamic_security.so"):
        return path
    sys.exit("mosquitto_dynamic_security.so is needed (package mosquitto)")


def capture_broker_limits(out):
    """CONNACK with the server's limits as properties; DISCONNECT for breaking them (MQTT 5.0)."""
    limits = ["max_qos 1", "retain_available false", "max_keepalive 30", "max_packet_size 1000",
              "max_inflight_messages 7", "max_topic_alias 5"]
    with Broker(limits) as broker:
        src = broker.description
        client = broker.client()
        raw = client.exchange(connect(5, "golden-limits", keepalive=120), CONNACK)
        out.write("mosquitto-v5-connack-server-limits", raw, src + "; raw client sent CONNECT "
                  "clean, keep alive 120, client id golden-limits", 5, S2C)
        raw = client.exchange(subscribe(5, 4, [("golden/limits", 2)]), SUBACK)
        out.write("mosquitto-v5-suback-downgraded-qos1", raw, src + "; raw client sent "
                  "SUBSCRIBE id 4: golden/limits QoS 2", 5, S2C)
        client.close()

        def disconnected(name, offender, what):
            client = connected(broker, 5, "golden-" + name)
            raw = client.exchange(offender, DISCONNECT)
            out.write("mosquitto-v5-disconnect-" + name, raw, src + "; raw client sent " + what,
                      5, S2C)
            client.close()

        disconnected("topic-alias-invalid",
                     publish(5, "golden/alias", b"x", 0, False, 0, props((0x23, u16(6)))),
                     "PUBLISH QoS 0 with Topic Alias 6 (Topic Alias Maximum 5)")
        disconnected("packet-too-large", publish(5, "golden/large", b"x" * 1000),
                     "a PUBLISH of more than 1000 bytes (Maximum Packet Size 1000)")
        disconnected("qos-not-supported", publish(5, "golden/qos2", b"x", 2, False, 1),
                     "PUBLISH QoS 2 (Maximum QoS 1)")
        disconnected("retain-not-supported", publish(5, "golden/retain", b"x", 0, True),
                     "PUBLISH with retain (Retain Available 0)")
        disconnected("malformed-packet",
                     publish(5, "golden/prop", b"x", 0, False, 0, props((0x11, u32(1)))),
                     "PUBLISH carrying a Session Expiry Interval property")


def capture_broker(out):
    with Broker() as broker:
        for tag, level in (("v5", 5), ("v311", 4)):
            capture_broker_sessions(out, broker, tag, level)
            capture_broker_flows(out, broker, tag, level)
    capture_broker_refusals(out)
    capture_broker_limits(out)


# ---------------------------------------------------------------------------------------------
# Part 3: the specification's examples and hand-assembled packets.

def capture_spec(out):
    c2s, s2c = "client-to-server", "server-to-client"
    # MQTT 5.0 section 1.5.4 / 3.1.1 section 1.5.3: the string "A\U0002A6D4" (U+0041 U+2A6D4).
    out.write_primitive("spec-v5-utf8string-example", bytes.fromhex("000541f0aa9b94"),
                        "MQTT 5.0 section 1.5.4 (MQTT 3.1.1 section 1.5.3) UTF-8 Encoded String "
                        "non-normative example", "utf8-string",
                        [("length", 5), ("value", "\"A\\U0002A6D4\" (U+0041 U+2A6D4)")])
    # MQTT 5.0 section 1.5.5 Table 1-1 / 3.1.1 section 2.2.3 Table 2.4: the boundaries.
    for value in (0, 127, 128, 16383, 16384, 2097151, 2097152, 268435455):
        out.write_primitive("spec-v5-varint-%d" % value, vbi(value),
                            "MQTT 5.0 section 1.5.5 Table 1-1 (MQTT 3.1.1 section 2.2.3 Table 2.4) "
                            "Variable Byte Integer size boundaries", "variable-byte-integer",
                            [("value", value)])

    # CONNECT variable header examples; the fixed header and payload are assembled by hand
    # to match the flags (will QoS 1, will flag, user name, password, clean start/session).
    will_props = b"\x00"
    for level, tag, section in ((5, "v5", "MQTT 5.0 section 3.1.2.12 Figure 3-6"),
                                (4, "v311", "MQTT 3.1.1 section 3.1.2.11 Figure 3.6")):
        header = utf8("MQTT") + bytes([level, 0xCE]) + u16(10)
        if level == 5:
            header += props((0x11, u32(10)))
        payload = utf8("spec-example") + (will_props if level == 5 else b"") + utf8("a/will") \
            + binary(b"gone") + utf8("user") + binary(b"pass")
        out.write("spec-%s-connect-variable-header-example" % tag,
                  packet(CONNECT, 0, header + payload),
                  section + " variable header non-normative example (flags 0xCE, keep alive 10"
                  + (", Session Expiry Interval 10" if level == 5 else "") + "); fixed header "
                  "and payload hand-assembled per section 3.1.3", level, c2s)

    # PUBLISH / SUBSCRIBE / SUBACK / UNSUBSCRIBE examples of MQTT 3.1.1 (a/b, c/d, id 10).
    out.write("spec-v311-publish-variable-header-example",
              publish(4, "a/b", b"", 1, False, 10),
              "MQTT 3.1.1 section 3.3.2.3 Table 3.3 and Figure 3.11 PUBLISH variable header "
              "non-normative example (topic a/b, packet id 10); fixed header with QoS 1 "
              "hand-assembled, empty payload",
              4, c2s)
    out.write("spec-v5-publish-variable-header-example",
              publish(5, "a/b", b"", 1, False, 10),
              "MQTT 5.0 section 3.3.2 Figure 3-9 PUBLISH variable header non-normative example "
              "(topic a/b, packet id 10, no properties); fixed header with QoS 1 hand-assembled, "
              "empty payload", 5, c2s)
    out.write("spec-v311-subscribe-payload-example",
              subscribe(4, 10, [("a/b", 1), ("c/d", 2)]),
              "MQTT 3.1.1 section 3.8.2 Figure 3.21 (packet id 10) and section 3.8.3.1 Table 3.5 / "
              "Figure 3.23 payload non-normative example (a/b QoS 1, c/d QoS 2)", 4, c2s)
    out.write("spec-v5-subscribe-payload-example",
              subscribe(5, 10, [("a/b", 1), ("c/d", 2)]),
              "MQTT 5.0 section 3.8.2 variable header example (packet id 10, no properties) and "
              "section 3.8.3 payload non-normative example (a/b options 1, c/d options 2)", 5, c2s)
    out.write("spec-v5-subscribe-no-local-retain-handling",
              subscribe(5, 11, [("golden/nl", 0x01 | 0x04 | 0x08 | 0x20)]),
              "MQTT 5.0 section 3.8.3.1 subscription options hand-assembled: QoS 1, No Local, "
              "Retain As Published, Retain Handling 2 (mosquitto_sub has no --nl option)", 5, c2s)
    out.write("spec-v311-suback-payload-example", suback(4, 10, [0x00, 0x02, 0x80]),
              "MQTT 3.1.1 section 3.9.3.1 Table 3.6 / Figure 3.27 payload non-normative example "
              "(Success QoS 0, Success QoS 2, Failure); packet id 10 hand-assembled", 4, s2c)
    out.write("spec-v311-unsubscribe-payload-example", unsubscribe(4, 10, ["a/b", "c/d"]),
              "MQTT 3.1.1 section 3.10.3 Table 3.7 / Figure 3.30 payload non-normative example "
              "(a/b, c/d); packet id 10 hand-assembled", 4, c2s)
    out.write("spec-v5-unsubscribe-payload-example", unsubscribe(5, 10, ["a/b", "c/d"]),
              "MQTT 5.0 section 3.10.3 payload non-normative example (a/b, c/d); packet id 10 "
              "and empty properties hand-assembled", 5, c2s)
    out.write("spec-v5-disconnect-variable-header-example",
              packet(DISCONNECT, 0, b"\x00" + props((0x11, u32(0)))),
              "MQTT 5.0 section 3.14.2.2 Figure 3-24 DISCONNECT variable header non-normative "
              "example (Normal Disconnection, Session Expiry Interval 0); fixed header "
              "hand-assembled", 5, c2s)

    # CONNACK return codes mosquitto does not send (it answers bad credentials with 5).
    for code, name in ((3, "server-unavailable"), (4, "bad-username-or-password")):
        out.write("spec-v311-connack-" + name, connack(4, False, code),
                  "MQTT 3.1.1 section 3.2.2.3 Table 3.1, hand-assembled: CONNACK return code %d"
                  % code, 4, s2c)

    # AUTH: no mosquitto tool sends it; assembled by hand from MQTT 5.0 section 3.15.
    out.write("spec-v5-auth-continue-authentication",
              packet(AUTH, 0, bytes([0x18]) + props((0x15, utf8("SCRAM-SHA-1")),
                                                   (0x16, binary(b"client-first-data")))),
              "MQTT 5.0 section 3.15, hand-assembled: Continue Authentication (0x18) with "
              "Authentication Method SCRAM-SHA-1 and Authentication Data", 5, c2s)
    out.write("spec-v5-auth-reauthenticate-reason-string",
              packet(AUTH, 0, bytes([0x19]) + props((0x15, utf8("SCRAM-SHA-1")),
                                                   (0x1F, utf8("again")),
                                                   (0x26, utf8("k") + utf8("v")))),
              "MQTT 5.0 section 3.15, hand-assembled: Re-authenticate (0x19) with Authentication "
              "Method, Reason String and a User Property", 5, c2s)
    out.write("spec-v5-auth-success-empty", packet(AUTH, 0, b""),
              "MQTT 5.0 section 3.15.2.1, hand-assembled: Success with no properties, Reason Code "
              "and Property Length omitted (Remaining Length 0)", 5, s2c)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=HERE, help="output directory (default: this folder)")
    parser.add_argument("--only", default="", help="only write files whose name contains this")
    parser.add_argument("--skip-tools", action="store_true")
    parser.add_argument("--skip-broker", action="store_true")
    args = parser.parse_args()
    out = Output(args.out, args.only)
    capture_spec(out)
    if not args.skip_tools:
        capture_tools(out)
    if not args.skip_broker:
        capture_broker(out)
    print("%d files written to %s" % (len(out.written), args.out))


if __name__ == "__main__":
    main()
