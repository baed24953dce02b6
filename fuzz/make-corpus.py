#!/usr/bin/env python3
"""Turns the golden vectors in tests/data/golden into seed corpora for the fuzz targets.

stream:       <selector byte: 0 MQTT 5.0, 1 MQTT 3.1.1> + the packet's bytes, one per packet file.
properties:   <PropertyScope index> + Property Length + properties, one per property block found
              in an MQTT 5.0 packet (the Will Properties of a CONNECT count as the Will scope),
              and for every scope an empty block and one with each property the scope allows.
sessionstore: SQLite files as MqttSqliteSessionStore writes them (schema 2, client id "fuzz"),
              holding the golden MQTT 5.0 PUBLISH packets and inbound packet identifiers.
The hand-written seeds of fuzz_topics and fuzz_addresses are in fuzz/corpus/; scripts/fuzz.sh
gives each target both directories.
"""
import hashlib
import pathlib
import sqlite3
import sys
import tempfile

# OhMqtt::PropertyScope (lib/include/OhMqtt/mqttproperties.h), by MQTT control packet type.
SCOPE_BY_TYPE = {1: 0, 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6, 8: 7, 9: 8, 10: 9, 11: 10, 14: 11,
                 15: 12}
WILL_SCOPE = 13


def read_vector(path):
    """The bytes, the protocol level ("5" or "4") and whether the file holds a whole packet."""
    version, is_packet, digits = "5", False, []
    for line in path.read_text().splitlines():
        if line.startswith("#"):
            if line.startswith("# version:"):
                version = line.split(":", 1)[1].strip()
            elif line.startswith("# packet:"):
                is_packet = True
            continue
        digits.append(line)
    return bytes.fromhex("".join(digits)), version, is_packet


def varint(data, i):
    value, shift = 0, 0
    while True:
        byte = data[i]
        value |= (byte & 0x7F) << shift
        i += 1
        if not byte & 0x80:
            return value, i
        shift += 7


def property_block(body, i):
    """The Property Length and the properties that start at body[i], and the offset after them."""
    length, start = varint(body, i)
    return body[i:start + length], start + length


def skip_string(body, i):
    return i + 2 + (body[i] << 8 | body[i + 1])


def property_blocks(packet):
    """(scope, block) for every property block of an MQTT 5.0 packet."""
    kind = packet[0] >> 4
    length, start = varint(packet, 1)
    body = packet[start:start + length]
    if kind not in SCOPE_BY_TYPE:
        return []
    scope = SCOPE_BY_TYPE[kind]
    if kind == 1:  # CONNECT: protocol name, level, flags, Keep Alive, properties, client id, Will
        i = skip_string(body, 0)
        flags = body[i + 1]
        block, i = property_block(body, i + 4)
        blocks = [(scope, block)]
        if flags & 0x04:
            blocks.append((WILL_SCOPE, property_block(body, skip_string(body, i))[0]))
        return blocks
    if kind == 2:  # CONNACK: flags, reason code
        offset = 2
    elif kind == 3:  # PUBLISH: topic, packet identifier when QoS > 0
        offset = skip_string(body, 0) + (2 if (packet[0] >> 1) & 3 else 0)
    elif 4 <= kind <= 7:  # PUBACK .. PUBCOMP: packet identifier, reason code, properties if any
        if len(body) < 4:
            return []
        offset = 3
    elif 8 <= kind <= 11:  # SUBSCRIBE .. UNSUBACK: packet identifier
        offset = 2
    else:  # DISCONNECT, AUTH: reason code, properties if any
        if len(body) < 2:
            return []
        offset = 1
    return [(scope, property_block(body, offset)[0])]


# A value of each property type: Byte, Two Byte, Four Byte, Variable Byte Integer, UTF-8 string,
# binary data, string pair.
VALUE = {"byte": b"\x01", "two": b"\x00\x0a", "four": b"\x00\x00\x00\x3c", "varint": b"\x05",
         "string": b"\x00\x03a/b", "binary": b"\x00\x02\xff\x00",
         "pair": b"\x00\x01k\x00\x01v"}
