// Transport adapters: each against mosquitto's listeners, TLS verification, the delivery
// promises, and WebSocket framing against a scripted server.
#include <OhMqtt/packet/packet.h>

#include "scriptedwebsocketbroker.h"
#include "support/mosquittobroker.h"
#include "support/testcertificates.h"
#include "transport/transport.h"
#include "transportprobe.h"
#include "transporttesting.h"

#include <QtCore/qdir.h>
#include <QtCore/qregularexpression.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qtest.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttTest;
using Stage = Transport::Stage;

namespace {

constexpr int WaitMs = 5'000;

// A port nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QStringList handshakeEvents(Listener listener)
{
    switch (listener) {
    case Listener::Tls:
        return {QStringLiteral("stage:TlsHandshake")};
    case Listener::WebSocket:
        return {QStringLiteral("stage:WebSocketHandshake")};
    case Listener::SecureWebSocket:
        return {QStringLiteral("stage:TlsHandshake"), QStringLiteral("stage:WebSocketHandshake")};
    case Listener::Tcp:
    case Listener::Unix:
        break;
    }
    return {};
}

bool waitForEnd(const TransportProbe &probe)
{
    return QTest::qWaitFor(
        [&] {
            return probe.count(QStringLiteral("opened")) + probe.count(QStringLiteral("closed"));
        },
        WaitMs);
}

} // namespace

class tst_Transport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Every adapter against mosquitto
    void connectAndPingOverEveryListener_data();
    void connectAndPingOverEveryListener();
    void largeAndSmallWritesKeepTheirOrder_data();
    void largeAndSmallWritesKeepTheirOrder();
    void mosquittoAcceptsAnyWebSocketPath_data();
    void mosquittoAcceptsAnyWebSocketPath();
    void tcpNoDelayFollowsOption_data();
    void tcpNoDelayFollowsOption();
    void ipv6LiteralConnects();

    // Delivery promises
    void failuresAreDeferredAndOrdered_data();
    void failuresAreDeferredAndOrdered();
    void abortWhileConnectingEndsWithClosedOnly_data();
    void abortWhileConnectingEndsWithClosedOnly();
    void ownerMayDeleteTransportInClosedSlot();

    // TLS
    void tlsRefusesWithQtReason_data();
    void tlsRefusesWithQtReason();
    void tlsAcceptsWhatCallerAllows_data();
    void tlsAcceptsWhatCallerAllows();

    // WebSocket framing, scripted
    void webSocketOffersMqttInBinaryFrames();
    void webSocketFramesAreForwardedAsBytes();
    void webSocketTextFrameIsAnError();
    void webSocketWithoutSubprotocolStillOpens();
    void webSocketRefusedHandshakeEnds();

private:
    TestBrokers m_brokers;
    MosquittoBroker *m_broker = nullptr; // every listener, loopback certificate
    MosquittoBroker *m_otherHostBroker = nullptr; // TLS listeners for another host name
};

void tst_Transport::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    QString error;
    QVERIFY2(m_brokers.start(&error), qPrintable(error));
    m_broker = m_brokers.all.get();
    m_otherHostBroker = m_brokers.otherHost.get();
}

void tst_Transport::connectAndPingOverEveryListener_data()
{
    addListenerVersionRows();
}

