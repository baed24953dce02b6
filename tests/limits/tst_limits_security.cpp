// Security defaults of MqttClient: TLS verification is on without any configuration, and
// credentials (password, authentication data) never reach a log at any level.
#include <OhMqtt/mqttclient.h>

#include <OhMqttTest/mqttscriptedbroker.h>
#include <OhMqttTest/mqtttestbroker.h>

#include <QtCore/qloggingcategory.h>
#include <QtCore/qmutex.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtNetwork/qsslerror.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;

namespace {

constexpr int WaitMs = 10'000;

// Every message of the process while a test runs, whatever its category and level.
QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedMutex);
    captured.append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
}

// The secrets as a log might spell them: as they are, in base64 and in hex.
QStringList spellings(const QByteArray &secret)
{
    return {QString::fromUtf8(secret),
            QString::fromLatin1(secret.toBase64()),
            QString::fromLatin1(
                secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(secret.toHex()),
            QString::fromLatin1(secret.toHex()).toUpper(),
            QString::fromLatin1(secret.toHex(' '))};
}

} // namespace

class tst_LimitsSecurity : public QObject
{
    Q_OBJECT

private slots:
    void tlsVerificationIsOnByDefault_data();
    void tlsVerificationIsOnByDefault();
    void credentialsNeverReachLogs();
};

void tst_LimitsSecurity::tlsVerificationIsOnByDefault_data()
{
    QTest::addColumn<bool>("otherHost");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QList<QSslError::SslError>>("expected");
    // Which of these Qt reports depends on whether the broker sends its CA: either names the
    // problem.
    const QList<QSslError::SslError> untrusted {QSslError::SelfSignedCertificateInChain,
                                                QSslError::UnableToGetLocalIssuerCertificate,
                                                QSslError::UnableToVerifyFirstCertificate};
    QTest::newRow("no configuration: the test CA is not trusted") << false << false << untrusted;
    QTest::newRow("trusted CA, another host's certificate")
        << true << true << QList<QSslError::SslError> {QSslError::HostNameMismatch};
}

// Without any TLS configuration the system's CAs apply and the peer is verified: a broker whose
// certificate no trusted CA signed is refused, naming why, before CONNECT goes out. A trusted
// certificate for another host is refused too: verification includes the host name.
void tst_LimitsSecurity::tlsVerificationIsOnByDefault()
{
    QFETCH(bool, otherHost);
    QFETCH(bool, trustCa);
    QFETCH(QList<QSslError::SslError>, expected);
    MqttTestBroker::Options brokerOptions;
    brokerOptions.tcp = false;
    brokerOptions.tls = true;
    if (otherHost)
        brokerOptions.serverCertificate = MqttTestBroker::ServerCertificate::OtherHost;
    MqttTestBroker broker(brokerOptions);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));

    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    MqttConnectOptions options;
    options.setAddress(broker.url(MqttTestBroker::Listener::Tls));
    QVERIFY(options.address().startsWith(QStringLiteral("mqtts://")));
    options.setClientId(QStringLiteral("limits-tls"));
    if (trustCa) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(
            QSslCertificate::fromPath(MqttTestBroker::caCertificatePath()));
        QVERIFY(!configuration.caCertificates().isEmpty());
        options.setTlsConfiguration(configuration);
    }
    client.connectToBroker(options);
    QVERIFY(!client.waitForConnected(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
    const QString message = client.lastError().message();
    const bool named = std::any_of(expected.begin(), expected.end(), [&](QSslError::SslError e) {
        return message.contains(QSslError(e).errorString());
    });
    QVERIFY2(named, qPrintable(message));
    for (const QList<QVariant> &arguments : std::as_const(stateSpy))
        QVERIFY(arguments.at(0).value<MqttClient::State>() != MqttClient::State::ConnectSent);
}

// Every ohmqtt.* category at debug, a client that connects with a username, a password, an
// Authentication Method with data and a Will, publishes, loses its connection and reconnects,
// then is refused for bad credentials: no captured line holds the password or the
// authentication data, as they are or encoded.
void tst_LimitsSecurity::credentialsNeverReachLogs()
{
    const QByteArray password = "Pw-7f3a9c1e-ohmqtt-limits";
    const QByteArray authenticationData = "AuthData-5b2d8e04-ohmqtt";
    const QString method = QStringLiteral("OHMQTT-LIMITS");

    captured.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    const auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    ConnAckProperties connAckProperties;
    connAckProperties.setAuthenticationMethod(method);
    broker.acceptConnections(false, connAckProperties);

    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(broker.url());
    options.setClientId(QStringLiteral("limits-secrets"));
    options.setUsername(QStringLiteral("limits-user"));
    options.setPassword(password);
    ConnectProperties properties;
    properties.setAuthenticationMethod(method);
    properties.setAuthenticationData(authenticationData);
    options.setConnectProperties(properties);
    WillMessage will;
    will.topic = QStringLiteral("limits/will");
    will.payload = "will payload";
    options.setWill(will);
    options.setConnectTimeout(WaitMs);
    client.connectToBroker(options);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    const auto connect = std::get<ConnectPacket>(broker.receivedPackets().value(0));
    QCOMPARE(connect.password, std::optional(password)); // the secret was really sent
    QVERIFY(client.publish(QStringLiteral("limits/p"), "payload", QoS::Q1)
                ->waitForAcknowledged(WaitMs));

    // The connection is lost; the client connects again with the same secrets.
    broker.closeConnection();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
    client.connectToBroker(options);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    QCOMPARE(broker.connectionCount(), 2);
    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));

    // Refused for bad credentials.
    broker.refuseConnections(ReasonCode::BadUserNameOrPassword, connAckProperties);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    client.connectToBroker(options);
    QVERIFY(!client.waitForConnected(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!errorSpy.isEmpty(), WaitMs);
    QCOMPARE(client.connectResult().reasonCode(), ReasonCode::BadUserNameOrPassword);

    const QMutexLocker lock(&capturedMutex);
    // The logging was on: CONNECT was logged, so a secret in it would have been caught.
    QVERIFY2(captured.size() > 10, qPrintable(captured.join(u'\n')));
    QVERIFY(std::any_of(captured.cbegin(), captured.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("ohmqtt.")) &&
            line.contains(QStringLiteral("CONNECT"));
    }));
    for (const QByteArray &secret : {password, authenticationData}) {
        for (const QString &spelling : spellings(secret)) {
            for (const QString &line : std::as_const(captured))
                QVERIFY2(!line.contains(spelling, Qt::CaseInsensitive), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(tst_LimitsSecurity)
#include "tst_limits_security.moc"
