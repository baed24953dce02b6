// MqttClient with SCRAM-SHA-256 against a scripted broker that performs the server's side.
#include "auth/scrambroker.h"
#include "auth/tests.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttscramauthenticator.h>

#include <QtCore/qloggingcategory.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace std::chrono_literals;

namespace {

constexpr int WaitMs = 10'000;
const QString Method = QStringLiteral("SCRAM-SHA-256");

MqttConnectOptions options(const ScramBroker &broker)
{
    MqttConnectOptions options;
    options.setAddress(broker.url());
    options.setClientId(QStringLiteral("scram-client"));
    options.setCleanStart(true);
    options.setConnectTimeout(5s);
    return options;
}

// The client's packets of one kind, as the broker received them.
template<typename T> QList<T> receivedOf(const ScramBroker &broker)
{
    QList<T> result;
    for (const Packet &packet : broker.received()) {
        if (const T *p = std::get_if<T>(&packet))
            result.append(*p);
    }
    return result;
}

AuthPacket authArgument(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<AuthPacket>();
}

// Collects every message Qt logs while it lives, at every level of the ohmqtt categories.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.*=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules({});
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    const QStringList &lines() const { return m_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (s_lines)
            s_lines->append(QString::fromLatin1(context.category) + QStringLiteral(": ") + message);
    }

    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous;
};

} // namespace

class tst_AuthClient : public QObject
{
    Q_OBJECT

private slots:
    void scramConnects();
    void wrongPasswordIsRefused_data();
    void wrongPasswordIsRefused();
    void forgedServerSignatureIsRefused();
    void reauthentication();
    void failedReauthenticationDisconnects();
    void reauthenticationFromAnotherThread();
    void applicationAnswersWithoutAuthenticator();
    void authWhileClosedFails();
    void secretsNeverLogged();

private:
    bool connectWithScram(MqttClient &client, MqttScramAuthenticator &scram,
                          const ScramBroker &broker);
};

bool tst_AuthClient::connectWithScram(MqttClient &client, MqttScramAuthenticator &scram,
                                      const ScramBroker &broker)
{
    client.setAuthenticator(&scram);
    client.connectToBroker(options(broker));
    return client.waitForConnected(WaitMs);
}

// CONNECT (client-first) → AUTH 0x18 (server-first) → AUTH 0x18 (client-final) → CONNACK 0x00
// (server-final, verified by the client).
void tst_AuthClient::scramConnects()
{
    ScramBroker broker("user", "pencil");
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil");
    MqttClient client;
    QSignalSpy authSpy(&client, &MqttClient::authReceived);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QVERIFY2(connectWithScram(client, scram, broker), qPrintable(client.lastError().message()));

    QCOMPARE(broker.scram().exchangesVerified(), 1);
    QCOMPARE(scram.lastError().message(), QString());
    QCOMPARE(errorSpy.size(), 0);
    QCOMPARE(client.authenticator(), static_cast<MqttAuthenticator *>(&scram));
    QCOMPARE(client.connectResult().packet().properties.authenticationMethod(), Method);

    const auto connects = receivedOf<ConnectPacket>(broker);
    QCOMPARE(connects.size(), 1);
    QCOMPARE(connects[0].properties.authenticationMethod(), Method);
    QVERIFY(connects[0].properties.authenticationData()->startsWith("n,,n=user,r="));
    const auto auths = receivedOf<AuthPacket>(broker);
    QCOMPARE(auths.size(), 1);
    QCOMPARE(auths[0].reasonCode, ReasonCode::ContinueAuthentication); // [MQTT-4.12.0-3]
    QCOMPARE(auths[0].properties.authenticationMethod(), Method); // [MQTT-4.12.0-5]
    QVERIFY(auths[0].properties.authenticationData()->startsWith("c=biws,r="));

    QCOMPARE(authSpy.size(), 1); // the server-first challenge
    QCOMPARE(authArgument(authSpy, 0).reasonCode, ReasonCode::ContinueAuthentication);

    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
}

void tst_AuthClient::wrongPasswordIsRefused_data()
{
    QTest::addColumn<ReasonCode>("code");
    QTest::newRow("Not authorized") << ReasonCode::NotAuthorized;
    QTest::newRow("Bad user name or password") << ReasonCode::BadUserNameOrPassword;
}

