// A broker that misbehaves over time: silence at every stage, requests left unanswered across a
// reconnect, and valid traffic in extreme shapes (a byte at a time, 100,000 packets at once).
#include "hostiletesting.h"

#include <OhMqtt/mqttclient.h>

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using State = MqttClient::State;

namespace {

constexpr int WaitMs = 5'000;
constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

// A row per protocol version, named "<version> <what the broker does> -> <what the client does>
// <rule>".
void addVersions(const char *description)
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addRow("v5 %s", description) << V5;
    QTest::addRow("v3.1.1 %s", description) << V311;
}

// Writes `bytes` to the broker's client one byte per turn of the event loop (a 1 ms timer), so
// that every packet and every Remaining Length arrives split at each possible place.
void dribble(MqttScriptedBroker &broker, const QByteArray &bytes)
{
    auto *timer = new QTimer(&broker);
    timer->setInterval(1);
    auto position = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, &broker, [&broker, timer, bytes, position] {
        if (*position >= bytes.size() || !broker.sendBytes(bytes.mid(*position, 1))) {
            timer->deleteLater();
            timer->stop();
            return;
        }
        ++*position;
    });
    timer->start();
}

QByteArray encoded(const Packet &packet, ProtocolVersion version)
{
    return encodePacket(packet, version);
}

PublishPacket publishPacket(const QString &topic, const QByteArray &payload, QoS qos = QoS::Q0,
                            quint16 packetId = 0)
{
    PublishPacket publish;
    publish.topic = topic;
    publish.payload = payload;
    publish.qos = qos;
    publish.packetId = packetId;
    return publish;
}

QByteArray connAck(ProtocolVersion version, bool sessionPresent = false)
{
    ConnAckPacket packet;
    packet.sessionPresent = sessionPresent;
    return encoded(packet, version);
}

} // namespace

class tst_HostileFlows : public QObject
{
    Q_OBJECT

private slots:
    void silenceBeforeConnAckTimesOut_data();
    void silenceBeforeConnAckTimesOut();
    void silenceAfterPingReqEndsTheConnection_data();
    void silenceAfterPingReqEndsTheConnection();
    void unansweredPublishIsResentAfterReconnect_data();
    void unansweredPublishIsResentAfterReconnect();
    void unansweredSubscribeFailsWhenTheConnectionEnds_data()
    {
        addVersions("no SUBACK, then the connection ends -> handle fails (MQTT 4.4: only PUBLISH "
                    "and PUBREL go again)");
    }
    void unansweredSubscribeFailsWhenTheConnectionEnds();
    void everyPacketByteAtATime_data()
    {
        addVersions("every packet a byte at a time -> all accepted and answered (MQTT 4.2)");
    }
    void everyPacketByteAtATime();
    void burstOfSmallPublishesIsAllDelivered_data();
    void burstOfSmallPublishesIsAllDelivered();
};

// "If the Client does not receive a CONNACK packet from the Server within a reasonable amount of
// time, the Client SHOULD close the Network Connection" (MQTT 3.2): the connect timeout ends the
// attempt, the transport is closed and the client is Closed, whatever the silent broker does.
void tst_HostileFlows::silenceBeforeConnAckTimesOut_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("replyDelay"); // -1: no CONNACK at all
    for (const ProtocolVersion version : {V5, V311}) {
        const char *name = version == V5 ? "v5" : "v3.1.1";
        QTest::addRow("%s no CONNACK -> connect timeout (MQTT 3.2)", name) << version << -1;
        QTest::addRow("%s CONNACK after the timeout -> connect timeout (MQTT 3.2)", name)
            << version << 1'500;
    }
}

void tst_HostileFlows::silenceBeforeConnAckTimesOut()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, replyDelay);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    if (replyDelay < 0)
        broker.ignoreConnections();
    else
        broker.setReplyDelay(replyDelay);
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    MqttConnectOptions options = hostileOptions(broker, version);
    options.setConnectTimeout(300);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(client.connectToBroker(options));
    QVERIFY(!client.waitForConnected(WaitMs));
    QCOMPARE(client.state(), State::Closed);
    QVERIFY2(elapsed.elapsed() < 2'500, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!errors.isEmpty());
    const MqttError error = errors.first().first().value<MqttError>();
    QVERIFY2(error.message().contains(QLatin1String("connect timeout")),
             qPrintable(error.message()));
    QVERIFY(broker.waitForClientClosed(WaitMs));
    QVERIFY(disconnectsSent(broker).isEmpty()); // nothing was connected to disconnect
}

