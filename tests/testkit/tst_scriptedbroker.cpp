// MqttScriptedBroker against a real MqttClient: accept, refuse, drop, silence, a late CONNACK,
// packets and raw bytes sent on cue, replies to later packets, both protocol versions.
#include <OhMqtt/mqttclient.h>
#include <OhMqttTest/mqttmessagespy.h>
#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qelapsedtimer.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using State = MqttClient::State;

namespace {

constexpr int WaitMs = 5'000;

MqttConnectOptions optionsFor(const MqttScriptedBroker &broker,
                              ProtocolVersion version = ProtocolVersion::V5)
{
    MqttConnectOptions options;
    options.setAddress(broker.url());
    options.setClientId(QStringLiteral("ohmqtt-tst-scripted"));
    options.setCleanStart(true);
    options.setProtocolVersion(version);
    return options;
}

void addVersionRows()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0") << ProtocolVersion::V5;
    QTest::newRow("3.1.1") << ProtocolVersion::V311;
}

} // namespace

class tst_ScriptedBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndRecordsTheConnect_data() { addVersionRows(); }
    void acceptsAndRecordsTheConnect();
    void acceptsWithSessionPresentAndProperties();
    void refusesWithAReasonCode_data();
    void refusesWithAReasonCode();
    void refusalClosesTheConnection_data();
    void refusalClosesTheConnection();
    void dropsTheConnection();
    void staysSilent();
    void staysSilentToATlsHandshake();
    void playsStepByStepWithoutAutomaticReplies();
    void delaysTheReply();
    void sendsAGivenPacket_data() { addVersionRows(); }
    void sendsAGivenPacket();
    void sendsRawBytesInsteadOfConnAck();
    void grantsOrRefusesSubscriptions_data() { addVersionRows(); }
    void grantsOrRefusesSubscriptions();
    void acknowledgesPublishesOrNot_data();
    void acknowledgesPublishesOrNot();
    void refusesPublishesWithAReasonCode_data();
    void refusesPublishesWithAReasonCode();
    void answersPingsOrNot();
    void handlerReplacesTheScriptedReply();
    void closesAConnectionThatDoesNotStartWithConnect();
    void takePacketTimesOut();
};

void tst_ScriptedBroker::acceptsAndRecordsTheConnect()
{
    QFETCH(ProtocolVersion, version);
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    QCOMPARE(broker.url(), QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port()));
    QSignalSpy packets(&broker, &MqttScriptedBroker::packetReceived);
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker, version)));
    QVERIFY(client.waitForConnected(WaitMs));
    QCOMPARE(broker.connectionCount(), 1);
    QVERIFY(broker.isClientConnected());
    QCOMPARE(broker.protocolVersion(), version);
    const std::optional<ConnectPacket> connect = broker.takePacket<ConnectPacket>();
    QVERIFY(connect);
    QCOMPARE(connect->clientId, QStringLiteral("ohmqtt-tst-scripted"));
    QCOMPARE(connect->protocolVersion, version);
    QCOMPARE(packets.size(), 1);
    QCOMPARE(broker.receivedCount(PacketType::Connect), 1);
    QVERIFY(broker.receivedBytes().startsWith('\x10'));

    client.disconnectFromBroker();
    QVERIFY(broker.waitForPackets(PacketType::Disconnect, 1, WaitMs));
    QVERIFY(broker.waitForClientClosed(WaitMs));
    QVERIFY(!broker.isClientConnected());
}

void tst_ScriptedBroker::acceptsWithSessionPresentAndProperties()
{
    MqttScriptedBroker broker;
    ConnAckProperties properties;
    properties.setServerKeepAlive(7);
    broker.acceptConnections(true, properties);
    MqttConnectOptions options = optionsFor(broker);
    options.setCleanStart(false); // Session Present after Clean Start is an error [MQTT-3.2.2-4]
    MqttClient client;
    QVERIFY(client.connectToBroker(options));
    QVERIFY(client.waitForConnected(WaitMs));
    QVERIFY(client.connectResult().isSessionPresent());
    QCOMPARE(client.connectResult().serverKeepAlive(), 7);
}

void tst_ScriptedBroker::refusesWithAReasonCode_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<ReasonCode>("reasonCode");
    QTest::newRow("5.0 not authorized") << ProtocolVersion::V5 << ReasonCode::NotAuthorized;
    QTest::newRow("5.0 banned") << ProtocolVersion::V5 << ReasonCode::Banned;
    QTest::newRow("3.1.1 not authorized") << ProtocolVersion::V311 << ReasonCode::NotAuthorized;
    QTest::newRow("3.1.1 bad user name or password")
        << ProtocolVersion::V311 << ReasonCode::BadUserNameOrPassword;
}