// CONNECT, then three PINGREQs in separate writes: the offsets add up, written() reaches the
// last, and CONNACK and three PINGRESPs come back; close() ends it without an error.
void tst_Transport::connectAndPingOverEveryListener()
{
    QFETCH(Listener, listener);
    QFETCH(ProtocolVersion, version);
    TransportProbe probe(m_broker->url(listener));
    TransportOptions options;
    options.tlsConfiguration = trustingOnly(MosquittoBroker::caCertificatePath());
    probe.open(options);
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
    QCOMPARE(probe.events(), handshakeEvents(listener) << QStringLiteral("opened"));

    ConnectPacket connect;
    connect.protocolVersion = version;
    connect.clientId = uniqueClientId(QStringLiteral("tst-transport"));
    connect.cleanStart = true;
    const QByteArray connectBytes = encodePacket(connect, version);
    QCOMPARE(probe.write(connectBytes), connectBytes.size());
    const QByteArray ping = encodePacket(PingReqPacket {}, version);
    qint64 end = 0;
    for (int i = 0; i < 3; ++i)
        end = probe.write(ping);
    QCOMPARE(end, connectBytes.size() + 3 * ping.size());
    QTRY_COMPARE_WITH_TIMEOUT(probe.writtenOffset(), end, WaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(probe.packets(version).size(), 4, WaitMs);
    const QList<Packet> packets = probe.packets(version);
    QVERIFY(std::holds_alternative<ConnAckPacket>(packets.at(0)));
    QCOMPARE(std::get<ConnAckPacket>(packets.at(0)).reasonCode, ReasonCode::Success);
    for (int i = 1; i < 4; ++i)
        QVERIFY(std::holds_alternative<PingRespPacket>(packets.at(i)));

    probe.close();
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
    QCOMPARE(probe.events(),
             handshakeEvents(listener) << QStringLiteral("opened") << QStringLiteral("closed"));
    QVERIFY2(probe.reentrantSignals().isEmpty(), qPrintable(probe.reentrantSignals().join(u',')));
}

void tst_Transport::largeAndSmallWritesKeepTheirOrder_data()
{
    addListenerVersionRows();
}

// Small packets of one turn may be gathered into one write and large ones written at once: the
// broker must still read CONNECT, SUBSCRIBE, a 200 KB PUBLISH, a small one and PINGREQ in order,
// so the large message comes back whole, before the small one.
void tst_Transport::largeAndSmallWritesKeepTheirOrder()
{
    QFETCH(Listener, listener);
    QFETCH(ProtocolVersion, version);
    TransportProbe probe(m_broker->url(listener));
    TransportOptions options;
    options.tlsConfiguration = trustingOnly(MosquittoBroker::caCertificatePath());
    probe.open(options);
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("opened")), 1, WaitMs);

    ConnectPacket connect;
    connect.protocolVersion = version;
    connect.clientId = uniqueClientId(QStringLiteral("tst-transport"));
    connect.cleanStart = true;
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    SubscriptionRequest request;
    request.topicFilter = QStringLiteral("order/#");
    request.maximumQoS = QoS::Q0;
    subscribe.subscriptions.append(request);
    PublishPacket large;
    large.topic = QStringLiteral("order/large");
    large.payload = QByteArray(200'000, 'L');
    PublishPacket small;
    small.topic = QStringLiteral("order/small");
    small.payload = "s";
    qint64 end = 0;
    for (const Packet &packet : {Packet(connect), Packet(subscribe), Packet(large), Packet(small),
                                 Packet(PingReqPacket {})})
        end = probe.write(encodePacket(packet, version));
    QTRY_COMPARE_WITH_TIMEOUT(probe.writtenOffset(), end, WaitMs);

    // CONNACK, SUBACK, the two messages, PINGRESP.
    QTRY_COMPARE_WITH_TIMEOUT(probe.packets(version).size(), 5, WaitMs);
    const QList<Packet> packets = probe.packets(version);
    QVERIFY(std::holds_alternative<SubAckPacket>(packets.at(1)));
    QCOMPARE(std::get<PublishPacket>(packets.at(2)).payload, large.payload);
    QCOMPARE(std::get<PublishPacket>(packets.at(3)).payload, small.payload);
    QVERIFY(std::holds_alternative<PingRespPacket>(packets.at(4)));
    QVERIFY2(probe.reentrantSignals().isEmpty(), qPrintable(probe.reentrantSignals().join(u',')));
    probe.close();
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
}

void tst_Transport::mosquittoAcceptsAnyWebSocketPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("none (\"/\")") << QString();
    QTest::newRow("/mqtt") << QStringLiteral("/mqtt");
    QTest::newRow("/some/other/path") << QStringLiteral("/some/other/path");
}

// mosquitto's websockets listener ignores the resource path: documented in the README.
void tst_Transport::mosquittoAcceptsAnyWebSocketPath()
{
    QFETCH(QString, path);
    TransportProbe probe(
        QStringLiteral("ws://127.0.0.1:%1%2").arg(m_broker->port(Listener::WebSocket)).arg(path));
    probe.open({});
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
    probe.abort();
}

void tst_Transport::tcpNoDelayFollowsOption_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<bool>("noDelay");
    for (const auto &[name, listener] : allListeners()) {
        if (listener == Listener::Unix)
            continue;
        QTest::addRow("%s on", name) << listener << true;
        QTest::addRow("%s off", name) << listener << false;
    }
}