# [MQTT-2.2.2.2] identifier: (type, scopes); scopes as SCOPE_BY_TYPE's indexes, 13 the Will.
PROPERTIES = {
    0x01: ("byte", {2, 13}), 0x02: ("four", {2, 13}), 0x03: ("string", {2, 13}),
    0x08: ("string", {2, 13}), 0x09: ("binary", {2, 13}), 0x0B: ("varint", {2, 7}),
    0x11: ("four", {0, 1, 11}), 0x12: ("string", {1}), 0x13: ("two", {1}),
    0x15: ("string", {0, 1, 12}), 0x16: ("binary", {0, 1, 12}), 0x17: ("byte", {0}),
    0x18: ("four", {13}), 0x19: ("byte", {0}), 0x1A: ("string", {1}),
    0x1C: ("string", {1, 11}), 0x1F: ("string", {1, 3, 4, 5, 6, 8, 10, 11, 12}),
    0x21: ("two", {0, 1}), 0x22: ("two", {0, 1}), 0x23: ("two", {2}), 0x24: ("byte", {1}),
    0x25: ("byte", {1}), 0x26: ("pair", set(range(14))), 0x27: ("four", {0, 1}),
    0x28: ("byte", {1}), 0x29: ("byte", {1}), 0x2A: ("byte", {1}),
}


def scope_blocks():
    """(scope, block) for every scope: no properties, and every property it allows."""
    for scope in range(14):
        yield scope, b"\x00"
        body = b"".join(bytes([identifier]) + VALUE[kind]
                        for identifier, (kind, scopes) in PROPERTIES.items() if scope in scopes)
        yield scope, bytes([len(body)]) + body  # under 128 bytes: a one-byte Property Length


def session_store(publishes, incoming):
    """A session store file as the library writes it, with 512-byte pages to keep it small."""
    with tempfile.TemporaryDirectory() as directory:
        path = pathlib.Path(directory) / "store.db"
        db = sqlite3.connect(path)
        db.executescript("""
            PRAGMA page_size = 512;
            CREATE TABLE owner (id INTEGER PRIMARY KEY CHECK (id = 1), client_id TEXT NOT NULL);
            CREATE TABLE outgoing (sequence INTEGER PRIMARY KEY, packet_id INTEGER NOT NULL,
                                   released INTEGER NOT NULL, packet BLOB NOT NULL);
            CREATE TABLE incoming (packet_id INTEGER PRIMARY KEY);
            INSERT INTO owner (id, client_id) VALUES (1, 'fuzz');
            PRAGMA user_version = 2;""")
        for sequence, packet in enumerate(publishes, 1):
            db.execute("INSERT INTO outgoing VALUES (?, ?, ?, ?)",
                       (sequence, sequence, sequence % 2, packet))
        db.executemany("INSERT INTO incoming VALUES (?)", [(i,) for i in incoming])
        db.commit()
        db.close()
        return path.read_bytes()


def write_seed(directory, data):
    """Named by content: the same seed twice is one file. Returns the file name."""
    name = hashlib.sha1(data).hexdigest()
    (directory / name).write_bytes(data)
    return name


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/fuzz/corpus")
    seeds = {"stream": set(), "properties": set(), "sessionstore": set()}
    publishes = []
    for target in seeds:
        (out / target).mkdir(parents=True, exist_ok=True)
    for path in sorted((root / "tests/data/golden").glob("*.hex")):
        data, version, is_packet = read_vector(path)
        if not is_packet:
            continue
        selector = b"\x01" if version == "4" else b"\x00"
        seeds["stream"].add(write_seed(out / "stream", selector + data))
        if version == "5":
            for scope, block in property_blocks(data):
                seeds["properties"].add(write_seed(out / "properties", bytes([scope]) + block))
            if data[0] >> 4 == 3:
                publishes.append(data)
    for scope, block in scope_blocks():
        seeds["properties"].add(write_seed(out / "properties", bytes([scope]) + block))
    for store in (session_store([], []), session_store(publishes[:1], [7]),
                  session_store(publishes, [1, 2, 65535])):
        seeds["sessionstore"].add(write_seed(out / "sessionstore", store))
    for target, names in seeds.items():
        if not names:
            sys.exit(f"no seeds for fuzz_{target} in tests/data/golden")
        total = sum(1 for _ in (out / target).iterdir())
        print(f"fuzz_{target}: {len(names)} seeds generated; {total} inputs in "
              f"{out / target} with what earlier runs found")


if __name__ == "__main__":
    main()
