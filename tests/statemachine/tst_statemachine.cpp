// The connection's state machine: the transition table, the sequences a real broker and a
// scripted one produce, connect timeout, keepalive, CONNACK honoured, the blocking helpers.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "client/connectionstate.h"
#include "client/lazytimer.h"
#include "support/clienttesting.h"
#include "support/mosquittobroker.h"
#include "support/transitiontesting.h"

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qelapsedtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <memory>
#include <set>

using namespace OhMqtt;
using namespace std::chrono_literals;
using OhMqtt::MqttScriptedBroker;
using OhMqttTest::MosquittoBroker;
using State = MqttClient::State;

using OhMqttTest::addVersionRows;
using OhMqttTest::allAllowed;
using OhMqttTest::states;

namespace {

constexpr int WaitMs = 5'000;

QString uniqueClientId()
{
    return OhMqttTest::uniqueClientId("statemachine");
}

ConnAckPacket connAckWith(ReasonCode code = ReasonCode::Success,
                          const ConnAckProperties &properties = {})
{
    ConnAckPacket connAck;
    connAck.reasonCode = code;
    connAck.properties = properties;
    return connAck;
}

MqttConnectOptions scriptedOptions(const MqttScriptedBroker &broker,
                                   ProtocolVersion version = ProtocolVersion::V5)
{
    MqttConnectOptions options;
    options.setAddress(broker.url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    options.setProtocolVersion(version);
    return options;
}

} // namespace

class tst_StateMachine : public QObject
{
    Q_OBJECT

private slots:
    void transitionTable_data();
    void transitionTable();
    void connectDisconnectSequence_data() { addVersionRows(); }
    void connectDisconnectSequence();
    void shutdownSequence();
    void shutdownWhileClosed();
    void connectTimeoutCoversEveryStage_data();
    void connectTimeoutCoversEveryStage();
    void connectTimeoutThenReconnectWait();
    void silentBrokerClosedByKeepAlive_data() { addVersionRows(); }
    void silentBrokerClosedByKeepAlive();
    void serverKeepAliveOverrides();
    void refusedConnAck_data();
    void refusedConnAck();
    void connAckLimitsHonoured();
    void onlyPublishWaitsForReceiveMaximum();
    void blockingHelpersInClientThread();
    void loopForeverEndsAtShutdown();
    void lazyTimerArmsOnceForManyRestarts();

private:
    MqttConnectOptions brokerOptions(ProtocolVersion version) const;

    // Started by the first test that needs it (OHMQTT_REQUIRE_BROKER): the transition table, the
    // scripted-broker and the LazyTimer tests run without mosquitto.
    std::unique_ptr<MosquittoBroker> m_broker;
};

MqttConnectOptions tst_StateMachine::brokerOptions(ProtocolVersion version) const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    options.setProtocolVersion(version);
    return options;
}

void tst_StateMachine::transitionTable_data()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<State>("to");
    QTest::addColumn<bool>("allowed");
    // The diagram of mqttclient.h, written out by hand: every pair not listed is refused.
    const std::set<std::pair<State, State>> allowed {
        {State::Closed, State::Connecting},
        {State::Closed, State::Shutdown},
        {State::Connecting, State::TlsHandshake},
        {State::Connecting, State::WebSocketHandshake},
        {State::Connecting, State::ConnectSent},
        {State::Connecting, State::Closing},
        {State::TlsHandshake, State::WebSocketHandshake},
        {State::TlsHandshake, State::ConnectSent},
        {State::TlsHandshake, State::Closing},
        {State::WebSocketHandshake, State::ConnectSent},
        {State::WebSocketHandshake, State::Closing},
        {State::ConnectSent, State::Connected},
        {State::ConnectSent, State::Closing},
        {State::Connected, State::Closing},
        {State::Closing, State::Closed},
        {State::Closing, State::ReconnectWait},
        {State::Closing, State::Shutdown},
        {State::ReconnectWait, State::Connecting},
        {State::ReconnectWait, State::Closed},
        {State::ReconnectWait, State::Shutdown},
    };
    const QMetaEnum names = QMetaEnum::fromType<State>();
    for (int from = 0; from < ConnectionState::StateCount; ++from) {
        for (int to = 0; to < ConnectionState::StateCount; ++to) {
            QTest::addRow("%s->%s", names.valueToKey(from), names.valueToKey(to))
                << State(from) << State(to) << allowed.contains({State(from), State(to)});
        }
    }
}

