// Malformed and illegal packets fed to decodePacket(), each with the reason code it must get.
#include <OhMqtt/packet/packet.h>

#include <QtTest/QtTest>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;
constexpr auto Malformed = ReasonCode::MalformedPacket;
constexpr auto Protocol = ReasonCode::ProtocolError;
constexpr auto Unsupported = ReasonCode::UnsupportedProtocolVersion;

// Lower case without spaces, '_' or '-', so "Packet Identifier" matches "packetIdentifier".
QString normalized(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c != u' ' && c != u'_' && c != u'-')
            out.append(c.toLower());
    }
    return out;
}

} // namespace

class tst_Malformed : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
};

// Each row: the version, the packet as hex (its first byte, then the body without the Remaining
// Length), the reason code, the packet name the message must contain, and the field it must
// name ('|' separates accepted spellings; an empty cell checks nothing).
void tst_Malformed::refused_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QString>("packetName");
    QTest::addColumn<QString>("field");

    const auto row = [](const char *name, ProtocolVersion version, const char *hex, ReasonCode code,
                        const char *packetName, const char *field) {
        QTest::newRow(name) << version << QByteArray::fromHex(hex) << code
                            << QString::fromLatin1(packetName) << QString::fromLatin1(field);
    };

    // ---- reserved fixed-header flags [MQTT-2.1.3-1] and packet types ----
    row("v5 CONNECT flags 0001 [MQTT-2.1.3-1]", V5, "11 0004 4d515454 05 02 003c 00 0001 63",
        Malformed, "CONNECT", "flag");
    row("v5 CONNACK flags 0001 [MQTT-2.1.3-1]", V5, "21 00 00 00", Malformed, "CONNACK", "flag");
    row("v311 CONNACK flags 0100 [MQTT-2.2.2-1]", V311, "24 00 00", Malformed, "CONNACK", "flag");
    row("v5 PUBACK flags 0001 [MQTT-2.1.3-1]", V5, "41 0001", Malformed, "PUBACK", "flag");
    row("v5 PUBREC flags 1000 [MQTT-2.1.3-1]", V5, "58 0001", Malformed, "PUBREC", "flag");
    row("v5 PUBREL flags 0000 [MQTT-2.1.3-1]", V5, "60 0001", Malformed, "PUBREL", "flag");
    row("v5 PUBREL flags 0011 [MQTT-2.1.3-1]", V5, "63 0001", Malformed, "PUBREL", "flag");
    row("v311 PUBREL flags 0000 [MQTT-2.2.2-1]", V311, "60 0001", Malformed, "PUBREL", "flag");
    row("v5 PUBCOMP flags 0010 [MQTT-2.1.3-1]", V5, "72 0001", Malformed, "PUBCOMP", "flag");
    row("v5 SUBSCRIBE flags 0000 [MQTT-2.1.3-1]", V5, "80 0001 00 0001 61 00", Malformed,
        "SUBSCRIBE", "flag");
    row("v5 SUBSCRIBE flags 1010 [MQTT-2.1.3-1]", V5, "8a 0001 00 0001 61 00", Malformed,
        "SUBSCRIBE", "flag");
    row("v311 SUBSCRIBE flags 0000 [MQTT-2.2.2-1]", V311, "80 0001 0001 61 00", Malformed,
        "SUBSCRIBE", "flag");
    row("v5 SUBACK flags 0010 [MQTT-2.1.3-1]", V5, "92 0001 00 00", Malformed, "SUBACK", "flag");
    row("v5 UNSUBSCRIBE flags 0000 [MQTT-2.1.3-1]", V5, "a0 0001 00 0001 61", Malformed,
        "UNSUBSCRIBE", "flag");
    row("v311 UNSUBSCRIBE flags 0011 [MQTT-2.2.2-1]", V311, "a3 0001 0001 61", Malformed,
        "UNSUBSCRIBE", "flag");
    row("v5 UNSUBACK flags 0001 [MQTT-2.1.3-1]", V5, "b1 0001 00 00", Malformed, "UNSUBACK",
        "flag");
    row("v5 PINGREQ flags 0001 [MQTT-2.1.3-1]", V5, "c1", Malformed, "PINGREQ", "flag");
    row("v5 PINGRESP flags 1000 [MQTT-2.1.3-1]", V5, "d8", Malformed, "PINGRESP", "flag");
    row("v5 DISCONNECT flags 0010 [MQTT-2.1.3-1]", V5, "e2", Malformed, "DISCONNECT", "flag");
    row("v5 AUTH flags 0001 [MQTT-2.1.3-1]", V5, "f1", Malformed, "AUTH", "flag");
    row("v5 reserved packet type 0 [MQTT-2.1.2]", V5, "00", Malformed, "", "type");
    row("v311 reserved packet type 0 [MQTT-2.1.2]", V311, "0f", Malformed, "", "type");
    row("v311 packet type 15 is reserved in 3.1.1 [MQTT-2.2.1]", V311, "f0", Malformed, "",
        "type|auth");

    // ---- PUBLISH ----
    // The specification names no reason code for flag combinations such as DUP on QoS 0 or
    // Will QoS without the Will Flag; like reserved bits, they are treated as malformed.
    row("v5 PUBLISH QoS 3 [MQTT-3.3.1-4]", V5, "36 0001 61 0001 00", Malformed, "PUBLISH", "qos");
    row("v311 PUBLISH QoS 3 [MQTT-3.3.1-4]", V311, "37 0001 61 0001", Malformed, "PUBLISH", "qos");
    row("v5 PUBLISH DUP with QoS 0 [MQTT-3.3.1-2]", V5, "38 0001 61 00", Malformed, "PUBLISH",
        "dup");
    row("v311 PUBLISH DUP with QoS 0 [MQTT-3.3.1-2]", V311, "39 0001 61", Malformed, "PUBLISH",
        "dup");
    row("v5 PUBLISH QoS 1 Packet Identifier 0 [MQTT-2.2.1-3]", V5, "32 0001 61 0000 00", Protocol,
        "PUBLISH", "packet id");
    row("v311 PUBLISH QoS 2 Packet Identifier 0 [MQTT-2.3.1-1]", V311, "34 0001 61 0000", Protocol,
        "PUBLISH", "packet id");
    row("v5 PUBLISH topic with + [MQTT-3.3.2-2]", V5, "30 0003 612f2b 00", Protocol, "PUBLISH",
        "topic");
    row("v311 PUBLISH topic with # [MQTT-3.3.2-2]", V311, "30 0003 612f23", Protocol, "PUBLISH",
        "topic");
    row("v5 PUBLISH empty Topic Name without Topic Alias (MQTT 3.3.2.1)", V5, "30 0000 00 78",
        Protocol, "PUBLISH", "topic name");
    row("v311 PUBLISH empty Topic Name [MQTT-4.7.3-1]", V311, "30 0000 78", Protocol, "PUBLISH",
        "topic name");
    row("v5 PUBLISH topic invalid UTF-8 [MQTT-1.5.4-1]", V5, "30 0002 c328 00", Malformed,
        "PUBLISH", "topic");
    row("v5 PUBLISH topic with U+0000 [MQTT-1.5.4-2]", V5, "30 0003 610062 00", Malformed,
        "PUBLISH", "topic");
    row("v311 PUBLISH topic with surrogate U+D800 [MQTT-1.5.3-1]", V311, "30 0003 eda080",
        Malformed, "PUBLISH", "topic");
    row("v5 PUBLISH topic overlong encoding [MQTT-1.5.4-1]", V5, "30 0002 c0af 00", Malformed,
        "PUBLISH", "topic");
    row("v5 PUBLISH topic length past the end", V5, "30 0005 6162", Malformed, "PUBLISH", "topic");
    row("v5 PUBLISH empty body", V5, "30", Malformed, "PUBLISH", "topic");
    row("v5 PUBLISH QoS 1 Packet Identifier truncated", V5, "32 0001 61 00", Malformed, "PUBLISH",
        "packet id");
    row("v5 PUBLISH without Property Length", V5, "30 0001 61", Malformed, "PUBLISH", "propert");
    row("v5 PUBLISH Property Length past the end", V5, "30 0001 61 05 0101", Malformed, "PUBLISH",
        "propert");
    row("v5 PUBLISH unknown property 0x05 [MQTT-2.2.2]", V5, "30 0001 61 02 0500", Malformed,
        "PUBLISH", "propert");
    row("v5 PUBLISH Session Expiry Interval not allowed [MQTT-2.2.2]", V5,
        "30 0001 61 05 11 0000000a", Malformed, "PUBLISH", "session expiry interval");
    row("v5 PUBLISH Content Type twice", V5, "30 0001 61 08 03 0001 61 03 0001 62", Protocol,
        "PUBLISH", "content type");
    row("v5 PUBLISH Topic Alias 0 [MQTT-3.3.2-8]", V5, "30 0001 61 03 23 0000",
        ReasonCode::TopicAliasInvalid, "PUBLISH", "topic alias");
    row("v5 PUBLISH Subscription Identifier 0", V5, "30 0001 61 02 0b 00", Protocol, "PUBLISH",
        "subscription identifier");
    row("v5 PUBLISH Subscription Identifier not minimal [MQTT-1.5.5-1]", V5,
        "30 0001 61 03 0b 8000", Malformed, "PUBLISH", "subscription identifier");
    row("v5 PUBLISH Payload Format Indicator 2", V5, "30 0001 61 02 01 02", Protocol, "PUBLISH",
        "payload format");
    row("v5 PUBLISH User Property name invalid UTF-8 [MQTT-1.5.7-1]", V5,
        "30 0001 61 07 26 0001 ff 0001 61", Malformed, "PUBLISH", "user property");
    row("v5 PUBLISH Response Topic with a wildcard [MQTT-3.3.2-14]", V5,
        "30 0001 61 06 08 0003 612f23", Protocol, "PUBLISH", "response topic");
    row("v5 PUBLISH Response Topic with surrogate [MQTT-1.5.4-1]", V5,
        "30 0001 61 06 08 0003 edbfbf", Malformed, "PUBLISH", "response topic");

    // ---- CONNECT ----
    row("v5 CONNECT reserved flag [MQTT-3.1.2-3]", V5, "10 0004 4d515454 05 03 003c 00 0001 63",
        Malformed, "CONNECT", "reserved");
    row("v311 CONNECT reserved flag [MQTT-3.1.2-3]", V311, "10 0004 4d515454 04 03 003c 0001 63",
        Malformed, "CONNECT", "reserved");
    row("v5 CONNECT protocol name MQTX [MQTT-3.1.2-1]", V5,
        "10 0004 4d515458 05 02 003c 00 0001 63", Unsupported, "CONNECT", "protocol name");
    row("v311 CONNECT protocol name mqtt [MQTT-3.1.2-1]", V311,
        "10 0004 6d717474 04 02 003c 0001 63", Unsupported, "CONNECT", "protocol name");
    row("v5 CONNECT protocol level 6 [MQTT-3.1.2-2]", V5, "10 0004 4d515454 06 02 003c 00 0001 63",
        Unsupported, "CONNECT", "level|version");
    row("v311 CONNECT MQIsdp level 3 [MQTT-3.1.2-2]", V311,
        "10 0006 4d5149736470 03 02 003c 0001 63", Unsupported, "CONNECT", "");
    row("v311 CONNECT protocol level 0 [MQTT-3.1.2-2]", V311, "10 0004 4d515454 00 02 003c 0001 63",
        Unsupported, "CONNECT", "level|version");
    row("v5 CONNECT Will QoS 3 [MQTT-3.1.2-12]", V5,
        "10 0004 4d515454 05 1e 003c 00 0001 63 00 0001 61 0000", Malformed, "CONNECT", "qos");
    row("v5 CONNECT Will QoS without Will Flag [MQTT-3.1.2-11]", V5,
        "10 0004 4d515454 05 0a 003c 00 0001 63", Malformed, "CONNECT", "will");
    row("v5 CONNECT Will Retain without Will Flag [MQTT-3.1.2-13]", V5,
        "10 0004 4d515454 05 22 003c 00 0001 63", Malformed, "CONNECT", "will");
    row("v311 CONNECT Will Retain without Will Flag [MQTT-3.1.2-15]", V311,
        "10 0004 4d515454 04 22 003c 0001 63", Malformed, "CONNECT", "will retain");
    row("v311 CONNECT Will QoS without Will Flag [MQTT-3.1.2-11]", V311,
        "10 0004 4d515454 04 12 003c 0001 63", Malformed, "CONNECT", "will");
    row("v311 CONNECT password without user name [MQTT-3.1.2-22]", V311,
        "10 0004 4d515454 04 42 003c 0001 63 0002 7077", Malformed, "CONNECT", "password");
    row("v5 CONNECT client identifier invalid UTF-8 [MQTT-1.5.4-1]", V5,
        "10 0004 4d515454 05 02 003c 00 0002 c328", Malformed, "CONNECT", "client");
    row("v311 CONNECT client identifier U+0000 [MQTT-1.5.3-2]", V311,
        "10 0004 4d515454 04 02 003c 0001 00", Malformed, "CONNECT", "client");
    row("v5 CONNECT Keep Alive truncated", V5, "10 0004 4d515454 05 02 00", Malformed, "CONNECT",
        "keep alive");
    row("v5 CONNECT empty body", V5, "10", Malformed, "CONNECT", "protocol");
    row("v5 CONNECT user name flag without user name [MQTT-3.1.2-17]", V5,
        "10 0004 4d515454 05 82 003c 00 0001 63", Malformed, "CONNECT", "user");
    row("v5 CONNECT password flag without password [MQTT-3.1.2-19]", V5,
        "10 0004 4d515454 05 42 003c 00 0001 63", Malformed, "CONNECT", "password");
    row("v5 CONNECT Will Flag without will topic [MQTT-3.1.2-9]", V5,
        "10 0004 4d515454 05 06 003c 00 0001 63 00", Malformed, "CONNECT", "will");
    row("v5 CONNECT Will Properties length past the end", V5,
        "10 0004 4d515454 05 06 003c 00 0001 63 05 0101", Malformed, "CONNECT", "propert");
    row("v5 CONNECT Topic Alias in Will Properties [MQTT-2.2.2]", V5,
        "10 0004 4d515454 05 06 003c 00 0001 63 03 23 0001 0001 61 0000", Malformed, "CONNECT",
        "topic alias");
    row("v5 CONNECT Will Delay Interval outside the will [MQTT-2.2.2]", V5,
        "10 0004 4d515454 05 02 003c 05 18 0000000a 0001 63", Malformed, "CONNECT", "will delay");
    row("v5 CONNECT Request Problem Information 2", V5,
        "10 0004 4d515454 05 02 003c 02 17 02 0001 63", Protocol, "CONNECT", "request problem");
    row("v5 CONNECT Receive Maximum 0", V5, "10 0004 4d515454 05 02 003c 03 21 0000 0001 63",
        Protocol, "CONNECT", "receive maximum");
    row("v5 CONNECT trailing byte", V5, "10 0004 4d515454 05 02 003c 00 0001 63 ff", Malformed,
        "CONNECT", "");
    row("v311 CONNECT trailing byte", V311, "10 0004 4d515454 04 02 003c 0001 63 00", Malformed,
        "CONNECT", "");

    // ---- CONNACK ----
    row("v5 CONNACK reason code 0x04 [MQTT-3.2.2.2]", V5, "20 00 04 00", Protocol, "CONNACK",
        "reason code");
    row("v5 CONNACK Session Present with error [MQTT-3.2.2-6]", V5, "20 01 80 00", Protocol,
        "CONNACK", "session present");
    row("v311 CONNACK Session Present with error [MQTT-3.2.2-4]", V311, "20 01 05", Protocol,
        "CONNACK", "session present");
    row("v5 CONNACK acknowledge flags reserved bits [MQTT-3.2.2-1]", V5, "20 02 00 00", Malformed,
        "CONNACK", "flag");
    row("v311 CONNACK acknowledge flags reserved bits (3.1.1 section 3.2.2.1)", V311, "20 80 00",
        Malformed, "CONNACK", "flag");
    row("v311 CONNACK return code 6", V311, "20 00 06", Protocol, "CONNACK",
        "return code|reason code");
    row("v5 CONNACK truncated", V5, "20 00", Malformed, "CONNACK", "reason code");
    row("v5 CONNACK Property Length past the end", V5, "20 00 00 05 21 00", Malformed, "CONNACK",
        "propert");
    row("v5 CONNACK Maximum QoS 2", V5, "20 00 00 02 24 02", Protocol, "CONNACK", "maximum qos");
    row("v5 CONNACK Retain Available 2", V5, "20 00 00 02 25 02", Protocol, "CONNACK",
        "retain available");
    row("v5 CONNACK Wildcard Subscription Available 2", V5, "20 00 00 02 28 02", Protocol,
        "CONNACK", "wildcard subscription available");
    row("v5 CONNACK Subscription Identifier Available 2", V5, "20 00 00 02 29 02", Protocol,
        "CONNACK", "subscription identifier available");
    row("v5 CONNACK Shared Subscription Available 2", V5, "20 00 00 02 2a 02", Protocol, "CONNACK",
        "shared subscription available");
    row("v5 CONNACK Maximum Packet Size 0", V5, "20 00 00 05 27 00000000", Protocol, "CONNACK",
        "maximum packet size");
    row("v5 CONNACK Assigned Client Identifier overlong UTF-8 [MQTT-1.5.4-1]", V5,
        "20 00 00 05 12 0002 c080", Malformed, "CONNACK", "assigned client");
    row("v5 CONNACK Reason String with surrogate [MQTT-1.5.4-1]", V5, "20 00 80 06 1f 0003 edbfbf",
        Malformed, "CONNACK", "reason string");
    row("v5 CONNACK Topic Alias not allowed [MQTT-2.2.2]", V5, "20 00 00 03 23 0001", Malformed,
        "CONNACK", "topic alias");
    row("v5 CONNACK Server Keep Alive twice", V5, "20 00 00 06 13 0001 13 0002", Protocol,
        "CONNACK", "server keep alive");
    row("v5 CONNACK trailing byte", V5, "20 00 00 00 ff", Malformed, "CONNACK", "");
    row("v311 CONNACK of length 3", V311, "20 00 00 00", Malformed, "CONNACK", "");

    // ---- PUBACK, PUBREC, PUBREL, PUBCOMP ----
    row("v5 PUBACK Packet Identifier 0 [MQTT-2.2.1-3]", V5, "40 0000", Protocol, "PUBACK",
        "packet id");
    row("v311 PUBREC Packet Identifier 0 [MQTT-2.3.1-1]", V311, "50 0000", Protocol, "PUBREC",
        "packet id");
    row("v311 PUBREL Packet Identifier 0 [MQTT-2.3.1-1]", V311, "62 0000", Protocol, "PUBREL",
        "packet id");
    row("v5 PUBCOMP Packet Identifier 0 [MQTT-2.2.1-3]", V5, "70 0000 00", Protocol, "PUBCOMP",
        "packet id");
    row("v5 PUBACK reason code 0x04 [MQTT-3.4.2.1]", V5, "40 0001 04", Protocol, "PUBACK",
        "reason code");
    row("v5 PUBREC reason code 0x92 [MQTT-3.5.2.1]", V5, "50 0001 92", Protocol, "PUBREC",
        "reason code");
    row("v5 PUBREL reason code 0x10 [MQTT-3.6.2.1]", V5, "62 0001 10", Protocol, "PUBREL",
        "reason code");
    row("v5 PUBCOMP reason code 0x80 [MQTT-3.7.2.1]", V5, "70 0001 80", Protocol, "PUBCOMP",
        "reason code");
    row("v5 PUBACK Packet Identifier truncated", V5, "40 00", Malformed, "PUBACK", "packet id");
    row("v5 PUBACK empty body", V5, "40", Malformed, "PUBACK", "packet id");
    row("v5 PUBACK Property Length past the end", V5, "40 0001 00 04 1f00", Malformed, "PUBACK",
        "propert");
    row("v5 PUBACK Topic Alias not allowed [MQTT-2.2.2]", V5, "40 0001 00 03 23 0001", Malformed,
        "PUBACK", "topic alias");
    row("v5 PUBACK Reason String twice", V5, "40 0001 00 08 1f 0001 61 1f 0001 62", Protocol,
        "PUBACK", "reason string");
    row("v5 PUBREL Reason String invalid UTF-8 [MQTT-1.5.4-1]", V5, "62 0001 00 04 1f 0001 c0",
        Malformed, "PUBREL", "reason string");
    row("v5 PUBACK trailing byte", V5, "40 0001 00 00 ff", Malformed, "PUBACK", "");
    row("v311 PUBACK of length 3", V311, "40 0001 00", Malformed, "PUBACK", "");
    row("v311 PUBCOMP of length 1", V311, "70 00", Malformed, "PUBCOMP", "packet id");

    // ---- SUBSCRIBE ----
    row("v5 SUBSCRIBE without topic filters [MQTT-3.8.3-2]", V5, "82 0001 00", Protocol,
        "SUBSCRIBE", "filter");
    row("v311 SUBSCRIBE without topic filters [MQTT-3.8.3-3]", V311, "82 0001", Protocol,
        "SUBSCRIBE", "filter");
    row("v5 SUBSCRIBE Packet Identifier 0 [MQTT-2.2.1-3]", V5, "82 0000 00 0001 61 00", Protocol,
        "SUBSCRIBE", "packet id");
    row("v311 SUBSCRIBE Packet Identifier 0 [MQTT-2.3.1-1]", V311, "82 0000 0001 61 00", Protocol,
        "SUBSCRIBE", "packet id");
    row("v5 SUBSCRIBE options reserved bits 7-6 [MQTT-3.8.3-5]", V5, "82 0001 00 0001 61 c0",
        Malformed, "SUBSCRIBE", "option|reserved");
    row("v5 SUBSCRIBE options reserved bit 6 [MQTT-3.8.3-5]", V5, "82 0001 00 0001 61 40",
        Malformed, "SUBSCRIBE", "option|reserved");
    row("v5 SUBSCRIBE maximum QoS 3 [MQTT-3.8.3.1]", V5, "82 0001 00 0001 61 03", Protocol,
        "SUBSCRIBE", "qos");
    row("v5 SUBSCRIBE Retain Handling 3 [MQTT-3.8.3.1]", V5, "82 0001 00 0001 61 30", Protocol,
        "SUBSCRIBE", "retain handling");
    row("v311 SUBSCRIBE requested QoS 3 [MQTT-3-8.3-4]", V311, "82 0001 0001 61 03", Malformed,
        "SUBSCRIBE", "qos");
    row("v311 SUBSCRIBE reserved bit 2 [MQTT-3-8.3-4]", V311, "82 0001 0001 61 04", Malformed,
        "SUBSCRIBE", "option|reserved");
    row("v5 SUBSCRIBE Subscription Identifier twice", V5, "82 0001 04 0b01 0b02 0001 61 00",
        Protocol, "SUBSCRIBE", "subscription identifier");
    row("v5 SUBSCRIBE Subscription Identifier 0", V5, "82 0001 02 0b00 0001 61 00", Protocol,
        "SUBSCRIBE", "subscription identifier");
    row("v5 SUBSCRIBE options byte missing", V5, "82 0001 00 0001 61", Malformed, "SUBSCRIBE",
        "option");
    row("v5 SUBSCRIBE topic filter invalid UTF-8 [MQTT-1.5.4-1]", V5, "82 0001 00 0001 ff 00",
        Malformed, "SUBSCRIBE", "filter");
    row("v5 SUBSCRIBE Reason String not allowed [MQTT-2.2.2]", V5,
        "82 0001 04 1f 0001 61 0001 61 00", Malformed, "SUBSCRIBE", "reason string");
    row("v5 SUBSCRIBE second topic filter truncated", V5, "82 0001 00 0001 61 00 0005 62",
        Malformed, "SUBSCRIBE", "filter");

    // ---- UNSUBSCRIBE ----
    row("v5 UNSUBSCRIBE without topic filters [MQTT-3.10.3-2]", V5, "a2 0001 00", Protocol,
        "UNSUBSCRIBE", "filter");
    row("v311 UNSUBSCRIBE without topic filters [MQTT-3.10.3-2]", V311, "a2 0001", Protocol,
        "UNSUBSCRIBE", "filter");
    row("v5 UNSUBSCRIBE Packet Identifier 0 [MQTT-2.2.1-3]", V5, "a2 0000 00 0001 61", Protocol,
        "UNSUBSCRIBE", "packet id");
    row("v5 UNSUBSCRIBE topic filter invalid UTF-8 [MQTT-1.5.4-1]", V5, "a2 0001 00 0002 c328",
        Malformed, "UNSUBSCRIBE", "filter");
    row("v5 UNSUBSCRIBE topic filter U+0000 [MQTT-1.5.4-2]", V5, "a2 0001 00 0001 00", Malformed,
        "UNSUBSCRIBE", "filter");
    row("v311 UNSUBSCRIBE topic filter truncated", V311, "a2 0001 0005 61", Malformed,
        "UNSUBSCRIBE", "filter");
    row("v5 UNSUBSCRIBE Subscription Identifier not allowed [MQTT-2.2.2]", V5,
        "a2 0001 02 0b 01 0001 61", Malformed, "UNSUBSCRIBE", "subscription identifier");

    // ---- SUBACK ----
    row("v5 SUBACK reason code 0x99 [MQTT-3.9.3]", V5, "90 0001 00 99", Protocol, "SUBACK",
        "reason code");
    row("v5 SUBACK second reason code 0x04 [MQTT-3.9.3]", V5, "90 0001 00 00 04", Protocol,
        "SUBACK", "reason code");
    row("v5 SUBACK Packet Identifier 0 [MQTT-2.2.1-3]", V5, "90 0000 00 00", Protocol, "SUBACK",
        "packet id");
    row("v311 SUBACK Packet Identifier 0 [MQTT-2.3.1-1]", V311, "90 0000 00", Protocol, "SUBACK",
        "packet id");
    row("v311 SUBACK return code 0x03 [MQTT-3.9.3-2]", V311, "90 0001 03", Protocol, "SUBACK",
        "return code|reason code");
    row("v311 SUBACK return code 0x87 [MQTT-3.9.3-2]", V311, "90 0001 87", Protocol, "SUBACK",
        "return code|reason code");
    row("v5 SUBACK Subscription Identifier not allowed [MQTT-2.2.2]", V5, "90 0001 02 0b 01 00",
        Malformed, "SUBACK", "subscription identifier");
    row("v5 SUBACK truncated", V5, "90 00", Malformed, "SUBACK", "packet id");

    // ---- UNSUBACK ----
    row("v5 UNSUBACK reason code 0x10 [MQTT-3.11.3]", V5, "b0 0001 00 10", Protocol, "UNSUBACK",
        "reason code");
    row("v5 UNSUBACK Packet Identifier 0 [MQTT-2.2.1-3]", V5, "b0 0000 00 00", Protocol, "UNSUBACK",
        "packet id");
    row("v311 UNSUBACK Packet Identifier 0 [MQTT-2.3.1-1]", V311, "b0 0000", Protocol, "UNSUBACK",
        "packet id");
    row("v311 UNSUBACK with a payload", V311, "b0 0001 00", Malformed, "UNSUBACK", "");
    row("v5 UNSUBACK Property Length past the end", V5, "b0 0001 09 00", Malformed, "UNSUBACK",
        "propert");

    // ---- PINGREQ, PINGRESP, DISCONNECT, AUTH ----
    row("v5 PINGREQ with a body [MQTT-3.12]", V5, "c0 00", Malformed, "PINGREQ", "");
    row("v311 PINGREQ with a body [MQTT-3.12]", V311, "c0 ffff", Malformed, "PINGREQ", "");
    row("v311 PINGRESP with a body [MQTT-3.13]", V311, "d0 00", Malformed, "PINGRESP", "");
    row("v5 DISCONNECT reason code 0x01 [MQTT-3.14.2.1]", V5, "e0 01", Protocol, "DISCONNECT",
        "reason code");
    row("v5 DISCONNECT reason code 0x18 [MQTT-3.14.2.1]", V5, "e0 18", Protocol, "DISCONNECT",
        "reason code");
    row("v5 DISCONNECT Topic Alias not allowed [MQTT-2.2.2]", V5, "e0 00 03 23 0001", Malformed,
        "DISCONNECT", "topic alias");
    row("v5 DISCONNECT Property Length past the end", V5, "e0 00 05 11 00", Malformed, "DISCONNECT",
        "propert");
    row("v5 DISCONNECT Session Expiry Interval twice", V5, "e0 00 0a 11 00000000 11 00000001",
        Protocol, "DISCONNECT", "session expiry interval");
    row("v5 DISCONNECT Reason String invalid byte [MQTT-1.5.4-1]", V5, "e0 81 04 1f 0001 ff",
        Malformed, "DISCONNECT", "reason string");
    row("v5 DISCONNECT trailing byte", V5, "e0 00 00 ff", Malformed, "DISCONNECT", "");
    row("v311 DISCONNECT with a body [MQTT-3.14]", V311, "e0 00", Malformed, "DISCONNECT", "");
    row("v5 AUTH reason code 0x10 [MQTT-3.15.2.1]", V5, "f0 10 00", Protocol, "AUTH",
        "reason code");
    row("v5 AUTH reason code 0x80 [MQTT-3.15.2.1]", V5, "f0 80 00", Protocol, "AUTH",
        "reason code");
    row("v5 AUTH Receive Maximum not allowed [MQTT-2.2.2]", V5, "f0 18 03 21 000a", Malformed,
        "AUTH", "receive maximum");
    row("v5 AUTH Authentication Method twice", V5, "f0 18 08 15 0001 61 15 0001 62", Protocol,
        "AUTH", "authentication method");
    row("v5 AUTH Authentication Method invalid UTF-8 [MQTT-1.5.4-1]", V5, "f0 18 04 15 0001 c0",
        Malformed, "AUTH", "authentication method");
    row("v5 AUTH trailing byte", V5, "f0 18 00 ff", Malformed, "AUTH", "");
}

