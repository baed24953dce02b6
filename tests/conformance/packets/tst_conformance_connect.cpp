// Conformance, section 3.1: the CONNECT the client writes, compared with bytes laid out by hand,
// and what it may send before CONNACK.
#include "conformance/packets/conformancetesting.h"
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr quint8 UserNameFlag = 0x80;
constexpr quint8 PasswordFlag = 0x40;
constexpr quint8 WillRetainFlag = 0x20;
constexpr quint8 WillFlag = 0x04;
constexpr quint8 CleanStartFlag = 0x02;

// The CONNECT that start() writes, or an empty array when it wrote none.
QByteArray connectWritten(ProtocolEngine &engine, const ConnectPacket &connect)
{
    const auto events = engine.start(connect);
    const auto send = firstOf<Engine::SendBytes>(events);
    return send && send->packetType == PacketType::Connect ? send->bytes : QByteArray();
}

// CONNECT as the specification lays it out: variable header (Keep Alive 0, in MQTT 5.0 an empty
// property list), then `payload`.
QByteArray expectedConnect(ProtocolVersion version, quint8 flags, const QByteArray &payload)
{
    const bool v5 = version == ProtocolVersion::V5;
    QByteArray header = field("MQTT") + char(v5 ? 5 : 4) + char(flags) + twoBytes(0);
    if (v5)
        header += char(0); // Property Length
    return packetOf(0x10, header + payload);
}

ConnectPacket connectWith(ProtocolVersion version)
{
    ConnectPacket connect = connectPacket(version);
    connect.clientId = QStringLiteral("cid");
    return connect;
}

} // namespace

class tst_ConformanceConnect : public QObject
{
    Q_OBJECT

private slots:
    void payloadFieldsComeInOrder_data();
    void payloadFieldsComeInOrder();
    void absentFlagsLeaveFieldsOut_data();
    void absentFlagsLeaveFieldsOut();
    void willQosFlags_data();
    void willQosFlags();
    void willQos3IsNotSent();
    void stringFieldsAreUtf8_data();
    void stringFieldsAreUtf8();
    void illFormedStringFieldsAreNotSent_data();
    void illFormedStringFieldsAreNotSent();
    void onlyAuthOrDisconnectBeforeConnAck();
};

void tst_ConformanceConnect::payloadFieldsComeInOrder_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 [MQTT-3.1.3-1] [MQTT-3.1.3-3] [MQTT-3.1.2-9]") << ProtocolVersion::V5;
    QTest::newRow("3.1.1 [MQTT-3.1.3-1] [MQTT-3.1.3-3] [MQTT-3.1.2-9]") << ProtocolVersion::V311;
}

// Client Identifier first, then the Will (its properties in MQTT 5.0, topic, payload), User Name,
// Password; each flag set announces its field (3.1.1: [MQTT-3.1.2-19] [MQTT-3.1.2-21]).
void tst_ConformanceConnect::payloadFieldsComeInOrder()
{
    QFETCH(ProtocolVersion, version);
    ConnectPacket connect = connectWith(version);
    connect.will = WillMessage {QStringLiteral("w/t"), "wp", QoS::Q1, true, {}};
    connect.username = QStringLiteral("user");
    connect.password = QByteArray("pw");
    QByteArray payload = field("cid");
    if (version == ProtocolVersion::V5)
        payload += char(0); // Will Properties: none
    payload += field("w/t") + field("wp") + field("user") + field("pw");
    const quint8 flags =
        UserNameFlag | PasswordFlag | WillRetainFlag | 0x08 | WillFlag | CleanStartFlag;
    ProtocolEngine engine;
    QCOMPARE(connectWritten(engine, connect).toHex(' '),
             expectedConnect(version, flags, payload).toHex(' '));
}

void tst_ConformanceConnect::absentFlagsLeaveFieldsOut_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("withUserName");
    QTest::addColumn<bool>("withPassword");
    QTest::newRow("5.0 neither [MQTT-3.1.2-16] [MQTT-3.1.2-18]")
        << ProtocolVersion::V5 << false << false;
    QTest::newRow("5.0 user name only [MQTT-3.1.2-18]") << ProtocolVersion::V5 << true << false;
    QTest::newRow("5.0 password only [MQTT-3.1.2-16]") << ProtocolVersion::V5 << false << true;
    QTest::newRow("3.1.1 neither [MQTT-3.1.2-18] [MQTT-3.1.2-20]")
        << ProtocolVersion::V311 << false << false;
    QTest::newRow("3.1.1 user name only [MQTT-3.1.2-20]") << ProtocolVersion::V311 << true << false;
}