void tst_StateMachine::transitionTable()
{
    QFETCH(State, from);
    QFETCH(State, to);
    QFETCH(bool, allowed);
    QCOMPARE(ConnectionState::isAllowed(from, to), allowed);
}

void tst_StateMachine::connectDisconnectSequence()
{
    QFETCH(ProtocolVersion, version);
    OHMQTT_REQUIRE_BROKER(m_broker);
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    QCOMPARE(client.state(), State::Closed);
    client.connectToBroker(brokerOptions(version));
    QVERIFY(client.waitForConnected(WaitMs));
    QCOMPARE(states(stateSpy), (QList {State::Connecting, State::ConnectSent, State::Connected}));

    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
    QCOMPARE(states(stateSpy),
             (QList {State::Connecting, State::ConnectSent, State::Connected, State::Closing,
                     State::Closed}));
    QVERIFY(allAllowed(State::Closed, states(stateSpy)));
    QCOMPARE(disconnectedSpy.size(), 1);
    QVERIFY(client.lastError().isNull());

    // Closed is not final: the same client connects again.
    stateSpy.clear();
    client.connectToBroker(brokerOptions(version));
    QVERIFY(client.waitForConnected(WaitMs));
    QCOMPARE(states(stateSpy), (QList {State::Connecting, State::ConnectSent, State::Connected}));
}

void tst_StateMachine::shutdownSequence()
{
    OHMQTT_REQUIRE_BROKER(m_broker);
    MqttClient client;
    client.connectToBroker(brokerOptions(ProtocolVersion::V5));
    QVERIFY(client.waitForConnected(WaitMs));
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    client.shutdown();
    QVERIFY(client.waitForShutdown(WaitMs));
    QCOMPARE(states(stateSpy), (QList {State::Closing, State::Shutdown}));
    QVERIFY(!client.connectToBroker(brokerOptions(ProtocolVersion::V5)));
    client.shutdown(); // harmless
    client.disconnectFromBroker(); // harmless
    QCOMPARE(client.state(), State::Shutdown);
}

void tst_StateMachine::shutdownWhileClosed()
{
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    client.shutdown();
    QCOMPARE(states(stateSpy), QList {State::Shutdown});
    QVERIFY(client.waitForShutdown(0));
    QVERIFY(!client.waitForConnected(0)); // settled: no wait at all
}

void tst_StateMachine::connectTimeoutCoversEveryStage_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QList<State>>("sequence");
    QTest::newRow("mqtt: CONNECT sent, no CONNACK")
        << QStringLiteral("mqtt")
        << QList {State::Connecting, State::ConnectSent, State::Closing, State::Closed};
    QTest::newRow("mqtts: no TLS handshake")
        << QStringLiteral("mqtts")
        << QList {State::Connecting, State::TlsHandshake, State::Closing, State::Closed};
    QTest::newRow("ws: no WebSocket handshake")
        << QStringLiteral("ws")
        << QList {State::Connecting, State::WebSocketHandshake, State::Closing, State::Closed};
    QTest::newRow("wss: no TLS handshake")
        << QStringLiteral("wss")
        << QList {State::Connecting, State::TlsHandshake, State::Closing, State::Closed};
}

