// Reconnecting: the back-off, a broker killed and restarted, wrong passwords that must not loop,
// the Will Message on a dead connection, and a broker's DISCONNECT.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "client/connectionstate.h"
#include "client/reconnectpolicy.h"
#include "support/clienttesting.h"
#include "support/mosquittobroker.h"
#include "support/testcertificates.h"
#include "support/transitiontesting.h"

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtNetwork/qabstractsocket.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <memory>

using namespace OhMqtt;
using namespace std::chrono_literals;
using OhMqtt::MqttScriptedBroker;
using OhMqttTest::MosquittoBroker;
using State = MqttClient::State;
using std::chrono::milliseconds;

using OhMqttTest::addVersionRows;
using OhMqttTest::allAllowed;
using OhMqttTest::states;

namespace {

constexpr int WaitMs = 5'000;

QString uniqueClientId()
{
    return OhMqttTest::uniqueClientId("reconnect");
}

// Kills the client's connection without a word, as a crash or a cut cable would: the broker
// sees the socket close without DISCONNECT.
void cutConnection(MqttClient &client)
{
    const auto sockets = client.findChildren<QAbstractSocket *>();
    QVERIFY(!sockets.isEmpty());
    for (QAbstractSocket *socket : sockets)
        socket->abort();
}

} // namespace

class tst_Reconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void backOff_data();
    void backOff();
    void backOffJitterStaysWithinTwentyPercent();
    void refusalsNotRetried_data();
    void refusalsNotRetried();
    void connAckRefusalsRetriedOrNot_data();
    void connAckRefusalsRetriedOrNot();
    void refusedCertificateIsNotRetried_data();
    void refusedCertificateIsNotRetried();

    void reconnectsAfterBrokerRestart_data() { addVersionRows(); }
    void reconnectsAfterBrokerRestart();
    void disconnectStopsReconnecting();
    void wrongPasswordDoesNotLoop_data();
    void wrongPasswordDoesNotLoop();
    void willOnDeadConnectionOnly_data() { addVersionRows(); }
    void willOnDeadConnectionOnly();
    void disconnectWithWillMessage();
    void brokerDisconnectIsReportedAndRetried();
    void sessionExpiryInDisconnect();

private:
    MqttConnectOptions options(ProtocolVersion version) const;

    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Reconnect::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

MqttConnectOptions tst_Reconnect::options(ProtocolVersion version) const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    options.setProtocolVersion(version);
    return options;
}

void tst_Reconnect::backOff_data()
{
    QTest::addColumn<int>("baseMs");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("first attempt: the delay") << 1000 << 0 << 1000;
    QTest::newRow("doubles") << 1000 << 1 << 2000;
    QTest::newRow("doubles again") << 1000 << 3 << 8000;
    QTest::newRow("capped at 32 x") << 1000 << 5 << 32'000;
    QTest::newRow("stays capped") << 1000 << 40 << 32'000;
    QTest::newRow("60 s cap below 32 x") << 5000 << 5 << 60'000;
    QTest::newRow("60 s cap, later") << 5000 << 4 << 60'000;
    QTest::newRow("below the cap") << 5000 << 3 << 40'000;
    QTest::newRow("a long delay is kept") << 90'000 << 3 << 90'000;
    QTest::newRow("short") << 100 << 2 << 400;
    QTest::newRow("off") << 0 << 3 << 0;
}

void tst_Reconnect::backOff()
{
    QFETCH(int, baseMs);
    QFETCH(int, attempt);
    QFETCH(int, expectedMs);
    QCOMPARE(Reconnect::delay(milliseconds(baseMs), attempt, 0.0), milliseconds(expectedMs));
    // The spread moves it by up to ±20 %.
    QCOMPARE(Reconnect::delay(milliseconds(baseMs), attempt, 1.0),
             milliseconds(qRound64(expectedMs * 1.2)));
    QCOMPARE(Reconnect::delay(milliseconds(baseMs), attempt, -1.0),
             milliseconds(qRound64(expectedMs * 0.8)));
}

