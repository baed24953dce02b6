// Conformance, MQTT 4.9: flow control — the send quota the server's Receive Maximum gives.
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr auto V5 = ProtocolVersion::V5;

// Connected to a server whose CONNACK announces `receiveMaximum` (none when 0).
void connectWithReceiveMaximum(ProtocolEngine &engine, quint16 receiveMaximum)
{
    ConnAckProperties properties;
    if (receiveMaximum != 0)
        properties.setReceiveMaximum(receiveMaximum);
    connectEngine(engine, V5, {}, properties);
}

// Sends a new PUBLISH of `qos`: true when it was written, false when refused.
bool publishes(ProtocolEngine &engine, QoS qos, quint16 *packetId = nullptr)
{
    const PublishPacket publish = outboundPublish(engine, qos);
    if (packetId)
        *packetId = publish.packetId;
    const auto events = engine.send(publish);
    return !written(events).isEmpty() && !rejection(events);
}

} // namespace

class tst_ConformanceFlowControl : public QObject
{
    Q_OBJECT

private slots:
    void initialQuotaIsTheReceiveMaximum_data();
    void initialQuotaIsTheReceiveMaximum();
    void zeroQuotaStopsQos1AndQos2_data();
    void zeroQuotaStopsQos1AndQos2();
    void zeroQuotaStillAnswersAndSends();
};

void tst_ConformanceFlowControl::initialQuotaIsTheReceiveMaximum_data()
{
    QTest::addColumn<quint16>("receiveMaximum"); // in CONNACK; 0: absent
    QTest::addColumn<int>("quota");
    QTest::newRow("Receive Maximum 1 -> quota 1") << quint16(1) << 1;
    QTest::newRow("Receive Maximum 3 -> quota 3") << quint16(3) << 3;
    QTest::newRow("no Receive Maximum -> quota 65,535") << quint16(0) << 65535;
}

// [MQTT-4.9.0-1] the send quota starts at the server's Receive Maximum: non-zero, never above
// it. Exactly that many QoS 1 and 2 PUBLISH packets go out before an acknowledgement.
void tst_ConformanceFlowControl::initialQuotaIsTheReceiveMaximum()
{
    QFETCH(quint16, receiveMaximum);
    QFETCH(int, quota);
    ProtocolEngine engine;
    connectWithReceiveMaximum(engine, receiveMaximum);
    QCOMPARE(engine.sendQuota(), quota);
    if (quota > 3) // the default of 65,535 is checked by its value
        return;
    for (int i = 0; i < quota; ++i)
        QVERIFY2(publishes(engine, i % 2 == 0 ? QoS::Q1 : QoS::Q2), qPrintable(QString::number(i)));
    QVERIFY(!publishes(engine, QoS::Q1));
}

void tst_ConformanceFlowControl::zeroQuotaStopsQos1AndQos2_data()
{
    QTest::addColumn<QoS>("first"); // the PUBLISH that uses up a quota of 1
    QTest::addColumn<QoS>("next");
    for (const QoS first : {QoS::Q1, QoS::Q2}) {
        for (const QoS next : {QoS::Q1, QoS::Q2}) {
            QTest::addRow("QoS %d in flight, quota 0 -> QoS %d refused", int(first), int(next))
                << first << next;
        }
    }
}

// [MQTT-4.9.0-2] at a send quota of zero no QoS 1 or 2 PUBLISH goes out (QoS 0 may); the
// acknowledgement that ends the flow in flight gives the quota back.
void tst_ConformanceFlowControl::zeroQuotaStopsQos1AndQos2()
{
    QFETCH(QoS, first);
    QFETCH(QoS, next);
    ProtocolEngine engine;
    connectWithReceiveMaximum(engine, 1);
    quint16 inFlight = 0;
    QVERIFY(publishes(engine, first, &inFlight));
    QCOMPARE(engine.sendQuota(), 0);

    const PublishPacket refused = outboundPublish(engine, next);
    const auto events = engine.send(refused);
    QVERIFY(written(events).isEmpty());
    QCOMPARE(rejection(events), std::optional(ReasonCode::ReceiveMaximumExceeded));
    QVERIFY(publishes(engine, QoS::Q0));

    if (first == QoS::Q1) {
        engine.receive(ackBytes<PubAckPacket>(V5, inFlight));
    } else {
        engine.receive(ackBytes<PubRecPacket>(V5, inFlight));
        QCOMPARE(engine.sendQuota(), 0); // PUBREC is not the end of a QoS 2 flow
        QVERIFY(!publishes(engine, next));
        engine.receive(ackBytes<PubCompPacket>(V5, inFlight));
    }
    QCOMPARE(engine.sendQuota(), 1);
    QVERIFY(publishes(engine, next));
}

// [MQTT-4.9.0-3] a send quota of zero stops new QoS 1 and 2 PUBLISH packets only: the client
// still answers what the server sends (PUBACK, PUBREC, PUBCOMP), sends the PUBREL of its own
// flow, and sends SUBSCRIBE, UNSUBSCRIBE and PINGREQ.
void tst_ConformanceFlowControl::zeroQuotaStillAnswersAndSends()
{
    ProtocolEngine engine;
    connectWithReceiveMaximum(engine, 1);
    quint16 inFlight = 0;
    QVERIFY(publishes(engine, QoS::Q2, &inFlight));
    QCOMPARE(engine.sendQuota(), 0);

    auto events = engine.receive(publishBytes(V5, QStringLiteral("in"), QoS::Q1, 5));
    QCOMPARE(written(events), hex("40020005")); // PUBACK
    QVERIFY(has<Engine::PacketReceived>(events));
    events = engine.receive(publishBytes(V5, QStringLiteral("in"), QoS::Q2, 6));
    QCOMPARE(written(events), hex("50020006")); // PUBREC
    events = engine.receive(ackBytes<PubRelPacket>(V5, 6));
    QCOMPARE(written(events), hex("70020006")); // PUBCOMP
    events = engine.receive(ackBytes<PubRecPacket>(V5, inFlight));
    QCOMPARE(written(events), ackBytes<PubRelPacket>(V5, inFlight));

    SubscribePacket subscribe;
    subscribe.packetId = engine.acquirePacketId().value_or(0);
    subscribe.subscriptions.append({QStringLiteral("a/#")});
    QVERIFY(!written(engine.send(subscribe)).isEmpty());
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = engine.acquirePacketId().value_or(0);
    unsubscribe.topicFilters.append(QStringLiteral("a/#"));
    QVERIFY(!written(engine.send(unsubscribe)).isEmpty());
    QCOMPARE(written(engine.send(PingReqPacket {})), hex("c000"));
    QCOMPARE(engine.sendQuota(), 0);
    QCOMPARE(engine.state(), Engine::State::Connected);
}

QTEST_GUILESS_MAIN(tst_ConformanceFlowControl)
#include "tst_conformance_flowcontrol.moc"