// A listener that accepts TCP and then says nothing: the connect timeout ends the attempt in
// whichever stage before CONNACK it is stuck.
void tst_StateMachine::connectTimeoutCoversEveryStage()
{
    QFETCH(QString, scheme);
    QFETCH(QList<State>, sequence);
    MqttScriptedBroker silent;
    silent.ignoreConnections(); // no reply at all, whatever comes (TLS, WebSocket handshakes)
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions options = scriptedOptions(silent);
    options.setAddress(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(silent.port()));
    options.setConnectTimeout(300ms);
    client.connectToBroker(options);
    QVERIFY(!client.waitForConnected(WaitMs)); // ends early, in Closed
    QCOMPARE(client.state(), State::Closed);
    QCOMPARE(states(stateSpy), sequence);
    QCOMPARE(errorSpy.size(), 1);
    const QString message = client.lastError().message();
    QVERIFY2(message.contains(QLatin1String("connect timeout")), qPrintable(message));
    QVERIFY2(message.contains(QMetaEnum::fromType<State>().valueToKey(int(sequence.at(1)))),
             qPrintable(message));
    QCOMPARE(silent.connectionCount(), 1); // reconnectDelay 0: no second attempt
}

void tst_StateMachine::connectTimeoutThenReconnectWait()
{
    MqttScriptedBroker silent;
    silent.ignoreConnections();
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    MqttConnectOptions options = scriptedOptions(silent);
    options.setConnectTimeout(200ms);
    options.setReconnectDelay(50ms);
    client.connectToBroker(options);
    QVERIFY(silent.waitForConnections(2, WaitMs));
    QVERIFY(!client.waitForConnected(200)); // still trying: a timeout, not an end
    QVERIFY(client.lastError().message().contains(QLatin1String("waitForConnected")));
    QVERIFY(states(stateSpy).contains(State::ReconnectWait));
    QVERIFY(allAllowed(State::Closed, states(stateSpy)));

    client.disconnectFromBroker(); // stops reconnecting, whichever state it is in
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
    const int connections = silent.connectionCount();
    stateSpy.clear();
    QVERIFY(!stateSpy.wait(500)); // and nothing follows
    QCOMPARE(silent.connectionCount(), connections);
}