void tst_Reconnect::backOffJitterStaysWithinTwentyPercent()
{
    bool below = false;
    bool above = false;
    for (int i = 0; i < 1000; ++i) {
        const double spread = Reconnect::randomSpread();
        QVERIFY(spread >= -1.0 && spread <= 1.0);
        const milliseconds delay = Reconnect::delay(1000ms, 0, spread);
        QVERIFY(delay >= 800ms && delay <= 1200ms);
        below = below || delay < 950ms;
        above = above || delay > 1050ms;
    }
    QVERIFY(below && above); // it does spread
}

void tst_Reconnect::refusalsNotRetried_data()
{
    QTest::addColumn<ReasonCode>("reason");
    QTest::addColumn<bool>("retry");
    QTest::newRow("0x84") << ReasonCode::UnsupportedProtocolVersion << false;
    QTest::newRow("0x85") << ReasonCode::ClientIdentifierNotValid << false;
    QTest::newRow("0x86") << ReasonCode::BadUserNameOrPassword << false;
    QTest::newRow("0x87") << ReasonCode::NotAuthorized << false;
    QTest::newRow("0x8A") << ReasonCode::Banned << false;
    QTest::newRow("0x8C") << ReasonCode::BadAuthenticationMethod << false;
    QTest::newRow("0x8E") << ReasonCode::SessionTakenOver << false;
    QTest::newRow("0x9D") << ReasonCode::ServerMoved << false; // "permanently" (DISCONNECT)
    QTest::newRow("0x80") << ReasonCode::UnspecifiedError << true;
    QTest::newRow("0x81") << ReasonCode::MalformedPacket << true;
    QTest::newRow("0x88") << ReasonCode::ServerUnavailable << true;
    QTest::newRow("0x8B") << ReasonCode::ServerShuttingDown << true;
    QTest::newRow("0x8D") << ReasonCode::KeepAliveTimeout << true;
    QTest::newRow("0x97") << ReasonCode::QuotaExceeded << true;
}

void tst_Reconnect::refusalsNotRetried()
{
    QFETCH(ReasonCode, reason);
    QFETCH(bool, retry);
    QCOMPARE(Reconnect::mayRetryAfter(reason), retry);
}

void tst_Reconnect::connAckRefusalsRetriedOrNot_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<quint8>("code"); // the CONNACK's reason code (5.0) or return code (3.1.1)
    QTest::addColumn<ReasonCode>("reason");
    QTest::addColumn<bool>("retry");
    const auto v5 = [](const char *name, ReasonCode reason, bool retry) {
        QTest::addRow("5.0 0x%02X %s", unsigned(reason), name)
            << ProtocolVersion::V5 << quint8(reason) << reason << retry;
    };
    // Every refusal of MQTT 5.0 3.2.2.2. What the server's state decides may change:
    v5("Unspecified error", ReasonCode::UnspecifiedError, true);
    v5("Implementation specific error", ReasonCode::ImplementationSpecificError, true);
    v5("Server unavailable", ReasonCode::ServerUnavailable, true);
    v5("Server busy", ReasonCode::ServerBusy, true);
    v5("Quota exceeded", ReasonCode::QuotaExceeded, true);
    v5("Use another server (for now)", ReasonCode::UseAnotherServer, true);
    v5("Connection rate exceeded", ReasonCode::ConnectionRateExceeded, true);
    // What the CONNECT (its Will included) or the client is, the same CONNECT cannot change:
    v5("Malformed Packet", ReasonCode::MalformedPacket, false);
    v5("Protocol Error", ReasonCode::ProtocolError, false);
    v5("Unsupported Protocol Version", ReasonCode::UnsupportedProtocolVersion, false);
    v5("Client Identifier not valid", ReasonCode::ClientIdentifierNotValid, false);
    v5("Bad User Name or Password", ReasonCode::BadUserNameOrPassword, false);
    v5("Not authorized", ReasonCode::NotAuthorized, false);
    v5("Banned", ReasonCode::Banned, false);
    v5("Bad authentication method", ReasonCode::BadAuthenticationMethod, false);
    v5("Topic Name invalid (Will)", ReasonCode::TopicNameInvalid, false);
    v5("Packet too large", ReasonCode::PacketTooLarge, false);
    v5("Payload format invalid (Will)", ReasonCode::PayloadFormatInvalid, false);
    v5("Retain not supported (Will)", ReasonCode::RetainNotSupported, false);
    v5("QoS not supported (Will)", ReasonCode::QoSNotSupported, false);
    v5("Server moved (for good)", ReasonCode::ServerMoved, false);
    // MQTT 3.1.1 return codes (3.2.2.3), as the codec maps them.
    const auto v311 = [](quint8 code, ReasonCode reason, bool retry) {
        QTest::addRow("3.1.1 return code %u", unsigned(code))
            << ProtocolVersion::V311 << code << reason << retry;
    };
    v311(1, ReasonCode::UnsupportedProtocolVersion, false);
    v311(2, ReasonCode::ClientIdentifierNotValid, false);
    v311(3, ReasonCode::ServerUnavailable, true);
    v311(4, ReasonCode::BadUserNameOrPassword, false);
    v311(5, ReasonCode::NotAuthorized, false);
}

