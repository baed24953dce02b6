// MqttClient over every transport: publish/subscribe round trips with their handshake states,
// TLS failures with Qt's reasons, tlsHostname, and WebSocket framing through the whole client.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "scriptedwebsocketbroker.h"
#include "support/mosquittobroker.h"
#include "support/testcertificates.h"
#include "transportprobe.h"
#include "transporttesting.h"

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttTest;
using State = MqttClient::State;

namespace {

constexpr int WaitMs = 5'000;

QList<State> states(const QSignalSpy &spy)
{
    QList<State> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<State>());
    return result;
}

QList<State> handshakeStates(Listener listener)
{
    switch (listener) {
    case Listener::Tls:
        return {State::TlsHandshake};
    case Listener::WebSocket:
        return {State::WebSocketHandshake};
    case Listener::SecureWebSocket:
        return {State::TlsHandshake, State::WebSocketHandshake};
    case Listener::Tcp:
    case Listener::Unix:
        break;
    }
    return {};
}

MqttConnectOptions optionsFor(const QString &url, ProtocolVersion version)
{
    MqttConnectOptions options;
    options.setAddress(url);
    options.setProtocolVersion(version);
    options.setClientId(uniqueClientId(QStringLiteral("tst-transportclient")));
    options.setCleanStart(true);
    options.setTlsConfiguration(trustingOnly(MosquittoBroker::caCertificatePath()));
    return options;
}

} // namespace

class tst_TransportClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripOverEveryTransport_data();
    void roundTripOverEveryTransport();
    void tlsFailureReportsQtReason_data();
    void tlsFailureReportsQtReason();
    void tlsHostnameFixesMismatch_data();
    void tlsHostnameFixesMismatch();
    void webSocketFramingIsInvisibleToClient_data();
    void webSocketFramingIsInvisibleToClient();

private:
    TestBrokers m_brokers;
    MosquittoBroker *m_broker = nullptr; // every listener, loopback certificate
    MosquittoBroker *m_otherHostBroker = nullptr; // TLS listeners for another host name
};

void tst_TransportClient::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    QString error;
    QVERIFY2(m_brokers.start(&error), qPrintable(error));
    m_broker = m_brokers.all.get();
    m_otherHostBroker = m_brokers.otherHost.get();
}

void tst_TransportClient::roundTripOverEveryTransport_data()
{
    addListenerVersionRows();
}

void tst_TransportClient::roundTripOverEveryTransport()
{
    QFETCH(Listener, listener);
    QFETCH(ProtocolVersion, version);
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    const MqttConnectOptions options = optionsFor(m_broker->url(listener), version);
    client.connectToBroker(options);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    QCOMPARE(states(stateSpy),
             QList<State> {State::Connecting} << handshakeStates(listener) << State::ConnectSent
                                              << State::Connected);

    const QString topic = QStringLiteral("ohmqtt/tst_transportclient/%1").arg(options.clientId());
    QVERIFY(client.subscribe(topic, {})->waitForAcknowledged(WaitMs));
    const QByteArray payload = QByteArray("over ") + QTest::currentDataTag();
    QVERIFY(client.publish(topic, payload, QoS::Q1)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 1, WaitMs);
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), payload);

    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
    QCOMPARE(client.state(), State::Closed);
}

void tst_TransportClient::tlsFailureReportsQtReason_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<bool>("otherHostCertificate");
    QTest::addColumn<QString>("caPath");
    QTest::addColumn<QSslError::SslError>("expected");
    const TestCertificates &certificates = TestCertificates::get();
    for (const auto &[name, listener] : allListeners()) {
        if (!isTls(listener))
            continue;
        QTest::addRow("%s wrong CA", name) << listener << false << certificates.wrongCaCertificate
                                           << QSslError::SelfSignedCertificateInChain;
        QTest::addRow("%s host name mismatch", name)
            << listener << true << certificates.caCertificate << QSslError::HostNameMismatch;
    }
}

