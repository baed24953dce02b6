# MQTT wire helpers for capture.py: hand-assembled packets and an independent decoder.
"""Encoders for the packets capture.py sends and a decoder for the "# field:" lines.

Written from the MQTT 5.0 and 3.1.1 specifications; shares no code with the library."""

import json

PACKET_NAMES = {1: "CONNECT", 2: "CONNACK", 3: "PUBLISH", 4: "PUBACK", 5: "PUBREC",
                6: "PUBREL", 7: "PUBCOMP", 8: "SUBSCRIBE", 9: "SUBACK", 10: "UNSUBSCRIBE",
                11: "UNSUBACK", 12: "PINGREQ", 13: "PINGRESP", 14: "DISCONNECT", 15: "AUTH"}
CONNECT, CONNACK, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBSCRIBE, SUBACK, \
    UNSUBSCRIBE, UNSUBACK, PINGREQ, PINGRESP, DISCONNECT, AUTH = range(1, 16)

# MQTT 5.0 section 2.2.2.2: identifier -> (name, type)
PROPERTIES = {
    0x01: ("payload_format_indicator", "byte"), 0x02: ("message_expiry_interval", "u32"),
    0x03: ("content_type", "utf8"), 0x08: ("response_topic", "utf8"),
    0x09: ("correlation_data", "binary"), 0x0B: ("subscription_identifier", "varint"),
    0x11: ("session_expiry_interval", "u32"), 0x12: ("assigned_client_identifier", "utf8"),
    0x13: ("server_keep_alive", "u16"), 0x15: ("authentication_method", "utf8"),
    0x16: ("authentication_data", "binary"), 0x17: ("request_problem_information", "byte"),
    0x18: ("will_delay_interval", "u32"), 0x19: ("request_response_information", "byte"),
    0x1A: ("response_information", "utf8"), 0x1C: ("server_reference", "utf8"),
    0x1F: ("reason_string", "utf8"), 0x21: ("receive_maximum", "u16"),
    0x22: ("topic_alias_maximum", "u16"), 0x23: ("topic_alias", "u16"),
    0x24: ("maximum_qos", "byte"), 0x25: ("retain_available", "byte"),
    0x26: ("user_property", "pair"), 0x27: ("maximum_packet_size", "u32"),
    0x28: ("wildcard_subscription_available", "byte"),
    0x29: ("subscription_identifier_available", "byte"),
    0x2A: ("shared_subscription_available", "byte"),
}

# MQTT 5.0 section 2.4 (names as in the library's ReasonCode enum)
REASONS = {
    0x00: "Success", 0x01: "GrantedQoS1", 0x02: "GrantedQoS2",
    0x04: "DisconnectWithWillMessage", 0x10: "NoMatchingSubscribers",
    0x11: "NoSubscriptionExisted", 0x18: "ContinueAuthentication", 0x19: "ReAuthenticate",
    0x80: "UnspecifiedError", 0x81: "MalformedPacket", 0x82: "ProtocolError",
    0x83: "ImplementationSpecificError", 0x84: "UnsupportedProtocolVersion",
    0x85: "ClientIdentifierNotValid", 0x86: "BadUserNameOrPassword", 0x87: "NotAuthorized",
    0x88: "ServerUnavailable", 0x89: "ServerBusy", 0x8A: "Banned",
    0x8B: "ServerShuttingDown", 0x8C: "BadAuthenticationMethod", 0x8D: "KeepAliveTimeout",
    0x8E: "SessionTakenOver", 0x8F: "TopicFilterInvalid", 0x90: "TopicNameInvalid",
    0x91: "PacketIdentifierInUse", 0x92: "PacketIdentifierNotFound",
    0x93: "ReceiveMaximumExceeded", 0x94: "TopicAliasInvalid", 0x95: "PacketTooLarge",
    0x96: "MessageRateTooHigh", 0x97: "QuotaExceeded", 0x98: "AdministrativeAction",
    0x99: "PayloadFormatInvalid", 0x9A: "RetainNotSupported", 0x9B: "QoSNotSupported",
    0x9C: "UseAnotherServer", 0x9D: "ServerMoved", 0x9E: "SharedSubscriptionsNotSupported",
    0x9F: "ConnectionRateExceeded", 0xA0: "MaximumConnectTime",
    0xA1: "SubscriptionIdentifiersNotSupported", 0xA2: "WildcardSubscriptionsNotSupported",
}
# MQTT 3.1.1 section 3.2.2.3 CONNACK return codes, and the 5.0 reason code of the same meaning
RETURN_CODES_311 = {0: ("Connection Accepted", 0x00),
                    1: ("unacceptable protocol version", 0x84),
                    2: ("identifier rejected", 0x85), 3: ("Server unavailable", 0x88),
                    4: ("bad user name or password", 0x86), 5: ("not authorized", 0x87)}