// The policy's answer, and the client acting on it against a broker that refuses every CONNECT:
// one attempt and Closed, or attempts again after reconnectDelay.
void tst_Reconnect::connAckRefusalsRetriedOrNot()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(quint8, code);
    QFETCH(ReasonCode, reason);
    QFETCH(bool, retry);
    QCOMPARE(Reconnect::mayRetryAfterRefusal(reason), retry);

    // CONNACK: flags 0, the code, and (MQTT 5.0) no properties.
    QByteArray connAck = QByteArray::fromHex(version == ProtocolVersion::V5 ? "200300" : "200200");
    connAck += char(code);
    if (version == ProtocolVersion::V5)
        connAck += '\0';
    MqttScriptedBroker broker; // the raw code, whatever the codec makes of it
    broker.setConnectReplyBytes(connAck);
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    MqttConnectOptions connectOptions = options(version);
    connectOptions.setAddress(broker.url());
    connectOptions.setReconnectDelay(20ms);
    client.connectToBroker(connectOptions);
    if (retry) {
        QVERIFY(broker.waitForConnections(2, WaitMs));
        QCOMPARE(client.connectResult().packet().reasonCode, reason);
        client.shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Shutdown, WaitMs);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
    QCOMPARE(client.lastError().reasonCode(), reason);
    stateSpy.clear();
    QVERIFY(!stateSpy.wait(200)); // ten reconnect delays: nothing
    QCOMPARE(broker.connectionCount(), 1);
}

void tst_Reconnect::refusedCertificateIsNotRetried_data()
{
    QTest::addColumn<MosquittoBroker::Listener>("listener");
    QTest::addColumn<bool>("wrongCa");
    QTest::addColumn<bool>("reconnectOnRefusal");
    QTest::addColumn<bool>("retry");
    using Listener = MosquittoBroker::Listener;
    QTest::newRow("mqtts, untrusted CA") << Listener::Tls << true << false << false;
    QTest::newRow("mqtts, other host name") << Listener::Tls << false << false << false;
    QTest::newRow("wss, untrusted CA") << Listener::SecureWebSocket << true << false << false;
    QTest::newRow("wss, other host name") << Listener::SecureWebSocket << false << false << false;
    QTest::newRow("mqtts, untrusted CA, reconnectOnRefusal")
        << Listener::Tls << true << true << true;
}

