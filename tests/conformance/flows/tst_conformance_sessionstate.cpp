// Conformance, MQTT 4.1: the client's Session State lasts as long as the session — through all
// the traffic of its connection, and across connections when the session outlives them.
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

// The session's flows at every step: an outbound QoS 1 and QoS 2 PUBLISH unacknowledged, and an
// inbound QoS 2 message (identifier 9) awaiting PUBREL.
struct OpenFlows
{
    PublishPacket qos1;
    PublishPacket qos2;
};

void openFlows(ProtocolEngine &engine, ProtocolVersion version, OpenFlows &flows)
{
    flows = {outboundPublish(engine, QoS::Q1), outboundPublish(engine, QoS::Q2)};
    engine.send(flows.qos1);
    engine.send(flows.qos2);
    const auto events = engine.receive(publishBytes(version, QStringLiteral("in"), QoS::Q2, 9));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
}

// Many flows that start and end around the open ones, both ways, with identifiers of their own.
void otherTraffic(ProtocolEngine &engine, ProtocolVersion version)
{
    for (int i = 0; i < 100; ++i) {
        const auto inboundId = quint16(100 + i % 7);
        engine.receive(publishBytes(version, QStringLiteral("other"), QoS::Q2, inboundId) +
                       ackBytes<PubRelPacket>(version, inboundId) +
                       publishBytes(version, QStringLiteral("other"), QoS::Q1, inboundId));
        const PublishPacket publish = outboundPublish(engine, i % 2 ? QoS::Q1 : QoS::Q2);
        engine.send(publish);
        if (publish.qos == QoS::Q1) {
            engine.receive(ackBytes<PubAckPacket>(version, publish.packetId));
        } else {
            engine.receive(ackBytes<PubRecPacket>(version, publish.packetId));
            engine.receive(ackBytes<PubCompPacket>(version, publish.packetId));
        }
    }
    engine.receive(hex("d000")); // PINGRESP
}

// The open flows end as a session that kept them ends them: the inbound resend is not delivered
// again and its PUBREL gets PUBCOMP Success; PUBREC gets PUBREL Success; PUBACK and PUBCOMP
// release the identifiers, and nothing is a protocol error.
void verifyFlowsComplete(ProtocolEngine &engine, ProtocolVersion version, const OpenFlows &flows)
{
    QByteArray resend = publishBytes(version, QStringLiteral("in"), QoS::Q2, 9);
    resend[0] = char(resend.at(0) | 0x08); // DUP
    auto events = engine.receive(resend);
    QVERIFY2(!has<Engine::PacketReceived>(events), "inbound QoS 2 message delivered twice");
    QCOMPARE(written(events), hex("50020009"));
    QCOMPARE(written(engine.receive(ackBytes<PubRelPacket>(version, 9))), hex("70020009"));

    QCOMPARE(written(engine.receive(ackBytes<PubRecPacket>(version, flows.qos2.packetId))),
             ackBytes<PubRelPacket>(version, flows.qos2.packetId));
    events = engine.receive(ackBytes<PubAckPacket>(version, flows.qos1.packetId) +
                            ackBytes<PubCompPacket>(version, flows.qos2.packetId));
    QVERIFY2(!has<Engine::ConnectionFailed>(events), qPrintable(failure(events).message()));
    QCOMPARE(eventsOf<Engine::PacketIdReleased>(events).size(), 2);
    QCOMPARE(engine.unacknowledgedPublishes(), 0);
    QCOMPARE(engine.state(), Engine::State::Connected);
}

} // namespace

class tst_ConformanceSessionState : public QObject
{
    Q_OBJECT

private slots:
    void stateKeptWhileConnected_data();
    void stateKeptWhileConnected();
    void stateKeptAcrossConnections_data();
    void stateKeptAcrossConnections();
};

void tst_ConformanceSessionState::stateKeptWhileConnected_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 Session Expiry 0: kept while connected [MQTT-4.1.0-1]") << V5;
    QTest::newRow("v311 CleanSession 1: kept while connected [MQTT-4.1.0-2]") << V311;
}

// A session that ends with its connection (Session Expiry Interval 0, CleanSession 1) keeps its
// state as long as the connection is open, whatever else passes meanwhile.
void tst_ConformanceSessionState::stateKeptWhileConnected()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    OpenFlows flows;
    openFlows(engine, version, flows);
    otherTraffic(engine, version);
    QCOMPARE(engine.unacknowledgedPublishes(), 2);
    QCOMPARE(engine.inboundAwaitingRelease(), QSet<quint16> {9});
    verifyFlowsComplete(engine, version, flows);
}

void tst_ConformanceSessionState::stateKeptAcrossConnections_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 Session Expiry 3600: kept across a reconnect") << V5;
    QTest::newRow("v311 CleanSession 0: kept across a reconnect [MQTT-4.1.0-1]") << V311;
}

// A session that outlives its connection keeps the client's side of it for the whole session:
// after the reconnect the unacknowledged PUBLISH packets go out again and every open flow ends
// as if the connection had never dropped.
void tst_ConformanceSessionState::stateKeptAcrossConnections()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    ConnectPacket connect = connectPacket(version);
    connect.cleanStart = false;
    if (version == V5)
        connect.properties.setSessionExpiryInterval(3600);
    engine.start(connect);
    engine.receive(connAckBytes(version));
    OpenFlows flows;
    openFlows(engine, version, flows);
    otherTraffic(engine, version);
    engine.closed();

    engine.start(connect);
    ConnAckPacket connAck;
    connAck.sessionPresent = true;
    const QByteArray resent = written(engine.receive(encodePacket(connAck, version)));
    PublishPacket qos1 = flows.qos1;
    PublishPacket qos2 = flows.qos2;
    qos1.dup = qos2.dup = true;
    QCOMPARE(resent, encodePacket(qos1, version) + encodePacket(qos2, version));
    QCOMPARE(engine.inboundAwaitingRelease(), QSet<quint16> {9});
    verifyFlowsComplete(engine, version, flows);
}

QTEST_GUILESS_MAIN(tst_ConformanceSessionState)
#include "tst_conformance_sessionstate.moc"