# ---------------------------------------------------------------------------------------------
# Encoding helpers for the packets this script sends (hand-assembled from the specification).

def vbi(value):
    out = bytearray()
    while True:
        byte = value % 128
        value //= 128
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def u16(value):
    return value.to_bytes(2, "big")


def u32(value):
    return value.to_bytes(4, "big")


def utf8(text):
    data = text.encode("utf-8")
    return u16(len(data)) + data


def binary(data):
    return u16(len(data)) + data


def packet(type_, flags, body):
    return bytes([(type_ << 4) | flags]) + vbi(len(body)) + body


def props(*items):
    """items: (identifier, encoded value bytes) in wire order."""
    data = b"".join(bytes([identifier]) + value for identifier, value in items)
    return vbi(len(data)) + data


def connect(version, client_id, clean=True, keepalive=60, properties=b"\x00",
            username=None, password=None, protocol_name="MQTT"):
    flags = (0x02 if clean else 0) | (0x80 if username is not None else 0) \
        | (0x40 if password is not None else 0)
    body = utf8(protocol_name) + bytes([version, flags]) + u16(keepalive)
    if version == 5:
        body += properties
    body += utf8(client_id)
    if username is not None:
        body += utf8(username)
    if password is not None:
        body += binary(password)
    return packet(CONNECT, 0, body)


def publish(version, topic, payload, qos=0, retain=False, packet_id=0, properties=b"\x00"):
    body = utf8(topic)
    if qos:
        body += u16(packet_id)
    if version == 5:
        body += properties
    return packet(PUBLISH, (qos << 1) | (1 if retain else 0), body + payload)


def ack(type_, packet_id):
    return packet(type_, 0x02 if type_ == PUBREL else 0, u16(packet_id))


def subscribe(version, packet_id, filters, properties=b"\x00"):
    """filters: (topic filter, options byte)"""
    body = u16(packet_id) + (properties if version == 5 else b"")
    for topic_filter, options in filters:
        body += utf8(topic_filter) + bytes([options])
    return packet(SUBSCRIBE, 0x02, body)


def unsubscribe(version, packet_id, filters, properties=b"\x00"):
    body = u16(packet_id) + (properties if version == 5 else b"")
    for topic_filter in filters:
        body += utf8(topic_filter)
    return packet(UNSUBSCRIBE, 0x02, body)


def connack(version, session_present=False, code=0):
    body = bytes([1 if session_present else 0, code]) + (b"\x00" if version == 5 else b"")
    return packet(CONNACK, 0, body)


def suback(version, packet_id, codes):
    return packet(SUBACK, 0, u16(packet_id) + (b"\x00" if version == 5 else b"") + bytes(codes))


def unsuback(version, packet_id, count):
    if version == 5:
        return packet(UNSUBACK, 0, u16(packet_id) + b"\x00" + bytes(count))
    return packet(UNSUBACK, 0, u16(packet_id))


PINGREQ_BYTES = packet(PINGREQ, 0, b"")
PINGRESP_BYTES = packet(PINGRESP, 0, b"")
DISCONNECT_BYTES = packet(DISCONNECT, 0, b"")


# ---------------------------------------------------------------------------------------------
# An independent decoder, for the '# field:' lines.