void tst_ScriptedBroker::refusesWithAReasonCode()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(ReasonCode, reasonCode);
    MqttScriptedBroker broker;
    broker.refuseConnections(reasonCode);
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker, version)));
    QVERIFY(!client.waitForConnected(WaitMs));
    QCOMPARE(client.connectResult().reasonCode(), reasonCode);
    QCOMPARE(client.lastError().reasonCode(), reasonCode);
    // The broker closes after a refusal [MQTT-3.2.2-5] / [MQTT-3.2.2-7].
    QVERIFY(broker.waitForClientClosed(WaitMs));
}

void tst_ScriptedBroker::refusalClosesTheConnection_data()
{
    QTest::addColumn<bool>("refuse");
    QTest::newRow("refuseConnections closes") << true;
    QTest::newRow("setConnAck leaves it open") << false;
}

// Seen from a bare socket, which does not close by itself after a refusal as MqttClient does.
void tst_ScriptedBroker::refusalClosesTheConnection()
{
    QFETCH(bool, refuse);
    MqttScriptedBroker broker;
    if (refuse) {
        broker.refuseConnections(ReasonCode::NotAuthorized);
    } else {
        ConnAckPacket refusal;
        refusal.reasonCode = ReasonCode::NotAuthorized;
        broker.setConnAck(refusal);
    }
    QTcpSocket socket;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, broker.port());
    QVERIFY(socket.waitForConnected(WaitMs));
    ConnectPacket connect;
    connect.clientId = QStringLiteral("bare");
    connect.cleanStart = true;
    socket.write(encodePacket(connect, ProtocolVersion::V5));
    // The broker runs in this thread: wait on the event loop, not with waitForReadyRead().
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() >= 5, WaitMs);
    QCOMPARE(socket.readAll(), QByteArray::fromHex("2003008700")); // CONNACK, Not authorized
    if (refuse)
        QVERIFY(!closed.isEmpty() || closed.wait(WaitMs));
    else
        QVERIFY(closed.isEmpty() && !closed.wait(300));
}

void tst_ScriptedBroker::dropsTheConnection()
{
    MqttScriptedBroker broker;
    broker.dropConnections();
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(!client.waitForConnected(WaitMs));
    QCOMPARE(client.state(), State::Closed);
    QCOMPARE(broker.receivedCount(PacketType::Connect), 1);
    QVERIFY(client.connectResult().isNull()); // no CONNACK came
}

