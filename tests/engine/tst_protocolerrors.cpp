// ProtocolEngine: every Malformed Packet or Protocol Error from the server ends the connection with
// DISCONNECT and the matching reason code (MQTT 5.0), or a plain close (MQTT 3.1.1).
#include "engine/enginetesting.h"
#include "engine/tests.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

// What the client announces in MQTT 5.0 CONNECT, so that rows can exceed it.
constexpr quint32 ClientMaximumPacketSize = 64;
constexpr quint16 ClientReceiveMaximum = 2;
constexpr quint16 ClientTopicAliasMaximum = 2;

ConnectProperties clientLimits()
{
    ConnectProperties properties;
    properties.setMaximumPacketSize(ClientMaximumPacketSize);
    properties.setReceiveMaximum(ClientReceiveMaximum);
    properties.setTopicAliasMaximum(ClientTopicAliasMaximum);
    return properties;
}

QByteArray aliasPublish(const QString &topic, quint16 alias)
{
    PublishProperties properties;
    properties.setTopicAlias(alias);
    return publishBytes(V5, topic, QoS::Q0, 0, "x", properties);
}

QString reasonHex(ReasonCode reason)
{
    return QStringLiteral("%1").arg(quint8(reason), 2, 16, QChar(u'0'));
}

// The events from ConnectionFailed on, timers left out, as text:
// "ConnectionFailed 0x81, SendBytes e00181, Close".
QString describeEnd(const Engine::Events &events)
{
    QStringList parts;
    bool failed = false;
    for (const Engine::Event &event : events) {
        if (const auto *failure = std::get_if<Engine::ConnectionFailed>(&event)) {
            failed = true;
            parts << QStringLiteral("ConnectionFailed 0x") + reasonHex(failure->error.reasonCode());
        } else if (!failed || std::holds_alternative<Engine::StopTimer>(event)) {
            continue;
        } else if (const auto *send = std::get_if<Engine::SendBytes>(&event)) {
            parts << QStringLiteral("SendBytes ") + QString::fromLatin1(send->bytes.toHex());
        } else if (std::holds_alternative<Engine::Close>(event)) {
            parts << QStringLiteral("Close");
        } else {
            parts << QStringLiteral("event #%1").arg(event.index());
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString expectedEnd(ProtocolVersion version, ReasonCode reason)
{
    const QString code = reasonHex(reason);
    if (version == V311) // nothing to say: the connection is only closed
        return QStringLiteral("ConnectionFailed 0x%1, Close").arg(code);
    return QStringLiteral("ConnectionFailed 0x%1, SendBytes e001%1, Close").arg(code);
}

} // namespace

class tst_ProtocolErrors : public QObject
{
    Q_OBJECT

private slots:
    void endsWithDisconnect_data();
    void endsWithDisconnect();

private:
    enum Versions { Both, V5Only, V311Only };
    static void addRow(const char *name, Versions versions, bool afterConnAck,
                       const QByteArray &input, ReasonCode reason);
    static void addRows(const char *name, bool afterConnAck, const QByteArray &v5,
                        const QByteArray &v311, ReasonCode reason);
};

void tst_ProtocolErrors::addRow(const char *name, Versions versions, bool afterConnAck,
                                const QByteArray &input, ReasonCode reason)
{
    if (versions != V311Only)
        QTest::addRow("5.0 %s", name) << V5 << afterConnAck << input << reason;
    if (versions != V5Only)
        QTest::addRow("3.1.1 %s", name) << V311 << afterConnAck << input << reason;
}

void tst_ProtocolErrors::addRows(const char *name, bool afterConnAck, const QByteArray &v5,
                                 const QByteArray &v311, ReasonCode reason)
{
    addRow(name, V5Only, afterConnAck, v5, reason);
    addRow(name, V311Only, afterConnAck, v311, reason);
}

// Each row: the bytes the server sends (after CONNACK, or instead of it) and the reason code the
// connection ends with. Reserved flags are [MQTT-2.1.3-1] in 5.0 and [MQTT-2.2.2-1] in 3.1.1.
void tst_ProtocolErrors::endsWithDisconnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("afterConnAck");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReasonCode>("reason");
    constexpr auto Malformed = ReasonCode::MalformedPacket;
    constexpr auto Protocol = ReasonCode::ProtocolError;

    // ---- reserved fixed-header flags of every packet a server sends [MQTT-2.1.3-1] ----
    addRow("CONNACK flags 0x1 [MQTT-2.1.3-1]", Both, false, hex("21020000"), Malformed);
    addRow("PUBACK flags 0x1 [MQTT-2.1.3-1]", Both, true, hex("41020001"), Malformed);
    addRow("PUBREC flags 0x2 [MQTT-2.1.3-1]", Both, true, hex("52020001"), Malformed);
    addRow("PUBREL flags 0x0 [MQTT-3.6.1-1]", Both, true, hex("60020001"), Malformed);
    addRow("PUBREL flags 0x3 [MQTT-3.6.1-1]", Both, true, hex("63020001"), Malformed);
    addRow("PUBCOMP flags 0x8 [MQTT-2.1.3-1]", Both, true, hex("78020001"), Malformed);
    addRow("SUBACK flags 0x2 [MQTT-2.1.3-1]", Both, true, hex("9203000100"), Malformed);
    addRow("UNSUBACK flags 0x1 [MQTT-2.1.3-1]", Both, true, hex("b1020001"), Malformed);
    addRow("PINGRESP flags 0x1 [MQTT-2.1.3-1]", Both, true, hex("d100"), Malformed);
    addRow("PINGRESP flags 0xF [MQTT-2.1.3-1]", Both, true, hex("df00"), Malformed);
    addRow("DISCONNECT flags 0x2 [MQTT-2.1.3-1]", Both, true, hex("e200"), Malformed);
    addRow("AUTH flags 0x1 [MQTT-3.15.1-1]", V5Only, true, hex("f100"), Malformed);
    addRow("PINGREQ flags 0x1 [MQTT-2.1.3-1]", Both, true, hex("c100"), Malformed);
    addRow("PUBLISH QoS 3 [MQTT-3.3.1-4]", Both, true, hex("36050001610001"), Malformed);
    addRow("PUBLISH DUP on QoS 0 [MQTT-3.3.1-2]", Both, true, hex("3803000161"), Malformed);

    // ---- packet types ----
    addRow("reserved packet type 0", Both, true, hex("0000"), Malformed);
    addRow("packet type 15 in 3.1.1", V311Only, true, hex("f000"), Malformed);
    addRow("PINGREQ from the server", Both, true, hex("c000"), Protocol);
    addRow("CONNECT from the server", Both, true, encodePacket(connectPacket(V311), V311),
           Protocol);

    // ---- framing and fields ----
    addRow("Remaining Length of five bytes [MQTT-1.5.5-1]", Both, true, hex("30ffffffff01"),
           Malformed);
    addRow("Remaining Length not minimal [MQTT-1.5.5-1]", Both, true, hex("308000"), Malformed);
    addRow("PUBACK shorter than its Packet Identifier", Both, true, hex("400100"), Malformed);
    addRow("PINGRESP with a body", Both, true, hex("d00100"), Malformed);
    addRow("PUBACK Packet Identifier 0 [MQTT-2.2.1-3]", Both, true, hex("40020000"), Protocol);
    addRows("PUBLISH Topic Name not UTF-8 [MQTT-1.5.4-1]", true,
            hex("3005"
                "0001ff"
                "00"
                "78"),
            hex("3004"
                "0001ff"
                "78"),
            Malformed);
    addRows("PUBLISH Topic Name with a wildcard [MQTT-3.3.2-2]", true,
            hex("3005"
                "000123"
                "00"
                "78"),
            hex("3004"
                "000123"
                "78"),
            Protocol);
    addRows("PUBLISH empty Topic Name without Topic Alias (MQTT 3.3.2.1) [MQTT-4.7.3-1]", true,
            hex("3004"
                "0000"
                "00"
                "78"),
            hex("3003"
                "0000"
                "78"),
            Protocol);
    addRow("PUBACK Reason Code 0x04 (MQTT 3.4.2.1)", V5Only, true, hex("4003000104"), Protocol);
    addRow("PUBACK with a Topic Alias [MQTT-2.2.2-2]", V5Only, true,
           hex("40070001000323"
               "0001"),
           Malformed);

    // ---- the client's limits ----
    addRow(
        "larger than our Maximum Packet Size [MQTT-3.1.2-24]", V5Only, true,
        publishBytes(V5, QStringLiteral("t"), QoS::Q0, 0, QByteArray(ClientMaximumPacketSize, 'a')),
        ReasonCode::PacketTooLarge);
    addRow("more QoS 2 PUBLISH than our Receive Maximum [MQTT-3.3.4-9]", V5Only, true,
           publishBytes(V5, QStringLiteral("t"), QoS::Q2, 1) +
               publishBytes(V5, QStringLiteral("t"), QoS::Q2, 2) +
               publishBytes(V5, QStringLiteral("t"), QoS::Q2, 3),
           ReasonCode::ReceiveMaximumExceeded);
    addRow("Topic Alias above our maximum [MQTT-3.3.2-11]", V5Only, true,
           aliasPublish(QStringLiteral("t"), ClientTopicAliasMaximum + 1),
           ReasonCode::TopicAliasInvalid);
    addRow("Topic Alias never set (MQTT 3.3.2.3.4)", V5Only, true, aliasPublish(QString(), 1),
           Protocol);

    // ---- order and state ----
    addRows("PUBLISH before CONNACK [MQTT-3.2.0-1]", false, hex("300400016100"), hex("3003000161"),
            Protocol);
    addRows("second CONNACK [MQTT-3.2.0-2]", true, connAckBytes(V5), connAckBytes(V311), Protocol);
    addRows("Session Present after Clean Start [MQTT-3.2.2-4]", false, hex("2003010000"),
            hex("20020100"), Protocol);
    addRow("CONNACK Receive Maximum 0 (MQTT 3.2.2.3.3)", V5Only, false, hex("2006000003210000"),
           Protocol);
    addRows("SUBACK nobody asked for", true, hex("900400050000"), hex("9003000500"), Protocol);
    addRow("PUBACK for an identifier not in use", Both, true, hex("40020005"), Protocol);
    addRow("PUBCOMP for an identifier not in use", Both, true, hex("70020005"), Protocol);
    addRow("AUTH without Authentication Method in CONNECT [MQTT-4.12.0-6]", V5Only, true,
           hex("f000"), Protocol);
    addRow("DISCONNECT from a 3.1.1 server", V311Only, true, hex("e000"), Protocol);
}

// [MQTT-4.13.1-1] ConnectionFailed, then (MQTT 5.0) DISCONNECT with the matching reason code,
// then Close: never a bare close, never anything after DISCONNECT. MQTT 3.1.1 has no way to say
// why and only closes.
void tst_ProtocolErrors::endsWithDisconnect()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, afterConnAck);
    QFETCH(QByteArray, input);
    QFETCH(ReasonCode, reason);
    ProtocolEngine engine;
    engine.start(connectPacket(version, 30, version == V5 ? clientLimits() : ConnectProperties()));
    if (afterConnAck)
        QVERIFY(has<Engine::Connected>(engine.receive(connAckBytes(version))));

    const auto events = engine.receive(input);
    QCOMPARE(describeEnd(events), expectedEnd(version, reason));
    if (afterConnAck)
        QVERIFY(timerStopped(events, Engine::Timer::KeepAlive));
    QCOMPARE(engine.state(), Engine::State::Closing);
    QVERIFY(engine.receive(connAckBytes(version)).empty()); // nothing more is read
    QCOMPARE(disconnectReason(engine.closed()), std::optional(reason));
}

int runProtocolErrorTests(int argc, char **argv)
{
    tst_ProtocolErrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_protocolerrors.moc"
