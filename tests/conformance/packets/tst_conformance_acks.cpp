// Conformance, sections 3.4 to 3.7, 3.14 and 3.15: the Reason Codes of PUBACK to PUBCOMP,
// DISCONNECT and AUTH both ways, the properties that give way to the server's Maximum Packet Size,
// and what follows a DISCONNECT.
#include "conformance/packets/conformancetesting.h"
#include "connection/optionalproperties.h"
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

// The Reason Code tables of the specification, written out again here so that the codec's own
// table is checked against them (MQTT 3.4.2.1, 3.5.2.1, 3.6.2.1, 3.7.2.1, 3.14.2.1, 3.15.2.1).
const QList<int> pubAckOrRecCodes {0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99};
const QList<int> pubRelOrCompCodes {0x00, 0x92};
const QList<int> disconnectCodes {0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D,
                                  0x8E, 0x8F, 0x90, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99,
                                  0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2};

template<typename Ack> Packet ackWithCode(int code)
{
    Ack ack;
    ack.packetId = 1;
    ack.reasonCode = ReasonCode(code);
    return ack;
}

Packet packetWithCode(PacketType type, int code)
{
    switch (type) {
    case PacketType::PubAck:
        return ackWithCode<PubAckPacket>(code);
    case PacketType::PubRec:
        return ackWithCode<PubRecPacket>(code);
    case PacketType::PubRel:
        return ackWithCode<PubRelPacket>(code);
    case PacketType::PubComp:
        return ackWithCode<PubCompPacket>(code);
    default: {
        DisconnectPacket disconnect;
        disconnect.reasonCode = ReasonCode(code);
        return disconnect;
    }
    }
}

const QList<StringPair> userProperties {{QStringLiteral("name"), QStringLiteral("value")}};

template<typename P> P withOptionalProperties(P packet)
{
    packet.properties.setReasonString(QStringLiteral("why"));
    packet.properties.setUserProperties(userProperties);
    return packet;
}

// The packet of `type` with a Reason String and a User Property, as a client may send it.
Packet decoratedPacket(PacketType type)
{
    switch (type) {
    case PacketType::PubAck:
        return withOptionalProperties(std::get<PubAckPacket>(ackWithCode<PubAckPacket>(0x10)));
    case PacketType::PubRec:
        return withOptionalProperties(std::get<PubRecPacket>(ackWithCode<PubRecPacket>(0x10)));
    case PacketType::PubRel:
        return withOptionalProperties(std::get<PubRelPacket>(ackWithCode<PubRelPacket>(0x92)));
    case PacketType::PubComp:
        return withOptionalProperties(std::get<PubCompPacket>(ackWithCode<PubCompPacket>(0x92)));
    case PacketType::Disconnect: {
        DisconnectPacket disconnect;
        disconnect.reasonCode = ReasonCode::UnspecifiedError;
        return withOptionalProperties(disconnect);
    }
    default: {
        AuthPacket auth;
        auth.reasonCode = ReasonCode::ContinueAuthentication;
        auth.properties.setAuthenticationMethod(QStringLiteral("m"));
        return withOptionalProperties(auth);
    }
    }
}

} // namespace

class tst_ConformanceAcks : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheirReasonCodesAreSent_data();
    void onlyTheirReasonCodesAreSent();
    void otherReasonCodesAreRefused_data();
    void otherReasonCodesAreRefused();
    void disconnectReasonCodesOfTheClient();
    void acksFitTheSmallestMaximumPacketSize();
    void optionalPropertiesGiveWay_data();
    void optionalPropertiesGiveWay();
    void disconnectAndAuthDropThemOnTheWire();
    void disconnectFlagsAreZero();
    void disconnectEndsTheConnection_data() { addVersionRows(); }
    void disconnectEndsTheConnection();
};

void tst_ConformanceAcks::onlyTheirReasonCodesAreSent_data()
{
    QTest::addColumn<PacketType>("type");
    QTest::addColumn<QList<int>>("allowed");
    QTest::newRow("PUBACK [MQTT-3.4.2-1]") << PacketType::PubAck << pubAckOrRecCodes;
    QTest::newRow("PUBREC [MQTT-3.5.2-1]") << PacketType::PubRec << pubAckOrRecCodes;
    QTest::newRow("PUBREL [MQTT-3.6.2-1]") << PacketType::PubRel << pubRelOrCompCodes;
    QTest::newRow("PUBCOMP [MQTT-3.7.2-1]") << PacketType::PubComp << pubRelOrCompCodes;
    QTest::newRow("DISCONNECT [MQTT-3.14.2-1]") << PacketType::Disconnect << disconnectCodes;
}

