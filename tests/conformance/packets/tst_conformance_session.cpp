// Conformance, section 3.1.2: what Clean Start and the Session Expiry Interval make the client
// keep or drop of its Session State across connections.
#include "conformance/packets/conformancetesting.h"
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr quint16 InboundId = 9;

// A connection that leaves Session State behind: an outbound QoS 1 PUBLISH without PUBACK and an
// inbound QoS 2 PUBLISH without PUBREL. Returns the outbound one's identifier.
quint16 leaveSessionState(ProtocolEngine &engine, const ConnectPacket &connect)
{
    engine.start(connect);
    engine.receive(connAckBytes(connect.protocolVersion));
    PublishPacket publish = outboundPublish(engine, QoS::Q1);
    publish.payload = "out";
    engine.send(publish);
    engine.receive(serverPublish(connect.protocolVersion, 2, InboundId));
    engine.closed();
    return publish.packetId;
}

} // namespace

class tst_ConformanceSession : public QObject
{
    Q_OBJECT

private slots:
    void cleanStartDropsTheSession_data();
    void cleanStartDropsTheSession();
    void sessionExpiryKeepsTheSession();
};

void tst_ConformanceSession::cleanStartDropsTheSession_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 [MQTT-3.1.2-4]") << ProtocolVersion::V5;
    QTest::newRow("3.1.1 [MQTT-3.1.2-6]") << ProtocolVersion::V311;
}

// Clean Start 1: nothing of the earlier Session is resent or reused. The unacknowledged PUBLISH
// goes back to the caller, its identifier is free, and the inbound identifier that waited for
// PUBREL brings a new message.
void tst_ConformanceSession::cleanStartDropsTheSession()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    ConnectPacket connect = connectPacket(version);
    connect.cleanStart = false;
    const quint16 outboundId = leaveSessionState(engine, connect);
    QCOMPARE(engine.unacknowledgedPublishes(), 1);

    connect.cleanStart = true;
    engine.start(connect);
    QVERIFY(engine.inboundAwaitingRelease().isEmpty());
    const auto events = engine.receive(connAckBytes(version)); // Session Present 0
    QVERIFY2(written(events).isEmpty(), "nothing of the old Session is resent");
    const auto discarded = firstOf<Engine::SessionDiscarded>(events);
    QVERIFY(discarded);
    QCOMPARE(discarded->publishes.size(), std::size_t(1));
    QCOMPARE(engine.unacknowledgedPublishes(), 0);
    bool freeAgain = false;
    for (int i = 0; i < 65535 && !freeAgain; ++i)
        freeAgain = engine.acquirePacketId() == std::optional(outboundId);
    QVERIFY2(freeAgain, "the old flow's identifier is free");

    const auto again = engine.receive(serverPublish(version, 2, InboundId));
    QVERIFY2(receivedPacket<PublishPacket>(again), "the identifier brings a new message");
}

// [MQTT-3.1.2-23] with a Session Expiry Interval above 0 the client keeps its Session State after
// the connection closes: the unacknowledged PUBLISH goes out again with its identifier, and the
// inbound QoS 2 message is not delivered twice.
void tst_ConformanceSession::sessionExpiryKeepsTheSession()
{
    ConnectProperties properties;
    properties.setSessionExpiryInterval(3600);
    ConnectPacket connect = connectPacket(ProtocolVersion::V5, 0, properties);
    ProtocolEngine engine;
    const quint16 outboundId = leaveSessionState(engine, connect);

    connect.cleanStart = false;
    engine.start(connect);
    ConnAckPacket connAck;
    connAck.sessionPresent = true;
    auto events = engine.receive(encodePacket(connAck, ProtocolVersion::V5));
    QCOMPARE(written(events).toHex(' '),
             packetOf(0x3A, field("t") + twoBytes(outboundId) + char(0) + "out").toHex(' '));

    events = engine.receive(serverPublish(ProtocolVersion::V5, 2, InboundId, "t", "x", true));
    QVERIFY2(!receivedPacket<PublishPacket>(events), "delivered once only");
    QCOMPARE(written(events), packetOf(0x50, twoBytes(InboundId)));
    QCOMPARE(written(engine.receive(packetOf(0x62, twoBytes(InboundId)))),
             packetOf(0x70, twoBytes(InboundId))); // known: no 0x92

    QCOMPARE(releasedId(engine.receive(packetOf(0x40, twoBytes(outboundId)))),
             std::optional(outboundId));
}

QTEST_APPLESS_MAIN(tst_ConformanceSession)
#include "tst_conformance_session.moc"