// A flag of 0 and no field: the payload ends where the last present field ends.
void tst_ConformanceConnect::absentFlagsLeaveFieldsOut()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, withUserName);
    QFETCH(bool, withPassword);
    ConnectPacket connect = connectWith(version);
    QByteArray payload = field("cid");
    quint8 flags = CleanStartFlag;
    if (withUserName) {
        connect.username = QStringLiteral("user");
        payload += field("user");
        flags |= UserNameFlag;
    }
    if (withPassword) {
        connect.password = QByteArray("pw");
        payload += field("pw");
        flags |= PasswordFlag;
    }
    ProtocolEngine engine;
    QCOMPARE(connectWritten(engine, connect).toHex(' '),
             expectedConnect(version, flags, payload).toHex(' '));
}

void tst_ConformanceConnect::willQosFlags_data()
{
    QTest::addColumn<int>("willQos"); // -1: no Will
    QTest::addColumn<quint8>("flags");
    QTest::newRow("3.1.1 no Will: Will QoS 0 [MQTT-3.1.2-13]") << -1 << quint8(CleanStartFlag);
    for (const int qos : {0, 1, 2}) {
        QTest::addRow("3.1.1 Will QoS %d [MQTT-3.1.2-14]", qos)
            << qos << quint8(CleanStartFlag | WillFlag | (qos << 3));
    }
}

void tst_ConformanceConnect::willQosFlags()
{
    QFETCH(int, willQos);
    QFETCH(quint8, flags);
    ConnectPacket connect = connectWith(ProtocolVersion::V311);
    QByteArray payload = field("cid");
    if (willQos >= 0) {
        connect.will = WillMessage {QStringLiteral("w"), "p", QoS(willQos), false, {}};
        payload += field("w") + field("p");
    }
    ProtocolEngine engine;
    QCOMPARE(connectWritten(engine, connect).toHex(' '),
             expectedConnect(ProtocolVersion::V311, flags, payload).toHex(' '));
}

// A Will QoS of 3 never leaves the client: the connection fails before anything is written.
// 3.1.1: [MQTT-3.1.2-14]
void tst_ConformanceConnect::willQos3IsNotSent()
{
    ConnectPacket connect = connectWith(ProtocolVersion::V311);
    connect.will = WillMessage {QStringLiteral("w"), "p", QoS(3), false, {}};
    ProtocolEngine engine;
    const auto events = engine.start(connect);
    QVERIFY(written(events).isEmpty());
    QVERIFY(has<Engine::ConnectionFailed>(events));
}

void tst_ConformanceConnect::stringFieldsAreUtf8_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("which");
    QTest::newRow("5.0 Client Identifier [MQTT-3.1.3-4]") << ProtocolVersion::V5 << "clientId";
    QTest::newRow("3.1.1 Client Identifier [MQTT-3.1.3-4]") << ProtocolVersion::V311 << "clientId";
    QTest::newRow("5.0 User Name [MQTT-3.1.3-12]") << ProtocolVersion::V5 << "username";
    QTest::newRow("3.1.1 User Name [MQTT-3.1.3-11]") << ProtocolVersion::V311 << "username";
    QTest::newRow("3.1.1 Will Topic [MQTT-3.1.3-10]") << ProtocolVersion::V311 << "willTopic";
}

// Characters beyond ASCII, and beyond the Basic Multilingual Plane, go out as UTF-8 with their
// length in bytes.
void tst_ConformanceConnect::stringFieldsAreUtf8()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, which);
    const QString text = QStringLiteral("h\u00e9\u20ac\U0001F600");
    const QByteArray utf8("h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    ConnectPacket connect = connectWith(version);
    quint8 flags = CleanStartFlag;
    QByteArray payload = field("cid");
    if (which == u"clientId") {
        connect.clientId = text;
        payload = field(utf8);
    } else if (which == u"username") {
        connect.username = text;
        payload += field(utf8);
        flags |= UserNameFlag;
    } else {
        connect.will = WillMessage {text, "p", QoS::Q0, false, {}};
        payload += field(utf8) + field("p");
        flags |= WillFlag;
    }
    ProtocolEngine engine;
    QCOMPARE(connectWritten(engine, connect).toHex(' '),
             expectedConnect(version, flags, payload).toHex(' '));
}