// A certificate the client refused comes back on every attempt: not a transient failure. It
// ends in Closed after one attempt, unless reconnectOnRefusal asks to go on.
void tst_Reconnect::refusedCertificateIsNotRetried()
{
    QFETCH(MosquittoBroker::Listener, listener);
    QFETCH(bool, wrongCa);
    QFETCH(bool, reconnectOnRefusal);
    QFETCH(bool, retry);
    const OhMqttTest::TestCertificates &certificates = OhMqttTest::TestCertificates::get();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.error));
    MosquittoBroker::Options brokerOptions;
    brokerOptions.tls = listener == MosquittoBroker::Listener::Tls;
    brokerOptions.secureWebSocket = listener == MosquittoBroker::Listener::SecureWebSocket;
    if (!wrongCa)
        brokerOptions.serverCertificate = MosquittoBroker::ServerCertificate::OtherHost;
    MosquittoBroker broker(brokerOptions);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(wrongCa ? certificates.wrongCaCertificate
                                                            : certificates.caCertificate));
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions connectOptions = options(ProtocolVersion::V5);
    connectOptions.setAddress(broker.url(listener));
    connectOptions.setTlsConfiguration(tls);
    connectOptions.setReconnectDelay(20ms);
    connectOptions.setReconnectOnRefusal(reconnectOnRefusal);
    client.connectToBroker(connectOptions);
    const auto attempts = [&stateSpy] { return states(stateSpy).count(State::Connecting); };
    if (retry) {
        QTRY_VERIFY_WITH_TIMEOUT(attempts() >= 2, WaitMs);
        client.shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Shutdown, WaitMs);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
    QCOMPARE(errorSpy.size(), 1);
    QVERIFY2(client.lastError().message().contains(QLatin1String("certificate")),
             qPrintable(client.lastError().message()));
    QVERIFY(!stateSpy.wait(200)); // ten reconnect delays: nothing
    QCOMPARE(attempts(), 1);
}

// The broker process dies (SIGKILL) and comes back on the same port: the client goes
// Connected → Closing → ReconnectWait → Connecting → ... → Connected, with back-off meanwhile.
void tst_Reconnect::reconnectsAfterBrokerRestart()
{
    QFETCH(ProtocolVersion, version);
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy connectedSpy(&client, &MqttClient::brokerConnected);
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    QSignalSpy scheduledSpy(&client, &MqttClient::reconnectScheduled);
    MqttConnectOptions connectOptions = options(version);
    connectOptions.setAddress(broker.url());
    connectOptions.setReconnectDelay(100ms);
    client.connectToBroker(connectOptions);
    QVERIFY(client.waitForConnected(WaitMs));
    const QString topic = QStringLiteral("ohmqtt/tst_reconnect/%1").arg(client.clientId());
    QVERIFY(client.subscribe(topic)->waitForAcknowledged(WaitMs));

    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(disconnectedSpy.size(), 1, WaitMs);
    // While the broker is down the attempts fail (connection refused) and wait again.
    QTRY_VERIFY_WITH_TIMEOUT(states(stateSpy).count(State::ReconnectWait) >= 2, WaitMs);
    QVERIFY(!client.isConnected());
    QVERIFY2(broker.restart(&error), qPrintable(error));
    QVERIFY(client.waitForConnected(15'000)); // the longest back-off is 3.2 s (+20 %)
    QCOMPARE(connectedSpy.size(), 2);

    const QList<State> sequence = states(stateSpy);
    QVERIFY(allAllowed(State::Closed, sequence));
    QCOMPARE(sequence.mid(0, 6),
             (QList {State::Connecting, State::ConnectSent, State::Connected, State::Closing,
                     State::ReconnectWait, State::Connecting}));
    QCOMPARE(sequence.mid(sequence.size() - 3),
             (QList {State::Connecting, State::ConnectSent, State::Connected}));
    // Between the two connections only failed attempts: Connecting → Closing → ReconnectWait.
    for (qsizetype i = 5; i + 3 < sequence.size(); i += 3) {
        QCOMPARE(sequence.mid(i, 3),
                 (QList {State::Connecting, State::Closing, State::ReconnectWait}));
    }
    // Each wait is announced with its attempt number and its delay: the back-off, spread.
    QCOMPARE(scheduledSpy.size(), sequence.count(State::ReconnectWait));
    for (int i = 0; i < scheduledSpy.size(); ++i) {
        QCOMPARE(scheduledSpy.at(i).at(0).toInt(), i + 1);
        const int msecs = scheduledSpy.at(i).at(1).toInt();
        QVERIFY2(msecs >= Reconnect::delay(100ms, i, -1.0).count() &&
                     msecs <= Reconnect::delay(100ms, i, 1.0).count(),
                 qPrintable(QString::number(msecs)));
    }

    // The restarted broker kept no session; the client subscribed again by itself, so a message
    // from another client reaches it.
    QVERIFY(!client.connectResult().isSessionPresent());
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    MqttClient publisher;
    MqttConnectOptions publisherOptions = options(version);
    publisherOptions.setAddress(broker.url());
    QVERIFY(publisher.connectToBroker(publisherOptions));
    QVERIFY(publisher.waitForConnected(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(
        publisher.publish(topic, "back", QoS::Q1)->waitForAcknowledged(WaitMs) &&
            (messageSpy.size() > 0 || messageSpy.wait(500)),
        WaitMs);
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("back"));
}

void tst_Reconnect::disconnectStopsReconnecting()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    MqttClient client;
    MqttConnectOptions connectOptions = options(ProtocolVersion::V5);
    connectOptions.setAddress(broker.url());
    connectOptions.setReconnectDelay(30s); // the first wait is long enough to catch it
    client.connectToBroker(connectOptions);
    QVERIFY(client.waitForConnected(WaitMs));
    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::ReconnectWait, WaitMs);
    QVERIFY(client.waitForDisconnected(0)); // no connection while waiting
    client.disconnectFromBroker();
    QCOMPARE(client.state(), State::Closed);

    // shutdown() during the wait is final as well.
    QVERIFY2(broker.restart(&error), qPrintable(error));
    client.connectToBroker(connectOptions);
    QVERIFY(client.waitForConnected(WaitMs));
    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::ReconnectWait, WaitMs);
    client.shutdown();
    QCOMPARE(client.state(), State::Shutdown);
}