// Each of the 256 values: encoded exactly when the packet's table has it.
void tst_ConformanceAcks::onlyTheirReasonCodesAreSent()
{
    QFETCH(PacketType, type);
    QFETCH(QList<int>, allowed);
    for (int code = 0; code < 256; ++code) {
        bool encoded = true;
        try {
            encodePacket(packetWithCode(type, code), ProtocolVersion::V5);
        } catch (const MqttError &) {
            encoded = false;
        }
        QVERIFY2(encoded == allowed.contains(code),
                 qPrintable(QStringLiteral("Reason Code 0x%1").arg(code, 2, 16, QChar(u'0'))));
    }
}

void tst_ConformanceAcks::otherReasonCodesAreRefused_data()
{
    QTest::addColumn<int>("qos");
    QTest::addColumn<quint8>("firstByte");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("PUBACK 0x10 [MQTT-3.4.2-1]") << 1 << quint8(0x40) << 0x10 << true;
    QTest::newRow("PUBACK 0x92 [MQTT-3.4.2-1]") << 1 << quint8(0x40) << 0x92 << false;
    QTest::newRow("PUBREC 0x91 [MQTT-3.5.2-1]") << 2 << quint8(0x50) << 0x91 << true;
    QTest::newRow("PUBREC 0x04 [MQTT-3.5.2-1]") << 2 << quint8(0x50) << 0x04 << false;
    QTest::newRow("PUBCOMP 0x92 [MQTT-3.7.2-1]") << 2 << quint8(0x70) << 0x92 << true;
    QTest::newRow("PUBCOMP 0x80 [MQTT-3.7.2-1]") << 2 << quint8(0x70) << 0x80 << false;
    QTest::newRow("PUBREL 0x92 [MQTT-3.6.2-1]") << 2 << quint8(0x62) << 0x92 << true;
    QTest::newRow("PUBREL 0x10 [MQTT-3.6.2-1]") << 2 << quint8(0x62) << 0x10 << false;
    QTest::newRow("DISCONNECT 0x8E [MQTT-3.14.2-1]") << 0 << quint8(0xE0) << 0x8E << true;
    QTest::newRow("DISCONNECT 0x91 [MQTT-3.14.2-1]") << 0 << quint8(0xE0) << 0x91 << false;
}

// From the server, a code outside the packet's table is a Protocol Error that ends the
// connection; one inside it is not.
void tst_ConformanceAcks::otherReasonCodesAreRefused()
{
    QFETCH(int, qos);
    QFETCH(quint8, firstByte);
    QFETCH(int, code);
    QFETCH(bool, allowed);
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    quint16 id = 0;
    if (firstByte == 0x62) { // PUBREL answers the server's PUBLISH
        id = 5;
        engine.receive(serverPublish(ProtocolVersion::V5, 2, id));
    } else if (firstByte == 0x70) { // PUBCOMP answers our PUBREL
        const PublishPacket publish = outboundPublish(engine, QoS::Q2);
        engine.send(publish);
        id = publish.packetId;
        engine.receive(packetOf(0x50, twoBytes(id)));
    } else if (qos > 0) {
        const PublishPacket publish = outboundPublish(engine, QoS(qos));
        engine.send(publish);
        id = publish.packetId;
    }
    const QByteArray body =
        (firstByte == 0xE0 ? QByteArray() : twoBytes(id)) + char(code) + char(0);
    const auto events = engine.receive(packetOf(firstByte, body));
    if (allowed) {
        QVERIFY(failure(events).reasonCode() != ReasonCode::ProtocolError);
    } else {
        QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
        QVERIFY(has<Engine::Close>(events));
    }
}

// [MQTT-3.14.2-1] whatever the caller asks, a DISCONNECT from the client carries a DISCONNECT
// code a client may send, or is not sent.
void tst_ConformanceAcks::disconnectReasonCodesOfTheClient()
{
    for (int code = 0; code < 256; ++code) {
        ProtocolEngine engine;
        connectEngine(engine, ProtocolVersion::V5);
        DisconnectPacket disconnect;
        disconnect.reasonCode = ReasonCode(code);
        const QByteArray bytes = written(engine.disconnect(disconnect));
        if (bytes.isEmpty())
            continue;
        const int sent = bytes.size() > 2 ? quint8(bytes.at(2)) : 0;
        QVERIFY2(disconnectCodes.contains(sent), qPrintable(QString::number(code, 16)));
    }
}