// [MQTT-4.12.0-4] the server refuses with CONNACK ≥ 0x80; the client reports it and stays down.
void tst_AuthClient::wrongPasswordIsRefused()
{
    QFETCH(ReasonCode, code);
    ScramBroker broker("user", "pencil");
    broker.setRefusalCode(code);
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil?");
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QSignalSpy connectedSpy(&client, &MqttClient::brokerConnected);
    QSignalSpy newConnections(&broker, &ScramBroker::clientArrived);
    client.setAuthenticator(&scram);
    MqttConnectOptions connectOptions = options(broker);
    connectOptions.setReconnectDelay(50ms); // retrying cannot help with a wrong password
    client.connectToBroker(connectOptions);

    QTRY_COMPARE_WITH_TIMEOUT(errorSpy.size(), 1, WaitMs);
    const auto error = errorSpy.at(0).at(0).value<MqttError>();
    QCOMPARE(error.reasonCode(), code);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
    QCOMPARE(connectedSpy.size(), 0);
    QCOMPARE(broker.scram().exchangesVerified(), 0);
    QCOMPARE(receivedOf<AuthPacket>(broker).size(), 1); // one client-final, nothing after
    QCOMPARE(newConnections.size(), 1);
    QVERIFY(!newConnections.wait(1000)); // no reconnect loop
    QCOMPARE(errorSpy.size(), 1);
}

// The server does not know the password: its signature is wrong, and the client says no.
void tst_AuthClient::forgedServerSignatureIsRefused()
{
    ScramBroker broker("user", "pencil");
    broker.setForgeServerSignature(true);
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil");
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QSignalSpy connectedSpy(&client, &MqttClient::brokerConnected);
    QSignalSpy newConnections(&broker, &ScramBroker::clientArrived);
    client.setAuthenticator(&scram);
    MqttConnectOptions connectOptions = options(broker);
    connectOptions.setReconnectDelay(50ms);
    client.connectToBroker(connectOptions);

    QTRY_COMPARE_WITH_TIMEOUT(errorSpy.size(), 1, WaitMs);
    const auto error = errorSpy.at(0).at(0).value<MqttError>();
    QCOMPARE(error.reasonCode(), ReasonCode::NotAuthorized);
    QVERIFY2(error.message().contains(u"server signature is wrong"), qPrintable(error.message()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
    QCOMPARE(connectedSpy.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(receivedOf<DisconnectPacket>(broker).size(), 1, WaitMs);
    QCOMPARE(receivedOf<DisconnectPacket>(broker).first().reasonCode, ReasonCode::UnspecifiedError);
    QVERIFY(!newConnections.wait(1000)); // no reconnect loop
    QCOMPARE(newConnections.size(), 1);
}

// MQTT 4.12.1: AUTH 0x19 → AUTH 0x18 → AUTH 0x18 → AUTH 0x00, the connection stays up.
void tst_AuthClient::reauthentication()
{
    ScramBroker broker("user", "pencil");
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil");
    MqttClient client;
    QSignalSpy authSpy(&client, &MqttClient::authReceived);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QVERIFY(connectWithScram(client, scram, broker));
    QCOMPARE(authSpy.size(), 1);

    client.authenticate();
    QCOMPARE(errorSpy.size(), 0); // sent: this is the client's thread
    QTRY_COMPARE_WITH_TIMEOUT(authSpy.size(), 3, WaitMs);
    QCOMPARE(authArgument(authSpy, 1).reasonCode, ReasonCode::ContinueAuthentication);
    QCOMPARE(authArgument(authSpy, 2).reasonCode, ReasonCode::Success);
    QCOMPARE(broker.scram().exchangesVerified(), 2);

    const auto auths = receivedOf<AuthPacket>(broker);
    QCOMPARE(auths.size(), 3); // connect's client-final, then 0x19 and 0x18
    QCOMPARE(auths[1].reasonCode, ReasonCode::ReAuthenticate);
    QCOMPARE(auths[1].properties.authenticationMethod(), Method); // [MQTT-4.12.1-1]
    QVERIFY(auths[1].properties.authenticationData()->startsWith("n,,n=user,r="));
    QCOMPARE(auths[2].reasonCode, ReasonCode::ContinueAuthentication);

    QCOMPARE(errorSpy.size(), 0);
    QVERIFY(client.isConnected());
    client.authenticate(); // and again
    QTRY_COMPARE_WITH_TIMEOUT(authSpy.size(), 5, WaitMs);
    QCOMPARE(broker.scram().exchangesVerified(), 3);
    QCOMPARE(errorSpy.size(), 0);
}

// [MQTT-4.12.1-2] a failed re-authentication ends the connection with DISCONNECT.
void tst_AuthClient::failedReauthenticationDisconnects()
{
    ScramBroker broker("user", "pencil");
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil");
    MqttClient client;
    QSignalSpy brokerDisconnectSpy(&client, &MqttClient::brokerDisconnected);
    QVERIFY(connectWithScram(client, scram, broker));
    broker.scram().setPassword("rotated");

    client.authenticate();
    QTRY_COMPARE_WITH_TIMEOUT(brokerDisconnectSpy.size(), 1, WaitMs);
    QCOMPARE(brokerDisconnectSpy.at(0).at(0).value<DisconnectPacket>().reasonCode,
             ReasonCode::NotAuthorized);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::NotAuthorized);
}

// After startLoop() the exchange runs in the client's thread; auth() may come from any thread.
void tst_AuthClient::reauthenticationFromAnotherThread()
{
    ScramBroker broker("user", "pencil");
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil");
    MqttClient client;
    // QSignalSpy is not thread-safe in Qt 6.4: a receiver in this thread records instead.
    QObject relay;
    QList<ReasonCode> codes;
    QList<MqttError> errors;
    connect(
        &client, &MqttClient::authReceived, &relay,
        [&](const AuthPacket &packet) { codes.append(packet.reasonCode); }, Qt::QueuedConnection);
    connect(
        &client, &MqttClient::errorOccurred, &relay,
        [&](const MqttError &error) { errors.append(error); }, Qt::QueuedConnection);
    client.setAuthenticator(&scram);
    client.startLoop();
    client.connectToBroker(options(broker));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Connected, WaitMs);

    client.authenticate();
    QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 3, WaitMs);
    QCOMPARE(codes.last(), ReasonCode::Success);
    QCOMPARE(broker.scram().exchangesVerified(), 2);
    QVERIFY(errors.isEmpty());
    client.disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
}