void tst_Reconnect::wrongPasswordDoesNotLoop_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("knownUser");
    QTest::addColumn<ReasonCode>("reason");
    // mosquitto 2.0 answers a wrong password and an unknown user alike, with Not authorized:
    // MQTT 5.0 reason code 0x87, MQTT 3.1.1 return code 5 (which the codec maps to 0x87).
    QTest::newRow("5.0 wrong password") << ProtocolVersion::V5 << true << ReasonCode::NotAuthorized;
    QTest::newRow("3.1.1 wrong password")
        << ProtocolVersion::V311 << true << ReasonCode::NotAuthorized;
    QTest::newRow("5.0 unknown user") << ProtocolVersion::V5 << false << ReasonCode::NotAuthorized;
    QTest::newRow("3.1.1 unknown user")
        << ProtocolVersion::V311 << false << ReasonCode::NotAuthorized;
}

void tst_Reconnect::wrongPasswordDoesNotLoop()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, knownUser);
    QFETCH(ReasonCode, reason);
    MosquittoBroker::Options brokerOptions;
    brokerOptions.allowAnonymous = false;
    brokerOptions.users = {{QStringLiteral("alice"), QStringLiteral("right-password")}};
    MosquittoBroker broker(brokerOptions);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    MqttConnectOptions connectOptions = options(version);
    connectOptions.setAddress(broker.url());
    connectOptions.setUsername(knownUser ? QStringLiteral("alice") : QStringLiteral("mallory"));
    connectOptions.setPassword(QByteArray("wrong-password"));
    connectOptions.setReconnectDelay(50ms);
    // One CONNACK per attempt in mosquitto's log (which it writes with a delay).
    const auto attempts = [&broker] {
        return broker.logText().count(QLatin1String("Sending CONNACK to"));
    };
    client.connectToBroker(connectOptions);
    QVERIFY(!client.waitForConnected(WaitMs)); // ends early in Closed
    QCOMPARE(client.state(), State::Closed);
    QCOMPARE(errorSpy.size(), 1);
    QCOMPARE(client.lastError().reasonCode(), reason);
    QCOMPARE(client.connectResult().packet().reasonCode, reason);
    stateSpy.clear();
    QVERIFY(!stateSpy.wait(500)); // ten reconnect delays: nothing
    QTRY_COMPARE_WITH_TIMEOUT(attempts(), 1, WaitMs);

    // The right password gets in.
    connectOptions.setUsername(QStringLiteral("alice"));
    connectOptions.setPassword(QByteArray("right-password"));
    client.connectToBroker(connectOptions);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
}

