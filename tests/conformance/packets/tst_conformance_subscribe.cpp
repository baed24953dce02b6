// Conformance, sections 3.8 and 3.10: the Topic Filters of SUBSCRIBE and UNSUBSCRIBE as the client
// writes them, compared with bytes laid out by hand.
#include "conformance/packets/conformancetesting.h"
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

const QString Filter = QStringLiteral("caf\u00e9/+/\U0001F600");
const QByteArray FilterUtf8("caf\xc3\xa9/+/\xf0\x9f\x98\x80");

Packet request(ProtocolEngine &engine, PacketType type, const QString &filter)
{
    const quint16 packetId = engine.acquirePacketId().value_or(0);
    if (type == PacketType::Subscribe) {
        SubscribePacket subscribe;
        subscribe.packetId = packetId;
        subscribe.subscriptions.append(SubscriptionRequest {filter, QoS::Q1});
        return subscribe;
    }
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = packetId;
    unsubscribe.topicFilters.append(filter);
    return unsubscribe;
}

quint16 packetIdOf(const Packet &packet)
{
    if (const auto *subscribe = std::get_if<SubscribePacket>(&packet))
        return subscribe->packetId;
    return std::get<UnsubscribePacket>(packet).packetId;
}

void addRows()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<PacketType>("type");
    QTest::newRow("5.0 SUBSCRIBE [MQTT-3.8.3-1]") << ProtocolVersion::V5 << PacketType::Subscribe;
    QTest::newRow("3.1.1 SUBSCRIBE [MQTT-3.8.3-1]")
        << ProtocolVersion::V311 << PacketType::Subscribe;
    QTest::newRow("5.0 UNSUBSCRIBE [MQTT-3.10.3-1]")
        << ProtocolVersion::V5 << PacketType::Unsubscribe;
    QTest::newRow("3.1.1 UNSUBSCRIBE [MQTT-3.10.3-1]")
        << ProtocolVersion::V311 << PacketType::Unsubscribe;
}

} // namespace

class tst_ConformanceSubscribe : public QObject
{
    Q_OBJECT

private slots:
    void filtersAreUtf8_data() { addRows(); }
    void filtersAreUtf8();
    void illFormedFiltersAreNotSent_data() { addRows(); }
    void illFormedFiltersAreNotSent();
};

// After the identifier (and in MQTT 5.0 the properties), each filter as UTF-8 with its length in
// bytes; SUBSCRIBE adds its options byte.
void tst_ConformanceSubscribe::filtersAreUtf8()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(PacketType, type);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const Packet packet = request(engine, type, Filter);
    QByteArray body = twoBytes(packetIdOf(packet));
    if (version == ProtocolVersion::V5)
        body += char(0);
    body += field(FilterUtf8);
    if (type == PacketType::Subscribe)
        body += char(1); // QoS 1
    const quint8 firstByte = type == PacketType::Subscribe ? 0x82 : 0xA2;
    QCOMPARE(written(engine.send(packet)).toHex(' '), packetOf(firstByte, body).toHex(' '));
}

// A filter without a well-formed UTF-8 form is refused, never sent in another encoding.
void tst_ConformanceSubscribe::illFormedFiltersAreNotSent()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(PacketType, type);
    ProtocolEngine engine;
    connectEngine(engine, version);
    for (const QChar bad : {QChar(0xD800), QChar(0xDFFF), QChar(0)}) {
        const auto events = engine.send(request(engine, type, QStringLiteral("a/") + bad));
        QVERIFY(written(events).isEmpty());
        QVERIFY(has<Engine::SendRejected>(events));
    }
    QCOMPARE(engine.state(), Engine::State::Connected);
}

QTEST_APPLESS_MAIN(tst_ConformanceSubscribe)
#include "tst_conformance_subscribe.moc"