// No authenticator: the method and data go in the connect properties, the application answers
// authReceived() with auth() and checks CONNACK's data itself.
void tst_AuthClient::applicationAnswersWithoutAuthenticator()
{
    ScramBroker broker("user", "pencil");
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil"); // used by hand
    MqttClient client;
    MqttConnectOptions connectOptions = options(broker);
    ConnectProperties connectProperties = connectOptions.connectProperties();
    connectProperties.setAuthenticationMethod(Method);
    connectProperties.setAuthenticationData(scram.initialData());
    connectOptions.setConnectProperties(connectProperties);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    int answered = 0;
    connect(&client, &MqttClient::authReceived, this, [&](const AuthPacket &packet) {
        AuthProperties properties;
        properties.setAuthenticationData(scram.respond(packet));
        client.authenticate(properties, ReasonCode::ContinueAuthentication);
        ++answered;
    });
    client.connectToBroker(connectOptions);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    QCOMPARE(answered, 1);
    QCOMPARE(errorSpy.size(), 0);
    QVERIFY(scram.verifyFinal(client.connectResult().packet().properties.authenticationData()));
    QCOMPARE(broker.scram().exchangesVerified(), 1);
}

void tst_AuthClient::authWhileClosedFails()
{
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    client.authenticate();
    QCOMPARE(errorSpy.size(), 1);
    QVERIFY2(client.lastError().message().contains(u"not connected"),
             qPrintable(client.lastError().message()));
    QCOMPARE(client.state(), MqttClient::State::Closed);
}

// Passwords and authentication data appear in no log output at any level.
void tst_AuthClient::secretsNeverLogged()
{
    const QByteArray password = "pw-7c1d93e0";
    ScramBroker broker("user", password);
    MqttScramAuthenticator scram(QStringLiteral("user"), password);
    MqttClient client;
    QSignalSpy authSpy(&client, &MqttClient::authReceived);
    QStringList lines;
    {
        LogCapture capture;
        QVERIFY(connectWithScram(client, scram, broker));
        client.authenticate();
        QTRY_COMPARE_WITH_TIMEOUT(authSpy.size(), 3, WaitMs);
        client.disconnectFromBroker();
        QVERIFY(client.waitForDisconnected(WaitMs));
        lines = capture.lines();
    }
    QVERIFY(!lines.isEmpty()); // debug logging was on, so silence would prove nothing

    // Everything secret or derived from the password that went over the wire
    QByteArrayList secrets {password, broker.scram().serverFinal()};
    for (const Packet &packet : broker.received()) {
        if (const auto *connect = std::get_if<ConnectPacket>(&packet))
            secrets.append(connect->properties.authenticationData().value_or(QByteArray()));
        if (const auto *auth = std::get_if<AuthPacket>(&packet)) {
            const QByteArray data = auth->properties.authenticationData().value_or(QByteArray());
            secrets.append(data);
            if (const qsizetype proof = data.indexOf("p="); proof >= 0)
                secrets.append(data.mid(proof + 2));
        }
    }
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(secret.toHex())), qPrintable(line));
        }
    }
}

int runAuthClientTests(int argc, char **argv)
{
    tst_AuthClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_authclient.moc"