// The client's own acknowledgements carry no Reason String or User Property: each is four bytes,
// within a server's Maximum Packet Size just large enough for the PUBLISH they answer.
void tst_ConformanceAcks::acksFitTheSmallestMaximumPacketSize()
{
    ConnAckProperties connAck;
    connAck.setMaximumPacketSize(8);
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5, {}, connAck);
    QCOMPARE(written(engine.receive(serverPublish(ProtocolVersion::V5, 1, 3))).toHex(),
             QByteArray("40020003"));
    QCOMPARE(written(engine.receive(serverPublish(ProtocolVersion::V5, 2, 4))).toHex(),
             QByteArray("50020004"));
    QCOMPARE(written(engine.receive(packetOf(0x62, twoBytes(4)))).toHex(), QByteArray("70020004"));
    const PublishPacket publish = outboundPublish(engine, QoS::Q2); // 8 bytes
    QCOMPARE(written(engine.send(publish)).size(), 8);
    QCOMPARE(written(engine.receive(packetOf(0x50, twoBytes(publish.packetId)))),
             packetOf(0x62, twoBytes(publish.packetId)));
    QCOMPARE(engine.state(), Engine::State::Connected);
}

void tst_ConformanceAcks::optionalPropertiesGiveWay_data()
{
    QTest::addColumn<PacketType>("type");
    QTest::newRow("PUBACK [MQTT-3.4.2-2] [MQTT-3.4.2-3]") << PacketType::PubAck;
    QTest::newRow("PUBREC [MQTT-3.5.2-2] [MQTT-3.5.2-3]") << PacketType::PubRec;
    QTest::newRow("PUBREL [MQTT-3.6.2-2] [MQTT-3.6.2-3]") << PacketType::PubRel;
    QTest::newRow("PUBCOMP [MQTT-3.7.2-2] [MQTT-3.7.2-3]") << PacketType::PubComp;
    QTest::newRow("DISCONNECT [MQTT-3.14.2-3] [MQTT-3.14.2-4]") << PacketType::Disconnect;
    QTest::newRow("AUTH [MQTT-3.15.2-2] [MQTT-3.15.2-3]") << PacketType::Auth;
}

// At a limit the whole packet fits, everything stays; one byte less, the Reason String goes; less
// than the packet without it, the User Properties go too; the rest stays.
void tst_ConformanceAcks::optionalPropertiesGiveWay()
{
    QFETCH(PacketType, type);
    const Packet full = decoratedPacket(type);
    const auto sizeWithout = [&](std::initializer_list<PropertyId> ids) {
        Packet smaller = full;
        std::visit(
            [&](auto &p) {
                if constexpr (requires { p.properties.list(); }) {
                    for (const PropertyId id : ids)
                        p.properties.list().removeAll(id);
                }
            },
            smaller);
        return quint32(encodePacket(smaller, ProtocolVersion::V5).size());
    };
    const quint32 fullSize = sizeWithout({});
    const quint32 withoutReason = sizeWithout({PropertyId::ReasonString});
    const quint32 bare = sizeWithout({PropertyId::ReasonString, PropertyId::UserProperty});

    const auto decodeAt = [&](quint32 maximum) {
        QByteArray bytes;
        encodeWithinMaximum(bytes, full, ProtocolVersion::V5, maximum);
        return decodePacket(quint8(bytes.at(0)),
                            QByteArrayView(bytes).sliced(2), // Remaining Length < 128
                            ProtocolVersion::V5);
    };
    const auto propertiesOf = [](const Packet &packet) {
        return std::visit(
            [](const auto &p) -> PropertyList {
                if constexpr (requires { p.properties.list(); })
                    return p.properties.list();
                return {};
            },
            packet);
    };
    QVERIFY(propertiesOf(decodeAt(fullSize)).find(PropertyId::ReasonString));
    const PropertyList atOneLess = propertiesOf(decodeAt(fullSize - 1));
    QVERIFY(!atOneLess.find(PropertyId::ReasonString));
    QCOMPARE(atOneLess.stringPairs(PropertyId::UserProperty), userProperties);
    QVERIFY(propertiesOf(decodeAt(withoutReason)).find(PropertyId::UserProperty));
    const Packet bareAtLimit = decodeAt(withoutReason - 1);
    QVERIFY(!propertiesOf(bareAtLimit).find(PropertyId::UserProperty));
    QCOMPARE(quint32(encodePacket(bareAtLimit, ProtocolVersion::V5).size()), bare);
    QCOMPARE(packetType(bareAtLimit), type);
}