class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, count):
        if self.pos + count > len(self.data):
            raise ValueError("packet too short")
        chunk = self.data[self.pos:self.pos + count]
        self.pos += count
        return chunk

    def u8(self):
        return self.take(1)[0]

    def u16(self):
        return int.from_bytes(self.take(2), "big")

    def u32(self):
        return int.from_bytes(self.take(4), "big")

    def vbi(self):
        value, shift = 0, 0
        for _ in range(4):
            byte = self.u8()
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
        raise ValueError("variable byte integer longer than 4 bytes")

    def utf8(self):
        return self.take(self.u16()).decode("utf-8")

    def binary(self):
        return self.take(self.u16())

    def rest(self):
        return self.take(len(self.data) - self.pos)

    def remaining(self):
        return len(self.data) - self.pos


def show_text(text):
    return json.dumps(text, ensure_ascii=False)


def show_binary(data):
    try:
        text = data.decode("ascii")
        if all(32 <= ord(c) < 127 for c in text):
            return show_text(text)
    except UnicodeDecodeError:
        pass
    return "hex:" + data.hex()


def show_reason(code):
    return "0x%02X (%s)" % (code, REASONS.get(code, "unknown"))


def show_bool(value):
    return "true" if value else "false"


def decode_properties(reader, fields, prefix="property"):
    length = reader.vbi()
    fields.append((prefix + "_length", length))
    sub = Reader(reader.take(length))
    while sub.remaining():
        identifier = sub.vbi()
        name, kind = PROPERTIES[identifier]
        if kind == "byte":
            value = sub.u8()
        elif kind == "u16":
            value = sub.u16()
        elif kind == "u32":
            value = sub.u32()
        elif kind == "varint":
            value = sub.vbi()
        elif kind == "utf8":
            value = show_text(sub.utf8())
        elif kind == "binary":
            value = show_binary(sub.binary())
        else:
            value = "[%s, %s]" % (show_text(sub.utf8()), show_text(sub.utf8()))
        fields.append(("%s.%s" % (prefix, name), value))


def decode_ack_tail(reader, fields, version, has_packet_id):
    """Reason code and properties of PUBACK..PUBCOMP, DISCONNECT, AUTH: both may be omitted."""
    if has_packet_id:
        fields.append(("packet_id", reader.u16()))
    if version != 5:
        return
    if reader.remaining() == 0:
        fields.append(("reason_code", show_reason(0) + " [omitted]"))
        fields.append(("property_length", "0 [omitted]"))
        return
    fields.append(("reason_code", show_reason(reader.u8())))
    if reader.remaining() == 0:
        fields.append(("property_length", "0 [omitted]"))
        return
    decode_properties(reader, fields)