// [MQTT-3.1.2-8] the Will Message goes out when the connection dies without DISCONNECT, and
// [MQTT-3.1.2-10] not after a normal DISCONNECT.
void tst_Reconnect::willOnDeadConnectionOnly()
{
    QFETCH(ProtocolVersion, version);
    const QString willTopic = QStringLiteral("ohmqtt/tst_reconnect/will/%1").arg(uniqueClientId());
    MqttClient watcher;
    watcher.connectToBroker(options(ProtocolVersion::V5));
    QVERIFY(watcher.waitForConnected(WaitMs));
    QSignalSpy messageSpy(&watcher, &MqttClient::messageReceived);
    QVERIFY(watcher.subscribe(willTopic + QStringLiteral("/#"))->waitForAcknowledged(WaitMs));

    MqttConnectOptions withWill = options(version);
    WillMessage will;
    will.topic = willTopic + QStringLiteral("/will");
    will.payload = "gone";
    will.qos = QoS::Q1;
    withWill.setWill(will);

    // A normal disconnect: no Will. The fence is published once mosquitto logged the
    // disconnection, so that a Will would have come first.
    {
        MqttClient polite;
        polite.connectToBroker(withWill);
        QVERIFY(polite.waitForConnected(WaitMs));
        polite.disconnectFromBroker();
        QVERIFY(polite.waitForDisconnected(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_broker->logText().contains(
                QStringLiteral("Client %1 disconnected").arg(withWill.clientId())),
            WaitMs);
        watcher.publish(willTopic + QStringLiteral("/fence"), "fence", QoS::Q1);
        QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 1, WaitMs);
        QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("fence"));
    }

    // The connection dies: the Will arrives.
    withWill.setClientId(uniqueClientId());
    MqttClient doomed;
    QSignalSpy errorSpy(&doomed, &MqttClient::errorOccurred);
    doomed.connectToBroker(withWill);
    QVERIFY(doomed.waitForConnected(WaitMs));
    cutConnection(doomed);
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 2, WaitMs);
    const auto message = messageSpy.at(1).at(0).value<MqttMessage>();
    QCOMPARE(message.topic(), will.topic);
    QCOMPARE(message.payload(), QByteArray("gone"));
    QTRY_COMPARE_WITH_TIMEOUT(doomed.state(), State::Closed, WaitMs); // reconnectDelay is 0
}

// MQTT 5.0 DISCONNECT 0x04 asks the broker to publish the Will anyway.
void tst_Reconnect::disconnectWithWillMessage()
{
    const QString willTopic =
        QStringLiteral("ohmqtt/tst_reconnect/will04/%1").arg(uniqueClientId());
    MqttClient watcher;
    watcher.connectToBroker(options(ProtocolVersion::V5));
    QVERIFY(watcher.waitForConnected(WaitMs));
    QSignalSpy messageSpy(&watcher, &MqttClient::messageReceived);
    QVERIFY(watcher.subscribe(willTopic)->waitForAcknowledged(WaitMs));

    MqttConnectOptions withWill = options(ProtocolVersion::V5);
    WillMessage will;
    will.topic = willTopic;
    will.payload = "asked for";
    withWill.setWill(will);
    MqttClient client;
    client.connectToBroker(withWill);
    QVERIFY(client.waitForConnected(WaitMs));
    client.disconnectFromBroker(ReasonCode::DisconnectWithWillMessage);
    QVERIFY(client.waitForDisconnected(WaitMs));
    QVERIFY(messageSpy.wait(WaitMs));
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("asked for"));
    QVERIFY(client.lastError().isNull());
}