// A broker that answers CONNACK and then nothing: PINGREQ goes out after one Keep Alive, and the
// connection is given up with KeepAliveTimeout. The 1.5 × Keep Alive bound is checked on a
// virtual clock (tst_engine's silentPeerClosedWithinOneAndAHalfKeepAlive, and the LazyTimer test
// below for firing at the deadline); here only that the real timers get there at all.
void tst_StateMachine::silentBrokerClosedByKeepAlive()
{
    QFETCH(ProtocolVersion, version);
    MqttScriptedBroker broker; // CONNACK, and no PINGRESP
    broker.setAnswerPings(false);
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    MqttConnectOptions options = scriptedOptions(broker, version);
    options.setKeepAliveInterval(1);
    client.connectToBroker(options);
    QVERIFY(client.waitForConnected(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::KeepAliveTimeout);
    QCOMPARE(broker.receivedCount(PacketType::PingReq), 1);
    QCOMPARE(disconnectedSpy.size(), 1);
    QCOMPARE(states(stateSpy),
             (QList {State::Connecting, State::ConnectSent, State::Connected, State::Closing,
                     State::Closed}));
    QVERIFY(broker.waitForClientClosed(WaitMs));
}

// [MQTT-3.2.2-21] the Server Keep Alive replaces the client's 60 s: PINGREQ within a second.
void tst_StateMachine::serverKeepAliveOverrides()
{
    ConnAckProperties properties;
    properties.setServerKeepAlive(1);
    MqttScriptedBroker broker;
    broker.setConnAck(connAckWith(ReasonCode::Success, properties));
    MqttClient client;
    MqttConnectOptions options = scriptedOptions(broker);
    options.setKeepAliveInterval(60);
    client.connectToBroker(options);
    QVERIFY(client.waitForConnected(WaitMs));
    QCOMPARE(client.connectResult().packet().properties.serverKeepAlive(),
             std::optional<quint16>(1));
    QVERIFY(broker.waitForPackets(PacketType::PingReq, 2, WaitMs));
    QVERIFY(client.isConnected()); // answered: the connection stays
}

void tst_StateMachine::refusedConnAck_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<ReasonCode>("reason");
    QTest::addColumn<bool>("retried");
    const auto v5 = ProtocolVersion::V5;
    const auto v311 = ProtocolVersion::V311;
    QTest::newRow("5.0 0x84 unsupported protocol version")
        << v5 << ReasonCode::UnsupportedProtocolVersion << false;
    QTest::newRow("5.0 0x85 client identifier not valid")
        << v5 << ReasonCode::ClientIdentifierNotValid << false;
    QTest::newRow("5.0 0x86 bad user name or password")
        << v5 << ReasonCode::BadUserNameOrPassword << false;
    QTest::newRow("5.0 0x87 not authorized") << v5 << ReasonCode::NotAuthorized << false;
    QTest::newRow("5.0 0x8A banned") << v5 << ReasonCode::Banned << false;
    QTest::newRow("5.0 0x8C bad authentication method")
        << v5 << ReasonCode::BadAuthenticationMethod << false;
    QTest::newRow("5.0 0x88 server unavailable") << v5 << ReasonCode::ServerUnavailable << true;
    QTest::newRow("5.0 0x89 server busy") << v5 << ReasonCode::ServerBusy << true;
    QTest::newRow("5.0 0x9F connection rate exceeded")
        << v5 << ReasonCode::ConnectionRateExceeded << true;
    // MQTT 3.1.1 return codes 1, 2, 4, 5 are final; 3 (server unavailable) is worth a retry.
    QTest::newRow("3.1.1 1 unacceptable protocol version")
        << v311 << ReasonCode::UnsupportedProtocolVersion << false;
    QTest::newRow("3.1.1 2 identifier rejected")
        << v311 << ReasonCode::ClientIdentifierNotValid << false;
    QTest::newRow("3.1.1 3 server unavailable") << v311 << ReasonCode::ServerUnavailable << true;
    QTest::newRow("3.1.1 4 bad user name or password")
        << v311 << ReasonCode::BadUserNameOrPassword << false;
    QTest::newRow("3.1.1 5 not authorized") << v311 << ReasonCode::NotAuthorized << false;
}

// A refusing CONNACK: errorOccurred with its reason code and Reason String, connAck() keeps it,
// and a reason that retrying cannot change ends in Closed despite reconnectDelay.
void tst_StateMachine::refusedConnAck()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(ReasonCode, reason);
    QFETCH(bool, retried);
    ConnAckProperties properties;
    if (version == ProtocolVersion::V5)
        properties.setReasonString(QStringLiteral("go away"));
    MqttScriptedBroker broker; // the refusal, and the connection left open: the client closes it
    broker.setConnAck(connAckWith(reason, properties));
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    MqttConnectOptions options = scriptedOptions(broker, version);
    options.setReconnectDelay(10s); // long: only the state matters
    client.connectToBroker(options);
    QVERIFY(errorSpy.wait(WaitMs));
    const auto error = errorSpy.at(0).at(0).value<MqttError>();
    QCOMPARE(error.reasonCode(), reason);
    if (version == ProtocolVersion::V5)
        QVERIFY2(error.message().contains(QLatin1String("go away")), qPrintable(error.message()));
    QCOMPARE(client.connectResult().packet().reasonCode, reason);
    QCOMPARE(client.connectResult().packet().properties, properties);
    const State settled = retried ? State::ReconnectWait : State::Closed;
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), settled, WaitMs);
    QCOMPARE(states(stateSpy),
             (QList {State::Connecting, State::ConnectSent, State::Closing, settled}));
    QCOMPARE(errorSpy.size(), 1);

    // Opting in retries any refusal.
    if (!retried) {
        MqttScriptedBroker again;
        again.setConnAck(connAckWith(reason, properties));
        MqttClient stubborn;
        MqttConnectOptions optedIn = scriptedOptions(again, version);
        optedIn.setReconnectDelay(10s);
        optedIn.setReconnectOnRefusal(true);
        stubborn.connectToBroker(optedIn);
        QTRY_COMPARE_WITH_TIMEOUT(stubborn.state(), State::ReconnectWait, WaitMs);
        stubborn.disconnectFromBroker();
        QCOMPARE(stubborn.state(), State::Closed);
    }
}