def describe(first, body, version):
    """Returns (packet name, protocol level, [(field, value)])."""
    type_, flags = first >> 4, first & 0x0F
    fields = [("type", "%d (%s)" % (type_, PACKET_NAMES[type_])), ("flags", "0x%X" % flags),
              ("remaining_length", len(body))]
    reader = Reader(body)
    if type_ == CONNECT:
        fields.append(("protocol_name", show_text(reader.utf8())))
        version = reader.u8()
        fields.append(("protocol_level", version))
        connect_flags = reader.u8()
        fields += [("username_flag", show_bool(connect_flags & 0x80)),
                   ("password_flag", show_bool(connect_flags & 0x40)),
                   ("will_retain", show_bool(connect_flags & 0x20)),
                   ("will_qos", (connect_flags >> 3) & 3),
                   ("will_flag", show_bool(connect_flags & 0x04)),
                   ("clean_start" if version == 5 else "clean_session",
                    show_bool(connect_flags & 0x02)),
                   ("keep_alive", reader.u16())]
        if version == 5:
            decode_properties(reader, fields)
        fields.append(("client_id", show_text(reader.utf8())))
        if connect_flags & 0x04:
            if version == 5:
                decode_properties(reader, fields, "will_property")
            fields.append(("will_topic", show_text(reader.utf8())))
            fields.append(("will_payload", show_binary(reader.binary())))
        if connect_flags & 0x80:
            fields.append(("username", show_text(reader.utf8())))
        if connect_flags & 0x40:
            fields.append(("password", show_binary(reader.binary())))
    elif type_ == CONNACK:
        fields.append(("session_present", show_bool(reader.u8() & 1)))
        code = reader.u8()
        if version == 5:
            fields.append(("reason_code", show_reason(code)))
            decode_properties(reader, fields)
        else:
            text, v5 = RETURN_CODES_311[code]
            fields.append(("return_code", "%d (%s; reads as %s)" % (code, text, show_reason(v5))))
    elif type_ == PUBLISH:
        qos = (flags >> 1) & 3
        fields += [("dup", show_bool(flags & 8)), ("qos", qos), ("retain", show_bool(flags & 1)),
                   ("topic", show_text(reader.utf8()))]
        if qos:
            fields.append(("packet_id", reader.u16()))
        if version == 5:
            decode_properties(reader, fields)
        fields.append(("payload", show_binary(reader.rest())))
    elif type_ in (PUBACK, PUBREC, PUBREL, PUBCOMP):
        decode_ack_tail(reader, fields, version, True)
    elif type_ == SUBSCRIBE:
        fields.append(("packet_id", reader.u16()))
        if version == 5:
            decode_properties(reader, fields)
        index = 0
        while reader.remaining():
            prefix = "subscription[%d]." % index
            fields.append((prefix + "topic_filter", show_text(reader.utf8())))
            options = reader.u8()
            if version == 5:
                fields += [(prefix + "maximum_qos", options & 3),
                           (prefix + "no_local", show_bool(options & 4)),
                           (prefix + "retain_as_published", show_bool(options & 8)),
                           (prefix + "retain_handling", (options >> 4) & 3)]
            else:
                fields.append((prefix + "requested_qos", options & 3))
            index += 1
    elif type_ in (SUBACK, UNSUBACK):
        fields.append(("packet_id", reader.u16()))
        if version == 5:
            decode_properties(reader, fields)
        index = 0
        while reader.remaining():
            code = reader.u8()
            if version == 5:
                value = show_reason(code)
            else:
                value = "0x%02X (%s)" % (code, "Failure; reads as UnspecifiedError"
                                         if code == 0x80 else "Success - Maximum QoS %d" % code)
            fields.append(("reason_code[%d]" % index, value))
            index += 1
    elif type_ == UNSUBSCRIBE:
        fields.append(("packet_id", reader.u16()))
        if version == 5:
            decode_properties(reader, fields)
        index = 0
        while reader.remaining():
            fields.append(("topic_filter[%d]" % index, show_text(reader.utf8())))
            index += 1
    elif type_ in (DISCONNECT, AUTH):
        decode_ack_tail(reader, fields, version, False)
    if reader.remaining():
        raise ValueError("%d bytes left over in %s" % (reader.remaining(), PACKET_NAMES[type_]))
    return PACKET_NAMES[type_], version, fields


def split_packet(raw):
    reader = Reader(raw)
    first = reader.u8()
    length = reader.vbi()
    body = reader.rest()
    if len(body) != length:
        raise ValueError("remaining length %d but %d bytes follow" % (length, len(body)))
    return first, body


def read_packet(sock):
    """Reads one whole packet; returns its bytes, or None at end of stream."""
    def read_exact(count):
        data = b""
        while len(data) < count:
            try:
                chunk = sock.recv(count - len(data))
            except ConnectionResetError:  # the peer closed with our last answer unread
                return None
            if not chunk:
                return None
            data += chunk
        return data

    header = read_exact(1)
    if header is None:
        return None
    raw = bytearray(header)
    length, shift = 0, 0
    while True:
        byte = read_exact(1)
        if byte is None:
            return None
        raw += byte
        length |= (byte[0] & 0x7F) << shift
        shift += 7
        if not byte[0] & 0x80:
            break
    body = read_exact(length) if length else b""
    if body is None:
        return None
    return bytes(raw + body)


def packet_type(raw):
    return raw[0] >> 4