void tst_Malformed::refused()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, packet);
    QFETCH(ReasonCode, code);
    QFETCH(QString, packetName);
    QFETCH(QString, field);

    QVERIFY(!packet.isEmpty());
    const quint8 firstByte = quint8(packet[0]);
    const QByteArrayView body = QByteArrayView(packet).sliced(1);

    std::optional<MqttError> error;
    try {
        const Packet decoded = decodePacket(firstByte, body, version);
        QString text;
        QDebug(&text) << decoded;
        QFAIL(qPrintable(u"accepted as "_s + text));
    } catch (const MqttError &e) {
        error = e;
    }
    QVERIFY(error);
    const QString message = error->message();
    QVERIFY2(error->reasonCode() == code,
             qPrintable(u"expected %1, got %2: %3"_s.arg(
                 reasonCodeName(code), reasonCodeName(error->reasonCode()), message)));
    QVERIFY2(packetName.isEmpty() || message.contains(packetName), qPrintable(message));
    if (!field.isEmpty()) {
        const QString text = normalized(message);
        bool named = false;
        for (const QString &spelling : field.split(u'|'))
            named = named || text.contains(normalized(spelling));
        QVERIFY2(named, qPrintable(u"message does not name \"%1\": %2"_s.arg(field, message)));
    }
}

QTEST_APPLESS_MAIN(tst_Malformed)
#include "tst_malformed.moc"