// The broker's CONNACK limits reach the requests: the assigned client identifier, Maximum QoS,
// Retain Available, wildcard and subscription identifier availability.
void tst_StateMachine::connAckLimitsHonoured()
{
    ConnAckProperties properties;
    properties.setAssignedClientIdentifier(QStringLiteral("assigned-by-broker"));
    properties.setMaximumQoS(0);
    properties.setRetainAvailable(false);
    properties.setWildcardSubscriptionAvailable(false);
    properties.setSubscriptionIdentifierAvailable(false);
    properties.setReceiveMaximum(5);
    MqttScriptedBroker broker;
    broker.setConnAck(connAckWith(ReasonCode::Success, properties));
    MqttClient client;
    MqttConnectOptions options = scriptedOptions(broker);
    options.setClientId(QString()); // ask for one [MQTT-3.1.3-6]
    client.connectToBroker(options);
    QVERIFY(client.waitForConnected(WaitMs));
    QCOMPARE(client.clientId(), QStringLiteral("assigned-by-broker"));
    QCOMPARE(client.connectResult().packet().properties, properties);

    const auto failure = [](const QSharedPointer<MqttHandle> &handle) {
        QSignalSpy failed(handle.get(), &MqttHandle::failed);
        return failed.wait(WaitMs) ? failed.at(0).at(0).value<MqttError>().reasonCode()
                                   : ReasonCode::Success;
    };
    QCOMPARE(failure(client.publish(QStringLiteral("t"), "x", QoS::Q1)),
             ReasonCode::QoSNotSupported); // [MQTT-3.2.2-11]
    QCOMPARE(failure(client.publish(QStringLiteral("t"), "x", QoS::Q0, true)),
             ReasonCode::RetainNotSupported); // [MQTT-3.2.2-14]
    QCOMPARE(failure(client.subscribe(QStringLiteral("a/+"))),
             ReasonCode::WildcardSubscriptionsNotSupported);
    MqttSubscribeOptions withId;
    withId.setSubscriptionIdentifier(7);
    QCOMPARE(failure(client.subscribe(QStringLiteral("a"), withId)),
             ReasonCode::SubscriptionIdentifiersNotSupported);
    QVERIFY(client.isConnected()); // refused requests, not a refused connection
}

// [MQTT-3.3.4-8] with the broker's Receive Maximum used up, the next QoS 1 PUBLISH waits, but a
// SUBSCRIBE made after it is sent at once.
void tst_StateMachine::onlyPublishWaitsForReceiveMaximum()
{
    ConnAckProperties properties;
    properties.setReceiveMaximum(1);
    MqttScriptedBroker broker;
    broker.setConnAck(connAckWith(ReasonCode::Success, properties));
    broker.setAnswerPublishes(false); // no PUBACK will come
    MqttClient client;
    client.connectToBroker(scriptedOptions(broker));
    QVERIFY(client.waitForConnected(WaitMs));

    client.publish(QStringLiteral("t/1"), "first", QoS::Q1); // uses the one unit of quota
    client.publish(QStringLiteral("t/2"), "second", QoS::Q1); // waits: no PUBACK will come
    client.subscribe(QStringLiteral("s"));

    const auto sentTypes = [&broker] {
        QList<PacketType> types;
        for (const Packet &packet : broker.receivedPackets())
            types.append(packetType(packet));
        return types;
    };
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 1, WaitMs));
    QCOMPARE(sentTypes(),
             (QList<PacketType> {PacketType::Connect, PacketType::Publish, PacketType::Subscribe}));
}