void tst_Transport::tcpNoDelayFollowsOption()
{
    QFETCH(Listener, listener);
    QFETCH(bool, noDelay);
    TransportProbe probe(m_broker->url(listener));
    TransportOptions options;
    options.tcpNoDelay = noDelay;
    options.tlsConfiguration = trustingOnly(MosquittoBroker::caCertificatePath());
    probe.open(options);
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
    auto *socket = probe.transport()->findChild<QTcpSocket *>();
    QVERIFY(socket);
    QCOMPARE(socket->socketOption(QAbstractSocket::LowDelayOption).toInt() != 0, noDelay);
    probe.abort();
}

void tst_Transport::ipv6LiteralConnects()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("no IPv6 loopback here");
    TransportProbe probe(QStringLiteral("mqtt://[::1]:%1").arg(server.serverPort()));
    probe.open({});
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), WaitMs);
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    QCOMPARE(peer->peerAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    probe.write(encodePacket(PingReqPacket {}, ProtocolVersion::V5));
    QTRY_COMPARE_WITH_TIMEOUT(peer->bytesAvailable(), 2, WaitMs);
}

void tst_Transport::failuresAreDeferredAndOrdered_data()
{
    QTest::addColumn<QString>("url");
    const quint16 port = closedPort();
    QTest::newRow("mqtt refused") << QStringLiteral("mqtt://127.0.0.1:%1").arg(port);
    QTest::newRow("mqtts refused") << QStringLiteral("mqtts://127.0.0.1:%1").arg(port);
    QTest::newRow("ws refused") << QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(port);
    QTest::newRow("wss refused") << QStringLiteral("wss://127.0.0.1:%1/mqtt").arg(port);
    // QLocalSocket fails inside connectToServer(): the base class defers what it says.
    QTest::newRow("unix path missing")
        << QStringLiteral("unix:%1/no/such/socket").arg(QDir::tempPath());
}

void tst_Transport::failuresAreDeferredAndOrdered()
{
    QFETCH(QString, url);
    TransportProbe probe(url);
    probe.open({});
    QVERIFY(probe.events().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
    QCOMPARE(probe.events(), QStringList({QStringLiteral("error"), QStringLiteral("closed")}));
    const QString message = probe.error().message();
    QVERIFY2(message.startsWith(probe.transport()->description() + QStringLiteral(": ")),
             qPrintable(message));
    QVERIFY2(message.size() > probe.transport()->description().size() + 2, qPrintable(message));
    QVERIFY(probe.reentrantSignals().isEmpty());
}

void tst_Transport::abortWhileConnectingEndsWithClosedOnly_data()
{
    QTest::addColumn<Listener>("listener");
    for (const auto &[name, listener] : allListeners())
        QTest::newRow(name) << listener;
}

// The Unix socket connects inside open(); the others are still connecting: either way, after
// abort() nothing but closed() follows.
void tst_Transport::abortWhileConnectingEndsWithClosedOnly()
{
    QFETCH(Listener, listener);
    TransportProbe probe(m_broker->url(listener));
    TransportOptions options;
    options.tlsConfiguration = trustingOnly(MosquittoBroker::caCertificatePath());
    probe.open(options);
    probe.abort();
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
    QCOMPARE(probe.events(), QStringList {QStringLiteral("closed")});
    QVERIFY(probe.reentrantSignals().isEmpty());
}

void tst_Transport::ownerMayDeleteTransportInClosedSlot()
{
    auto *transport = createTransport(BrokerAddress::parse(m_broker->url()));
    QPointer<Transport> guard(transport);
    bool errorSeen = false;
    connect(transport, &Transport::opened, transport, [transport] { transport->close(); });
    connect(transport, &Transport::errorOccurred, transport, [&] { errorSeen = true; });
    connect(transport, &Transport::closed, transport, [transport] { delete transport; });
    transport->open(BrokerAddress::parse(m_broker->url()), {});
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), WaitMs);
    QVERIFY(!errorSeen);
}