// [MQTT-3.1.2-20]: with Keep Alive 1 s the client sends PINGREQ after 1 s of silence; without
// PINGRESP "within a reasonable amount of time" it closes the connection (MQTT 3.1.2.10) (0x8D is
// the server's code, so no DISCONNECT). Also when a truncated packet has left the decoder waiting
// for bytes that never come: the PINGRESP would only be read as part of it.
void tst_HostileFlows::silenceAfterPingReqEndsTheConnection_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("before"); // hexPackets() sent once connected
    for (const ProtocolVersion version : {V5, V311}) {
        const char *name = version == V5 ? "v5" : "v3.1.1";
        QTest::addRow("%s no PINGRESP -> close (0x8d) [MQTT-3.1.2-20] (MQTT 3.1.2.10)", name)
            << version << "";
        QTest::addRow(
            "%s truncated PUBLISH, then silence -> close (0x8d) [MQTT-3.1.2-20] (MQTT 3.1.2.10)",
            name)
            << version << "30 7f 0001 61";
    }
}

void tst_HostileFlows::silenceAfterPingReqEndsTheConnection()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, before);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    broker.setAnswerPings(before.isEmpty() ? false : true);
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    MqttConnectOptions options = hostileOptions(broker, version);
    options.setKeepAliveInterval(1);
    QVERIFY(client.connectToBroker(options));
    QVERIFY(client.waitForConnected(WaitMs));
    QElapsedTimer elapsed;
    elapsed.start();
    if (!before.isEmpty())
        QVERIFY(broker.sendBytes(hexPackets(before)));
    QVERIFY(broker.waitForPackets(PacketType::PingReq, 1, WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
    // 1.5 × Keep Alive, with room for a loaded machine.
    QVERIFY2(elapsed.elapsed() < 4'000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().first().value<MqttError>().reasonCode(), ReasonCode::KeepAliveTimeout);
    QVERIFY(broker.waitForClientClosed(WaitMs));
    QVERIFY(disconnectsSent(broker).isEmpty());
}

// [MQTT-4.4.0-1] a QoS 1 or 2 PUBLISH the broker never acknowledged is not lost with the
// connection: the handle stays pending, and on the resumed session the client sends it again,
// with DUP set and the same Packet Identifier [MQTT-3.3.1-1] [MQTT-2.2.1-4].
void tst_HostileFlows::unansweredPublishIsResentAfterReconnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    for (const ProtocolVersion version : {V5, V311}) {
        for (const QoS qos : {QoS::Q1, QoS::Q2}) {
            QTest::addRow("%s QoS %d no acknowledgement -> pending, resent with DUP [MQTT-4.4.0-1]",
                          version == V5 ? "v5" : "v3.1.1", int(qos))
                << version << qos;
        }
    }
}

void tst_HostileFlows::unansweredPublishIsResentAfterReconnect()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    broker.setAnswerPublishes(false);
    MqttClient client;
    MqttConnectOptions options = hostileOptions(broker, version);
    options.setCleanStart(false);
    options.setReconnectDelay(50);
    QVERIFY(client.connectToBroker(options));
    QVERIFY(client.waitForConnected(WaitMs));

    QVERIFY(broker.takePacket<ConnectPacket>(WaitMs));
    const MqttPublishHandlePtr handle =
        client.publish(QStringLiteral("hostile/resend"), "kept", qos);
    const auto first = broker.takePacket<PublishPacket>(WaitMs);
    QVERIFY(first);
    QVERIFY(!first->dup);
    // Unanswered: the handle waits, however long; it neither fails nor completes.
    QVERIFY(!handle->waitForAcknowledged(300));
    QVERIFY(!handle->isDone());

    broker.setAnswerPublishes(true);
    broker.acceptConnections(true); // the session is there
    broker.closeConnection();
    QVERIFY(broker.waitForConnections(2, WaitMs));
    QVERIFY2(handle->waitForAcknowledged(WaitMs), qPrintable(handle->error().message()));
    QVERIFY(broker.takePacket<ConnectPacket>(WaitMs));
    const auto resent = broker.takePacket<PublishPacket>(WaitMs);
    QVERIFY(resent);
    QVERIFY(resent->dup);
    QCOMPARE(resent->packetId, first->packetId);
    QCOMPARE(resent->payload, QByteArray("kept"));
}

// A SUBSCRIBE the broker never answered: the handle waits while the connection lasts, and fails
// when it ends, as the broker will not answer it on another connection (README, Reconnect); the
// reconnect that follows works.
void tst_HostileFlows::unansweredSubscribeFailsWhenTheConnectionEnds()
{
    QFETCH(ProtocolVersion, version);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    broker.setHandler(PacketType::Subscribe, [](const Packet &) {}); // silence
    MqttClient client;
    MqttConnectOptions options = hostileOptions(broker, version);
    options.setReconnectDelay(50);
    QVERIFY(client.connectToBroker(options));
    QVERIFY(client.waitForConnected(WaitMs));

    const MqttSubscriptionPtr subscription = client.subscribe(QStringLiteral("hostile/#"));
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 1, WaitMs));
    QVERIFY(!subscription->waitForAcknowledged(300));
    QCOMPARE(subscription->state(), MqttSubscription::State::Pending);

    broker.closeConnection();
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), MqttSubscription::State::Error, WaitMs);
    QVERIFY(subscription->isFailed());
    QVERIFY(broker.waitForConnections(2, WaitMs));
    QVERIFY(client.waitForConnected(WaitMs));
}