void tst_TransportClient::tlsFailureReportsQtReason()
{
    QFETCH(Listener, listener);
    QFETCH(bool, otherHostCertificate);
    QFETCH(QString, caPath);
    QFETCH(QSslError::SslError, expected);
    const MosquittoBroker &broker = otherHostCertificate ? *m_otherHostBroker : *m_broker;
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions options = optionsFor(broker.url(listener), ProtocolVersion::V5);
    options.setTlsConfiguration(trustingOnly(caPath));
    client.connectToBroker(options);
    QVERIFY(!client.waitForConnected(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
    QCOMPARE(errorSpy.size(), 1);
    const QString message = client.lastError().message();
    QVERIFY2(message.contains(QSslError(expected).errorString()), qPrintable(message));
    QVERIFY2(message.contains(broker.host()), qPrintable(message));
    const QList<State> seen = states(stateSpy);
    QVERIFY(seen.contains(State::TlsHandshake));
    QVERIFY(!seen.contains(State::ConnectSent));
    QVERIFY(!seen.contains(State::Connected));
}

void tst_TransportClient::tlsHostnameFixesMismatch_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::newRow("mqtts") << Listener::Tls;
    QTest::newRow("wss") << Listener::SecureWebSocket;
}

void tst_TransportClient::tlsHostnameFixesMismatch()
{
    QFETCH(Listener, listener);
    MqttClient client;
    MqttConnectOptions options = optionsFor(m_otherHostBroker->url(listener), ProtocolVersion::V5);
    options.setTlsHostname(TestCertificates::otherHostName());
    client.connectToBroker(options);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
}

void tst_TransportClient::webSocketFramingIsInvisibleToClient_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0") << ProtocolVersion::V5;
    QTest::newRow("3.1.1") << ProtocolVersion::V311;
}

// [MQTT-6.0.0-2] The scripted broker sends CONNACK one byte per frame, then SUBACK and two
// PUBLISH packets in one frame, then one PUBLISH across frames of seven bytes.
void tst_TransportClient::webSocketFramingIsInvisibleToClient()
{
    QFETCH(ProtocolVersion, version);
    ScriptedWebSocketBroker server(version);
    QVERIFY(server.isListening());
    PublishPacket first;
    first.topic = QStringLiteral("framing/a");
    first.payload = "one";
    PublishPacket second = first;
    second.payload = "two";
    PublishPacket third = first;
    third.payload = QByteArray(1000, 'z');
    connect(&server, &ScriptedWebSocketBroker::packetReceived, &server, [&](const Packet &packet) {
        if (std::holds_alternative<ConnectPacket>(packet)) {
            server.sendPackets({ConnAckPacket {}}, 1);
        } else if (const auto *subscribe = std::get_if<SubscribePacket>(&packet)) {
            SubAckPacket subAck;
            subAck.packetId = subscribe->packetId;
            subAck.reasonCodes = {GrantedQoS0};
            server.send(encodePacket(subAck, version) + encodePacket(first, version) +
                        encodePacket(second, version));
            server.send(encodePacket(third, version), 7);
        }
    });

    MqttClient client;
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    MqttConnectOptions options;
    options.setAddress(server.url());
    options.setProtocolVersion(version);
    options.setClientId(uniqueClientId(QStringLiteral("tst-transportclient")));
    options.setCleanStart(true);
    client.connectToBroker(options);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    QVERIFY(client.subscribe(QStringLiteral("framing/#"))->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 3, WaitMs);
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), first.payload);
    QCOMPARE(messageSpy.at(1).at(0).value<MqttMessage>().payload(), second.payload);
    QCOMPARE(messageSpy.at(2).at(0).value<MqttMessage>().payload(), third.payload);
    QCOMPARE(server.textFramesReceived(), 0); // [MQTT-6.0.0-1]
    QVERIFY2(server.decodeError().isEmpty(), qPrintable(server.decodeError()));
    QVERIFY(client.isConnected());
}

QTEST_GUILESS_MAIN(tst_TransportClient)
#include "tst_transportclient.moc"