void tst_Transport::tlsRefusesWithQtReason_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<bool>("otherHostCertificate");
    QTest::addColumn<QString>("caPath"); // empty: Qt's default configuration (system CAs)
    QTest::addColumn<QString>("tlsHostname");
    QTest::addColumn<QSslError::SslError>("expected");

    // mosquitto sends its CA along with its certificate, so an unknown CA reads as a
    // self-signed certificate in the chain.
    const TestCertificates &certificates = TestCertificates::get();
    for (const auto &[name, listener] : allListeners()) {
        if (!isTls(listener))
            continue;
        QTest::addRow("%s wrong CA", name) << listener << false << certificates.wrongCaCertificate
                                           << QString() << QSslError::SelfSignedCertificateInChain;
        QTest::addRow("%s system CAs only", name) << listener << false << QString() << QString()
                                                  << QSslError::SelfSignedCertificateInChain;
        QTest::addRow("%s host name mismatch", name)
            << listener << true << certificates.caCertificate << QString()
            << QSslError::HostNameMismatch;
        QTest::addRow("%s tlsHostname is verified too", name)
            << listener << false << certificates.caCertificate
            << QStringLiteral("not-this-host.example") << QSslError::HostNameMismatch;
    }
}

void tst_Transport::tlsRefusesWithQtReason()
{
    QFETCH(Listener, listener);
    QFETCH(bool, otherHostCertificate);
    QFETCH(QString, caPath);
    QFETCH(QString, tlsHostname);
    QFETCH(QSslError::SslError, expected);

    const MosquittoBroker &broker = otherHostCertificate ? *m_otherHostBroker : *m_broker;
    TransportProbe probe(broker.url(listener));
    TransportOptions options;
    if (!caPath.isEmpty())
        options.tlsConfiguration = trustingOnly(caPath);
    options.tlsHostname = tlsHostname;
    probe.open(options);
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
    QCOMPARE(probe.events(),
             QStringList({QStringLiteral("stage:TlsHandshake"), QStringLiteral("error"),
                          QStringLiteral("closed")}));
    const QString message = probe.error().message();
    const QString peer = tlsHostname.isEmpty() ? broker.host() : tlsHostname;
    QVERIFY2(message.contains(QStringLiteral("certificate of '%1' refused: ").arg(peer)),
             qPrintable(message));
    QVERIFY2(message.contains(QSslError(expected).errorString()), qPrintable(message));
}

void tst_Transport::tlsAcceptsWhatCallerAllows_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<bool>("otherHostCertificate");
    QTest::addColumn<QString>("caPath");
    QTest::addColumn<QString>("tlsHostname");
    QTest::addColumn<QList<QSslError::SslError>>("ignored");
    QTest::addColumn<bool>("verifyNone");

    const TestCertificates &certificates = TestCertificates::get();
    const QList<QSslError::SslError> none;
    for (const auto &[name, listener] : allListeners()) {
        if (!isTls(listener))
            continue;
        QTest::addRow("%s tlsHostname fixes the mismatch", name)
            << listener << true << certificates.caCertificate << TestCertificates::otherHostName()
            << none << false;
        QTest::addRow("%s mismatch accepted when listed", name)
            << listener << true << certificates.caCertificate << QString()
            << QList<QSslError::SslError> {QSslError::HostNameMismatch} << false;
        QTest::addRow("%s VerifyNone skips the CA", name)
            << listener << false << certificates.wrongCaCertificate << QString() << none << true;
    }
}

void tst_Transport::tlsAcceptsWhatCallerAllows()
{
    QFETCH(Listener, listener);
    QFETCH(bool, otherHostCertificate);
    QFETCH(QString, caPath);
    QFETCH(QString, tlsHostname);
    QFETCH(QList<QSslError::SslError>, ignored);
    QFETCH(bool, verifyNone);

    const MosquittoBroker &broker = otherHostCertificate ? *m_otherHostBroker : *m_broker;
    TransportProbe probe(broker.url(listener));
    TransportOptions options;
    options.tlsConfiguration = trustingOnly(caPath);
    if (verifyNone)
        options.tlsConfiguration->setPeerVerifyMode(QSslSocket::VerifyNone);
    options.tlsHostname = tlsHostname;
    options.tlsIgnoredErrors = ignored;
    probe.open(options);
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
    QCOMPARE(probe.events(), handshakeEvents(listener) << QStringLiteral("opened"));
    probe.abort();
}