void tst_ConformanceConnect::illFormedStringFieldsAreNotSent_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("text");
    const QString loneSurrogate(QChar(0xD800));
    const QString nul(QChar(0));
    for (const auto version : {ProtocolVersion::V5, ProtocolVersion::V311}) {
        const char *tag = version == ProtocolVersion::V5 ? "5.0" : "3.1.1";
        QTest::addRow("%s Client Identifier, lone surrogate [MQTT-3.1.3-4]", tag)
            << version << "clientId" << loneSurrogate;
        QTest::addRow("%s Client Identifier, U+0000 [MQTT-3.1.3-4]", tag)
            << version << "clientId" << nul;
    }
    QTest::newRow("5.0 User Name, lone surrogate [MQTT-3.1.3-12]")
        << ProtocolVersion::V5 << "username" << loneSurrogate;
    QTest::newRow("3.1.1 User Name, lone surrogate [MQTT-3.1.3-11]")
        << ProtocolVersion::V311 << "username" << loneSurrogate;
    QTest::newRow("3.1.1 Will Topic, lone surrogate [MQTT-3.1.3-10]")
        << ProtocolVersion::V311 << "willTopic" << loneSurrogate;
}

// A string that has no well-formed UTF-8 form is not sent in some other encoding: the connection
// fails before anything is written.
void tst_ConformanceConnect::illFormedStringFieldsAreNotSent()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, which);
    QFETCH(QString, text);
    ConnectPacket connect = connectWith(version);
    if (which == u"clientId")
        connect.clientId = QStringLiteral("c") + text;
    else if (which == u"username")
        connect.username = QStringLiteral("u") + text;
    else
        connect.will = WillMessage {QStringLiteral("w") + text, "p", QoS::Q0, false, {}};
    ProtocolEngine engine;
    const auto events = engine.start(connect);
    QVERIFY(written(events).isEmpty());
    QVERIFY(has<Engine::ConnectionFailed>(events));
}

// [MQTT-3.1.2-30] with an Authentication Method in CONNECT, nothing but AUTH and DISCONNECT goes
// out before CONNACK.
void tst_ConformanceConnect::onlyAuthOrDisconnectBeforeConnAck()
{
    ConnectProperties properties;
    properties.setAuthenticationMethod(QStringLiteral("SCRAM-SHA-1"));
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 30, properties));

    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    SubscribePacket subscribe;
    subscribe.packetId = engine.acquirePacketId().value_or(0);
    subscribe.subscriptions.append(SubscriptionRequest {QStringLiteral("t")});
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = engine.acquirePacketId().value_or(0);
    unsubscribe.topicFilters.append(QStringLiteral("t"));
    for (const Packet &packet :
         {Packet(publish), Packet(subscribe), Packet(unsubscribe), Packet(PingReqPacket {})}) {
        const auto events = engine.send(packet);
        QVERIFY2(written(events).isEmpty(), qPrintable(packetTypeName(packetType(packet))));
        QVERIFY(has<Engine::SendRejected>(events));
    }
    QVERIFY(written(engine.timerFired(Engine::Timer::KeepAlive)).isEmpty());

    AuthPacket auth;
    auth.reasonCode = ReasonCode::ContinueAuthentication;
    const auto authEvents = engine.auth(auth);
    const auto authSent = firstOf<Engine::SendBytes>(authEvents);
    QVERIFY(authSent);
    QCOMPARE(authSent->packetType, PacketType::Auth);

    const auto disconnectSent = firstOf<Engine::SendBytes>(engine.disconnect());
    QVERIFY(disconnectSent);
    QCOMPARE(disconnectSent->packetType, PacketType::Disconnect);
}

QTEST_APPLESS_MAIN(tst_ConformanceConnect)
#include "tst_conformance_connect.moc"