// Nothing comes back: the client's own connect timeout ends the attempt.
void tst_ScriptedBroker::staysSilent()
{
    MqttScriptedBroker broker;
    broker.ignoreConnections();
    MqttConnectOptions options = optionsFor(broker);
    options.setConnectTimeout(300);
    MqttClient client;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(client.connectToBroker(options));
    QVERIFY(!client.waitForConnected(WaitMs));
    // The client's timer is a coarse one, which may fire up to 5 % early.
    QVERIFY2(elapsed.elapsed() >= 280, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(client.lastError().message().contains(u"connect timeout"),
             qPrintable(client.lastError().message()));
    QCOMPARE(broker.receivedCount(PacketType::Connect), 1);
    QCOMPARE(client.state(), State::Closed);
}

// Not MQTT at all, and still no answer and no close: what a connect timeout test needs.
void tst_ScriptedBroker::staysSilentToATlsHandshake()
{
    MqttScriptedBroker broker;
    broker.ignoreConnections();
    MqttConnectOptions options = optionsFor(broker);
    options.setAddress(QStringLiteral("mqtts://127.0.0.1:%1").arg(broker.port()));
    options.setConnectTimeout(300);
    MqttClient client;
    QVERIFY(client.connectToBroker(options));
    QVERIFY(!client.waitForConnected(WaitMs));
    QVERIFY2(client.lastError().message().contains(u"connect timeout"),
             qPrintable(client.lastError().message()));
    QCOMPARE(broker.connectionCount(), 1);
    QVERIFY(broker.receivedPackets().isEmpty());
    QVERIFY(!broker.receivedBytes().isEmpty()); // the ClientHello
}

void tst_ScriptedBroker::playsStepByStepWithoutAutomaticReplies()
{
    MqttScriptedBroker broker;
    broker.setAutomaticReplies(false);
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(broker.takePacket<ConnectPacket>());
    QVERIFY(!client.waitForConnected(200)); // no CONNACK until the test sends one
    QVERIFY(broker.send(ConnAckPacket {}));
    QVERIFY(client.waitForConnected(WaitMs));

    const MqttSubscriptionPtr subscription = client.subscribe(QStringLiteral("step"));
    const std::optional<SubscribePacket> subscribe = broker.takePacket<SubscribePacket>();
    QVERIFY(subscribe);
    QCOMPARE(subscription->state(), MqttSubscription::State::Pending);
    QVERIFY(broker.send(SubAckPacket {subscribe->packetId, {ReasonCode::GrantedQoS1}, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), MqttSubscription::State::Subscribed, WaitMs);
    QVERIFY(!broker.takePacket(100)); // nothing else was sent
}

void tst_ScriptedBroker::delaysTheReply()
{
    MqttScriptedBroker broker;
    broker.setReplyDelay(400);
    MqttClient client;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(broker.waitForPackets(PacketType::Connect, 1, WaitMs));
    QVERIFY(!client.waitForConnected(100)); // not yet: the CONNACK is held back
    QVERIFY(client.waitForConnected(WaitMs));
    QVERIFY2(elapsed.elapsed() >= 400, qPrintable(QString::number(elapsed.elapsed())));
}

void tst_ScriptedBroker::sendsAGivenPacket()
{
    QFETCH(ProtocolVersion, version);
    MqttScriptedBroker broker;
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker, version)));
    QVERIFY(client.waitForConnected(WaitMs));
    MqttMessageSpy spy(&client);
    PublishPacket publish;
    publish.topic = QStringLiteral("scripted/topic");
    publish.payload = "from the script";
    publish.qos = QoS::Q1;
    publish.packetId = 7;
    QVERIFY(broker.send(publish));
    QVERIFY(spy.wait(1, WaitMs));
    QCOMPARE(spy.at(0).topic(), publish.topic);
    // The client acknowledges it, in the connection's version.
    QVERIFY(broker.waitForPackets(PacketType::PubAck, 1, WaitMs));
    QCOMPARE(std::get<PubAckPacket>(broker.receivedPackets().constLast()).packetId, 7);

    // A DISCONNECT from the broker (MQTT 5.0 only) or a close ends the connection.
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    broker.closeConnection();
    QVERIFY(disconnected.wait(WaitMs));
    QVERIFY(!broker.send(publish)); // nobody to send to
}

// A CONNACK with a Remaining Length of 1 is malformed [MQTT-3.2]: the client gives up.
void tst_ScriptedBroker::sendsRawBytesInsteadOfConnAck()
{
    MqttScriptedBroker broker;
    broker.setConnectReplyBytes(QByteArray::fromHex("200100"));
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(!client.waitForConnected(WaitMs));
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::MalformedPacket);
}

void tst_ScriptedBroker::grantsOrRefusesSubscriptions()
{
    QFETCH(ProtocolVersion, version);
    MqttScriptedBroker broker;
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker, version)));
    QVERIFY(client.waitForConnected(WaitMs));
    MqttSubscribeOptions qos1;
    qos1.setMaximumQoS(QoS::Q1);
    const MqttSubscriptionPtr granted = client.subscribe(QStringLiteral("granted/#"), qos1);
    QTRY_COMPARE_WITH_TIMEOUT(granted->state(), MqttSubscription::State::Subscribed, WaitMs);
    QCOMPARE(granted->grantedQoS(), QoS::Q1);

    broker.setSubscribeReasonCodes({ReasonCode::NotAuthorized});
    const MqttSubscriptionPtr refused = client.subscribe(QStringLiteral("refused/#"));
    QTRY_COMPARE_WITH_TIMEOUT(refused->state(), MqttSubscription::State::Error, WaitMs);
    // 3.1.1 has only Failure (0x80), which the broker sends for any refusal.
    QCOMPARE(refused->lastError().reasonCode(),
             version == ProtocolVersion::V5 ? ReasonCode::NotAuthorized
                                            : ReasonCode::UnspecifiedError);

    const MqttUnsubscribeHandlePtr unsubscribe = granted->unsubscribe();
    QVERIFY(unsubscribe->waitForAcknowledged(WaitMs));
    QCOMPARE(broker.receivedCount(PacketType::Unsubscribe), 1);
}

void tst_ScriptedBroker::acknowledgesPublishesOrNot_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<bool>("answer");
    QTest::newRow("QoS 1 acknowledged") << QoS::Q1 << true;
    QTest::newRow("QoS 2 acknowledged") << QoS::Q2 << true;
    QTest::newRow("QoS 1 left waiting") << QoS::Q1 << false;
    QTest::newRow("QoS 2 left waiting") << QoS::Q2 << false;
}