void tst_Transport::webSocketOffersMqttInBinaryFrames()
{
    ScriptedWebSocketBroker server;
    QVERIFY(server.isListening());
    TransportProbe probe(server.url(QStringLiteral("/mqtt")));
    probe.open({});
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
    QTRY_VERIFY_WITH_TIMEOUT(server.connection(), WaitMs);
    QCOMPARE(server.connection()->subprotocol(), QStringLiteral("mqtt")); // [MQTT-6.0.0-3]
    QCOMPARE(server.connection()->requestUrl().path(), QStringLiteral("/mqtt"));

    ConnectPacket connect;
    connect.clientId = uniqueClientId(QStringLiteral("tst-transport"));
    const QByteArray connectBytes = encodePacket(connect, ProtocolVersion::V5);
    const QByteArray pingBytes = encodePacket(PingReqPacket {}, ProtocolVersion::V5);
    const QByteArray bytes = connectBytes + pingBytes;
    probe.write(connectBytes);
    const qint64 end = probe.write(pingBytes);
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedBytes(), bytes, WaitMs);
    QCOMPARE(server.binaryFramesReceived(), 2); // [MQTT-6.0.0-1] binary, one per write
    QCOMPARE(server.textFramesReceived(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(probe.writtenOffset(), end, WaitMs);
    QVERIFY(server.decodeError().isEmpty());
}

// [MQTT-6.0.0-2] Frames are not packets: the transport forwards bytes as they come.
void tst_Transport::webSocketFramesAreForwardedAsBytes()
{
    ScriptedWebSocketBroker server;
    TransportProbe probe(server.url());
    probe.open({});
    QVERIFY(waitForEnd(probe));
    QTRY_VERIFY_WITH_TIMEOUT(server.connection(), WaitMs);

    ConnAckPacket connAck;
    const QByteArray connAckBytes = encodePacket(connAck, ProtocolVersion::V5);
    server.send(connAckBytes, 1); // one packet, one byte per frame
    QByteArray twoPackets = encodePacket(PingRespPacket {}, ProtocolVersion::V5);
    PublishPacket publish;
    publish.topic = QStringLiteral("a/b");
    publish.payload = QByteArray(300, 'x');
    twoPackets += encodePacket(publish, ProtocolVersion::V5);
    server.send(twoPackets); // two packets, one frame
    QTRY_COMPARE_WITH_TIMEOUT(probe.receivedBytes(), connAckBytes + twoPackets, WaitMs);
    const QList<Packet> packets = probe.packets(ProtocolVersion::V5);
    QCOMPARE(packets.size(), 3);
    QCOMPARE(std::get<ConnAckPacket>(packets.at(0)), connAck);
    QVERIFY(std::holds_alternative<PingRespPacket>(packets.at(1)));
    QCOMPARE(std::get<PublishPacket>(packets.at(2)), publish);
}

void tst_Transport::webSocketTextFrameIsAnError()
{
    ScriptedWebSocketBroker server;
    TransportProbe probe(server.url());
    probe.open({});
    QVERIFY(waitForEnd(probe));
    QTRY_VERIFY_WITH_TIMEOUT(server.connection(), WaitMs);
    server.sendText(QStringLiteral("not MQTT"));
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
    QCOMPARE(probe.events(),
             QStringList({QStringLiteral("stage:WebSocketHandshake"), QStringLiteral("opened"),
                          QStringLiteral("error"), QStringLiteral("closed")}));
    QVERIFY2(probe.error().message().contains(QStringLiteral("[MQTT-6.0.0-1]")),
             qPrintable(probe.error().message()));
}

void tst_Transport::webSocketWithoutSubprotocolStillOpens()
{
    ScriptedWebSocketBroker server(ProtocolVersion::V5, {});
    TransportProbe probe(server.url());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("did not select the subprotocol mqtt")));
    probe.open({});
    QVERIFY(waitForEnd(probe));
    QVERIFY2(probe.count(QStringLiteral("opened")) == 1, qPrintable(probe.error().message()));
}

// An HTTP server that refuses the upgrade: the transport reports it and ends.
void tst_Transport::webSocketRefusedHandshakeEnds()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        });
    });
    TransportProbe probe(QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(server.serverPort()));
    probe.open({});
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(QStringLiteral("closed")), 1, WaitMs);
    QCOMPARE(probe.events(),
             QStringList({QStringLiteral("stage:WebSocketHandshake"), QStringLiteral("error"),
                          QStringLiteral("closed")}));
    QVERIFY2(probe.error().message().contains(QStringLiteral("404")),
             qPrintable(probe.error().message()));
}

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