// Blocking use without an event loop of one's own, in the client's thread.
void tst_StateMachine::blockingHelpersInClientThread()
{
    OHMQTT_REQUIRE_BROKER(m_broker);
    MqttClient client;
    QVERIFY(client.loopOnce(0)); // nothing pending, no wait
    QVERIFY(!client.loopUntilConnected(0)); // Closed: nothing will happen
    client.connectToBroker(brokerOptions(ProtocolVersion::V5));
    QVERIFY(!client.waitForDisconnected(0)); // Connecting: a timeout
    QVERIFY(client.lastError().message().contains(QLatin1String("waitForDisconnected")));
    QVERIFY(client.loopUntilConnected(WaitMs));
    QVERIFY(client.isConnected());

    // loopOnce(max) returns once something happened, or after max at the latest.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.loopOnce(100));
    QVERIFY(timer.elapsed() < WaitMs);

    const QString topic = QStringLiteral("ohmqtt/tst_statemachine/loop/%1").arg(client.clientId());
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    client.subscribe(topic);
    client.publish(topic, "x", QoS::Q1);
    for (int i = 0; i < 100 && messageSpy.isEmpty(); ++i)
        client.loopOnce(WaitMs);
    QCOMPARE(messageSpy.size(), 1);

    client.shutdown();
    QVERIFY(client.waitForDisconnected(WaitMs));
    QVERIFY(client.waitForShutdown(WaitMs));
    QVERIFY(!client.loopOnce(0)); // false once shut down
}

void tst_StateMachine::loopForeverEndsAtShutdown()
{
    OHMQTT_REQUIRE_BROKER(m_broker);
    MqttClient client;
    client.connectToBroker(brokerOptions(ProtocolVersion::V311));
    QObject::connect(&client, &MqttClient::brokerConnected, &client,
                     [&client] { client.shutdown(); });
    client.loopForever(); // returns at Shutdown
    QCOMPARE(client.state(), State::Shutdown);
}

// Keep Alive restarts on every packet: the QTimer underneath is armed once, not each time, and
// still fires at the last deadline. A virtual clock decides what is due; the real QTimer only says
// when to look, and the test moves the clock before it lets the QTimer fire.
void tst_StateMachine::lazyTimerArmsOnceForManyRestarts()
{
    using std::chrono::steady_clock;
    steady_clock::time_point now; // virtual
    QObject parent;
    int expired = 0;
    LazyTimer timer(
        &parent, [&expired] { ++expired; }, [&now] { return now; });

    // 10,000 restarts spread over 100 ms: one arm, for 200 ms from the first; the deadline moves
    // to 200 ms after the last.
    const steady_clock::time_point firstStart = now + 10us;
    for (int i = 0; i < 10'000; ++i) {
        now += 10us;
        timer.start(200ms);
    }
    QCOMPARE(timer.armCount(), quint64(1));
    QVERIFY(timer.isActive());
    QCOMPARE(timer.remaining(), 200ms);

    // The QTimer fires at 200 ms, before the deadline of 300 ms: re-armed for the rest.
    now = firstStart + 200ms;
    QTRY_COMPARE_WITH_TIMEOUT(timer.armCount(), quint64(2), WaitMs);
    QCOMPARE(expired, 0);
    QCOMPARE(timer.remaining(), 100ms);

    // It fires again at the deadline: expired, once, with no further arm.
    now += 100ms;
    QTRY_COMPARE_WITH_TIMEOUT(expired, 1, WaitMs);
    QCOMPARE(timer.armCount(), quint64(2));
    QVERIFY(!timer.isActive());

    // A shorter interval than the pending one re-arms at once; stop() cancels.
    timer.start(10s);
    timer.start(50ms);
    QCOMPARE(timer.armCount(), quint64(4));
    timer.stop();
    QVERIFY(!timer.isActive());
    QCOMPARE(timer.remaining(), 0ms);
    QCOMPARE(expired, 1);
}

QTEST_GUILESS_MAIN(tst_StateMachine)
#include "tst_statemachine.moc"