void tst_ScriptedBroker::acknowledgesPublishesOrNot()
{
    QFETCH(QoS, qos);
    QFETCH(bool, answer);
    MqttScriptedBroker broker;
    broker.setAnswerPublishes(answer);
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(client.waitForConnected(WaitMs));
    const MqttPublishHandlePtr handle = client.publish(QStringLiteral("t"), "p", qos);
    QVERIFY(broker.waitForPackets(PacketType::Publish, 1, WaitMs));
    if (answer) {
        QVERIFY(handle->waitForAcknowledged(WaitMs));
        QCOMPARE(broker.receivedCount(PacketType::PubRel), qos == QoS::Q2 ? 1 : 0);
    } else {
        QSignalSpy finished(handle.get(), &MqttHandle::finished);
        QVERIFY(!finished.wait(300)); // a bounded wait for what must not come
        QVERIFY(!handle->isDone());
    }
}

void tst_ScriptedBroker::refusesPublishesWithAReasonCode_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::newRow("PUBACK") << QoS::Q1;
    QTest::newRow("PUBREC") << QoS::Q2;
}

// An error code in PUBACK or PUBREC ends the flow: the handle fails with it, and after PUBREC no
// PUBREL follows [MQTT-4.3.3-4].
void tst_ScriptedBroker::refusesPublishesWithAReasonCode()
{
    QFETCH(QoS, qos);
    MqttScriptedBroker broker;
    broker.setPublishReasonCode(ReasonCode::QuotaExceeded);
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(client.waitForConnected(WaitMs));
    const MqttPublishHandlePtr handle = client.publish(QStringLiteral("t"), "p", qos);
    QVERIFY(!handle->waitForAcknowledged(WaitMs));
    QCOMPARE(handle->error().reasonCode(), ReasonCode::QuotaExceeded);
    QCOMPARE(broker.receivedCount(PacketType::PubRel), 0);
    QVERIFY(client.isConnected());
}

void tst_ScriptedBroker::answersPingsOrNot()
{
    MqttScriptedBroker broker;
    MqttConnectOptions options = optionsFor(broker);
    options.setKeepAliveInterval(1);
    MqttClient client;
    QVERIFY(client.connectToBroker(options));
    QVERIFY(client.waitForConnected(WaitMs));
    QVERIFY(broker.waitForPackets(PacketType::PingReq, 2, WaitMs)); // answered: the client goes on
    QVERIFY(client.isConnected());

    broker.setAnswerPings(false);
    QVERIFY(client.waitForDisconnected(WaitMs));
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::KeepAliveTimeout);
}

void tst_ScriptedBroker::handlerReplacesTheScriptedReply()
{
    MqttScriptedBroker broker;
    broker.setHandler(PacketType::Subscribe, [&broker](const Packet &packet) {
        const auto &subscribe = std::get<SubscribePacket>(packet);
        broker.send(SubAckPacket {subscribe.packetId, {ReasonCode::GrantedQoS2}, {}});
    });
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker)));
    QVERIFY(client.waitForConnected(WaitMs));
    MqttSubscribeOptions qos0;
    qos0.setMaximumQoS(QoS::Q0);
    const MqttSubscriptionPtr subscription = client.subscribe(QStringLiteral("a"), qos0);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), MqttSubscription::State::Subscribed, WaitMs);
    QCOMPARE(subscription->grantedQoS(), QoS::Q2); // the handler's, not the default grant

    broker.setHandler(PacketType::Subscribe, nullptr);
    const MqttSubscriptionPtr second = client.subscribe(QStringLiteral("b"), qos0);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), MqttSubscription::State::Subscribed, WaitMs);
    QCOMPARE(second->grantedQoS(), QoS::Q0);
}

// [MQTT-3.1.0-1] the first packet must be CONNECT; the broker closes on anything else.
void tst_ScriptedBroker::closesAConnectionThatDoesNotStartWithConnect()
{
    MqttScriptedBroker broker;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, broker.port());
    QVERIFY(socket.waitForConnected(WaitMs));
    socket.write(QByteArray::fromHex("c000")); // PINGREQ
    QVERIFY(broker.waitForConnections(1, WaitMs));
    QVERIFY(broker.waitForClientClosed(WaitMs));
    QVERIFY(broker.receivedPackets().isEmpty());
}

void tst_ScriptedBroker::takePacketTimesOut()
{
    MqttScriptedBroker broker;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!broker.takePacket(200));
    QVERIFY(elapsed.elapsed() >= 200);
    QVERIFY(!broker.waitForPackets(PacketType::Connect, 1, 50));
    QVERIFY(!broker.waitForConnections(1, 50));
}

QTEST_GUILESS_MAIN(tst_ScriptedBroker)
#include "tst_scriptedbroker.moc"