// The broker's DISCONNECT: brokerDisconnected() with the packet, errorOccurred() with its reason
// code, Reason String and Server Reference; a reason worth retrying is retried.
void tst_Reconnect::brokerDisconnectIsReportedAndRetried()
{
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerBusy;
    disconnect.properties.setReasonString(QStringLiteral("too many clients"));
    disconnect.properties.setServerReference(QStringLiteral("other.example:1883"));
    MqttScriptedBroker broker;
    broker.setConnectReplyBytes(QByteArray::fromHex("2003000000") +
                                encodePacket(disconnect, ProtocolVersion::V5));
    MqttClient client;
    QSignalSpy brokerDisconnectSpy(&client, &MqttClient::brokerDisconnected);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions connectOptions;
    connectOptions.setAddress(broker.url());
    connectOptions.setReconnectDelay(20ms);
    client.connectToBroker(connectOptions);
    QVERIFY(broker.waitForConnections(2, WaitMs)); // retried
    QCOMPARE(brokerDisconnectSpy.at(0).at(0).value<DisconnectPacket>(), disconnect);
    const auto error = errorSpy.at(0).at(0).value<MqttError>();
    QCOMPARE(error.reasonCode(), ReasonCode::ServerBusy);
    QVERIFY2(error.message().contains(QLatin1String("too many clients")),
             qPrintable(error.message()));
    QVERIFY(error.message().contains(QLatin1String("other.example:1883")));
    client.shutdown();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Shutdown, WaitMs);

    // Session taken over: not retried, the other client keeps the session.
    DisconnectPacket takenOver;
    takenOver.reasonCode = ReasonCode::SessionTakenOver;
    MqttScriptedBroker secondBroker;
    secondBroker.setConnectReplyBytes(QByteArray::fromHex("2003000000") +
                                      encodePacket(takenOver, ProtocolVersion::V5));
    MqttClient second;
    connectOptions.setAddress(secondBroker.url());
    second.connectToBroker(connectOptions);
    QTRY_COMPARE_WITH_TIMEOUT(second.lastError().reasonCode(), ReasonCode::SessionTakenOver,
                              WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), State::Closed, WaitMs);
}

// (MQTT 3.14.2.2.2) a Session Expiry Interval in DISCONNECT needs one in CONNECT; with one, the
// broker takes it (mosquitto keeps the session for that long).
void tst_Reconnect::sessionExpiryInDisconnect()
{
    DisconnectProperties expiry;
    expiry.setSessionExpiryInterval(120);

    MqttClient client;
    MqttConnectOptions connectOptions = options(ProtocolVersion::V5);
    client.connectToBroker(connectOptions);
    QVERIFY(client.waitForConnected(WaitMs));
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    client.disconnectFromBroker(NormalDisconnection, expiry);
    QCOMPARE(errorSpy.size(), 1);
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::ProtocolError);
    QVERIFY(client.isConnected()); // refused, nothing sent

    ConnectProperties properties = connectOptions.connectProperties();
    properties.setSessionExpiryInterval(10);
    connectOptions.setConnectProperties(properties);
    connectOptions.setCleanStart(true);
    connectOptions.setClientId(uniqueClientId());
    MqttClient keeper;
    keeper.connectToBroker(connectOptions);
    QVERIFY(keeper.waitForConnected(WaitMs));
    keeper.disconnectFromBroker(NormalDisconnection, expiry);
    QVERIFY(keeper.waitForDisconnected(WaitMs));
    QVERIFY(keeper.lastError().isNull());
    connectOptions.setCleanStart(false);
    keeper.connectToBroker(connectOptions);
    QVERIFY(keeper.waitForConnected(WaitMs));
    QVERIFY(keeper.connectResult().packet().sessionPresent); // the session outlived the connection
}

QTEST_GUILESS_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"