// Valid packets cut anywhere are still valid (MQTT 4.2: an ordered byte stream): CONNACK, then a
// QoS 0, a QoS 1 and a QoS 2 PUBLISH with its PUBREL, each arriving one byte at a time.
void tst_HostileFlows::everyPacketByteAtATime()
{
    QFETCH(ProtocolVersion, version);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    broker.setHandler(PacketType::Connect,
                      [&broker, version](const Packet &) { dribble(broker, connAck(version)); });
    MqttClient client;
    QSignalSpy messages(&client, &MqttClient::messageReceived);
    QVERIFY(client.connectToBroker(hostileOptions(broker, version)));
    QVERIFY(client.waitForConnected(WaitMs));

    PubRelPacket pubRel;
    pubRel.packetId = 2;
    // A payload over 127 bytes: a Remaining Length of two bytes, split between them too.
    const QByteArray large(300, 'l');
    dribble(broker,
            encoded(publishPacket(QStringLiteral("a/0"), "zero"), version) +
                encoded(publishPacket(QStringLiteral("a/1"), large, QoS::Q1, 1), version) +
                encoded(publishPacket(QStringLiteral("a/2"), "two", QoS::Q2, 2), version) +
                encoded(pubRel, version));
    QVERIFY(broker.waitForPackets(PacketType::PubComp, 1, 10'000));
    QCOMPARE(messages.count(), 3);
    QCOMPARE(messages.at(1).first().value<MqttMessage>().payload(), large);
    QCOMPARE(broker.receivedCount(PacketType::PubAck), 1);
    QCOMPARE(broker.receivedCount(PacketType::PubRec), 1);
    QVERIFY(client.isConnected());
}

// 100,000 small PUBLISH packets written at once (QoS 2 ones each followed by its PUBREL): every
// one is delivered once, in order, and acknowledged, and the connection stays up (MQTT 4.6:
// ordered delivery; [MQTT-4.3.2-4], [MQTT-4.3.3-10]).
void tst_HostileFlows::burstOfSmallPublishesIsAllDelivered_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    for (const ProtocolVersion version : {V5, V311}) {
        for (const QoS qos : {QoS::Q0, QoS::Q1, QoS::Q2}) {
            QTest::addRow("%s 100,000 QoS %d PUBLISH in one burst -> all delivered in order (MQTT "
                          "4.6)",
                          version == V5 ? "v5" : "v3.1.1", int(qos))
                << version << qos;
        }
    }
}

void tst_HostileFlows::burstOfSmallPublishesIsAllDelivered()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    constexpr int Count = 100'000;

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    int received = 0;
    bool inOrder = true;
    connect(&client, &MqttClient::messageReceived, this, [&](const MqttMessage &message) {
        inOrder = inOrder && message.payload() == QByteArray::number(received);
        ++received;
    });
    QVERIFY(client.connectToBroker(hostileOptions(broker, version)));
    QVERIFY(client.waitForConnected(WaitMs));

    QByteArray burst;
    burst.reserve(Count * 12);
    for (int i = 0; i < Count; ++i) {
        // QoS 1 identifiers go round 1..65535: each is free again once the client's PUBACK left.
        const auto packetId = qos == QoS::Q0 ? quint16(0) : quint16(i % 65535 + 1);
        burst += encoded(publishPacket(QStringLiteral("b"), QByteArray::number(i), qos, packetId),
                         version);
        if (qos == QoS::Q2) // released at once: the next use of the identifier is a new message
            burst += encoded(PubRelPacket {packetId, ReasonCode::Success, {}}, version);
    }
    QVERIFY(broker.sendBytes(burst));
    QTRY_COMPARE_WITH_TIMEOUT(received, Count, 30'000);
    QVERIFY(inOrder);
    if (qos == QoS::Q1)
        QVERIFY(broker.waitForPackets(PacketType::PubAck, Count, 30'000));
    if (qos == QoS::Q2) {
        QVERIFY(broker.waitForPackets(PacketType::PubComp, Count, 30'000));
        QCOMPARE(broker.receivedCount(PacketType::PubRec), Count);
    }
    QVERIFY(errors.isEmpty());
    QVERIFY(client.isConnected());
}

QTEST_GUILESS_MAIN(tst_HostileFlows)
#include "tst_hostile_flows.moc"