// [MQTT-3.14.2-3] [MQTT-3.14.2-4] [MQTT-3.15.2-2] [MQTT-3.15.2-3] what the caller put in its
// DISCONNECT or AUTH goes out without the Reason String and User Properties the server's Maximum
// Packet Size has no room for; the packet itself still goes out.
void tst_ConformanceAcks::disconnectAndAuthDropThemOnTheWire()
{
    ConnectProperties connect;
    connect.setAuthenticationMethod(QStringLiteral("m"));
    ConnAckProperties connAck;
    connAck.setAuthenticationMethod(QStringLiteral("m"));
    connAck.setMaximumPacketSize(16);
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5, connect, connAck);
    QCOMPARE(engine.state(), Engine::State::Connected);

    AuthPacket auth = std::get<AuthPacket>(decoratedPacket(PacketType::Auth));
    auth.reasonCode = ReasonCode::ReAuthenticate;
    const QByteArray authBytes = written(engine.auth(auth));
    // AUTH 0x19 with the Authentication Method "m" only: 10 bytes
    QCOMPARE(authBytes.toHex(' '), packetOf(0xF0, "\x19\x04\x15" + field("m")).toHex(' '));

    const auto events =
        engine.disconnect(std::get<DisconnectPacket>(decoratedPacket(PacketType::Disconnect)));
    QCOMPARE(written(events).toHex(' '), QByteArray("e0 01 80")); // Reason Code only
    QVERIFY(failure(events).isNull());
}

// [MQTT-3.14.1-1] the client's DISCONNECT has reserved flags 0000, in every form; one from the
// server with other flags is a Malformed Packet.
void tst_ConformanceAcks::disconnectFlagsAreZero()
{
    for (const auto version : {ProtocolVersion::V5, ProtocolVersion::V311}) {
        for (const auto code : {ReasonCode::Success, ReasonCode::DisconnectWithWillMessage}) {
            ProtocolEngine engine;
            connectEngine(engine, version);
            DisconnectPacket disconnect;
            disconnect.reasonCode = code;
            disconnect.properties.setReasonString(QStringLiteral("bye"));
            const QByteArray bytes = written(engine.disconnect(disconnect));
            QVERIFY(!bytes.isEmpty());
            QCOMPARE(quint8(bytes.at(0)), quint8(0xE0));
        }
    }
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    const auto events = engine.receive(hex("e1020000"));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY(has<Engine::Close>(events));
}

// After its DISCONNECT the client closes the connection [MQTT-3.14.4-2] (3.1.1: [MQTT-3.14.4-1])
// and writes nothing more on it (3.1.1: [MQTT-3.14.4-2]): not the keepalive, nor an answer to
// what still arrives, nor what the caller asks for.
void tst_ConformanceAcks::disconnectEndsTheConnection()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version, 10));
    engine.receive(connAckBytes(version));
    const auto events = engine.disconnect();
    const qsizetype sent = indexOf<Engine::SendBytes>(events);
    const qsizetype close = indexOf<Engine::Close>(events);
    QVERIFY(sent >= 0);
    QCOMPARE(firstOf<Engine::SendBytes>(events)->packetType, PacketType::Disconnect);
    QVERIFY2(close > sent, "Close follows the DISCONNECT");
    QCOMPARE(eventsOf<Engine::SendBytes>(events).size(), 1);

    QVERIFY(written(engine.timerFired(Engine::Timer::KeepAlive)).isEmpty());
    QVERIFY(written(engine.timerFired(Engine::Timer::PeerSilence)).isEmpty());
    QVERIFY(written(engine.receive(serverPublish(version, 1, 9))).isEmpty());
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    QVERIFY(written(engine.send(publish)).isEmpty());
    QVERIFY(written(engine.send(PingReqPacket {})).isEmpty());
    QVERIFY(written(engine.disconnect()).isEmpty());
}

QTEST_APPLESS_MAIN(tst_ConformanceAcks)
#include "tst_conformance_acks.moc"
