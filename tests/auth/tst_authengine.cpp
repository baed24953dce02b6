// Enhanced authentication in the engine: AUTH bytes both ways, the rules of MQTT 4.12 and 3.15.
#include "auth/scriptedauthenticator.h"
#include "auth/tests.h"

#include "connection/protocolengine.h"
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using OhMqttTest::eventsOf;
using OhMqttTest::failure;
using OhMqttTest::MethodX;
using OhMqttTest::ScriptedAuthenticator;
using OhMqttTest::written;

namespace {

QList<AuthPacket> authsReceived(const Engine::Events &events)
{
    QList<AuthPacket> result;
    for (const auto &received : eventsOf<Engine::PacketReceived>(events)) {
        if (const auto *auth = std::get_if<AuthPacket>(&received.packet))
            result.append(*auth);
    }
    return result;
}

ConnectPacket connectPacket(ProtocolVersion version, std::optional<QString> method = {},
                            std::optional<QByteArray> data = {})
{
    ConnectPacket connect;
    connect.protocolVersion = version;
    connect.clientId = QStringLiteral("c");
    connect.cleanStart = true;
    if (method)
        connect.properties.setAuthenticationMethod(*method);
    if (data)
        connect.properties.setAuthenticationData(*data);
    return connect;
}

QByteArray authBytes(ReasonCode code, std::optional<QString> method,
                     std::optional<QByteArray> data = {})
{
    AuthPacket auth;
    auth.reasonCode = code;
    if (method)
        auth.properties.setAuthenticationMethod(*method);
    if (data)
        auth.properties.setAuthenticationData(*data);
    return encodePacket(auth, ProtocolVersion::V5);
}

QByteArray connAckBytes(std::optional<QString> method = {}, std::optional<QByteArray> data = {})
{
    ConnAckPacket connAck;
    if (method)
        connAck.properties.setAuthenticationMethod(*method);
    if (data)
        connAck.properties.setAuthenticationData(*data);
    return encodePacket(connAck, ProtocolVersion::V5);
}

QByteArray disconnectBytes(ReasonCode code)
{
    DisconnectPacket disconnect;
    disconnect.reasonCode = code;
    return encodePacket(disconnect, ProtocolVersion::V5);
}

// An engine connected with Authentication Method X (or none).
void connectEngine(ProtocolEngine &engine, std::optional<QString> method = MethodX)
{
    engine.start(connectPacket(ProtocolVersion::V5, method));
    engine.receive(connAckBytes(method));
    QCOMPARE(engine.state(), Engine::State::Connected);
}

// The connection ended because of a Protocol Error citing `rule`, with DISCONNECT 0x82.
void verifyProtocolError(const Engine::Events &events, const char *rule)
{
    const MqttError error = failure(events);
    QCOMPARE(error.reasonCode(), ReasonCode::ProtocolError);
    QVERIFY2(error.message().contains(QLatin1StringView(rule)), qPrintable(error.message()));
    QCOMPARE(written(events), disconnectBytes(ReasonCode::ProtocolError));
    QVERIFY(!eventsOf<Engine::Close>(events).isEmpty());
    QVERIFY(eventsOf<Engine::Connected>(events).isEmpty());
}

} // namespace

class tst_AuthEngine : public QObject
{
    Q_OBJECT

private slots:
    void continueAuthenticationDuringConnect();
    void authenticatorAnswersByItself();
    void authenticatorDataGoesInConnect();
    void authWithoutMethodInConnectIsProtocolError_data();
    void authWithoutMethodInConnectIsProtocolError();
    void authenticationMethodMustMatch_data();
    void authenticationMethodMustMatch();
    void serverAuthReasonCodes_data();
    void serverAuthReasonCodes();
    void authIsMalformedInV311();
    void clientAuthRules_data();
    void clientAuthRules();
    void reauthentication();
    void reauthenticationWithAuthenticator();
    void authenticatorRefusalEndsConnection_data();
    void authenticatorRefusalEndsConnection();
    void authenticatorNeedsV5();
    void authenticatorMethodConflictsWithConnectProperties();
};

// MQTT 4.12: CONNECT (method X) → AUTH 0x18 → AUTH 0x18 → CONNACK, answered by the application.
void tst_AuthEngine::continueAuthenticationDuringConnect()
{
    ProtocolEngine engine;
    const auto started = engine.start(connectPacket(ProtocolVersion::V5, MethodX, "hi"));
    QCOMPARE(written(started),
             encodePacket(connectPacket(ProtocolVersion::V5, MethodX, "hi"), ProtocolVersion::V5));

    // AUTH 0x18, Authentication Method "X", Authentication Data "ok" [MQTT-4.12.0-2]
    const auto challenged = engine.receive(QByteArray::fromHex("f00b1809150001581600026f6b"));
    const QList<AuthPacket> auths = authsReceived(challenged);
    QCOMPARE(auths.size(), 1);
    QCOMPARE(auths[0].reasonCode, ReasonCode::ContinueAuthentication);
    QCOMPARE(auths[0].properties.authenticationData(), QByteArray("ok"));
    QVERIFY(written(challenged).isEmpty()); // no authenticator: the application answers
    QCOMPARE(engine.state(), Engine::State::ConnectSent);

    // The answer gets CONNECT's method [MQTT-4.12.0-3] [MQTT-4.12.0-5]: AUTH 0x18, "X", "re"
    AuthPacket answer;
    answer.reasonCode = ReasonCode::ContinueAuthentication;
    answer.properties.setAuthenticationData(QByteArray("re"));
    const auto answered = engine.auth(answer);
    QVERIFY(eventsOf<Engine::SendRejected>(answered).isEmpty());
    QCOMPARE(written(answered),
             QByteArray::fromHex("f00b18091500015816000272"
                                 "65"));

    const auto connected = engine.receive(connAckBytes(MethodX));
    QCOMPARE(eventsOf<Engine::Connected>(connected).size(), 1);
    QCOMPARE(engine.state(), Engine::State::Connected);
}

void tst_AuthEngine::authenticatorAnswersByItself()
{
    ScriptedAuthenticator authenticator;
    ProtocolEngine engine;
    engine.setAuthenticator(&authenticator);
    engine.start(connectPacket(ProtocolVersion::V5));
    QCOMPARE(authenticator.starts, 1);

    const auto challenged =
        engine.receive(authBytes(ReasonCode::ContinueAuthentication, MethodX, "challenge"));
    QCOMPARE(authsReceived(challenged).size(), 1); // reported as well
    QCOMPARE(authenticator.challenges, QByteArrayList {"challenge"});
    QCOMPARE(written(challenged),
             authBytes(ReasonCode::ContinueAuthentication, MethodX, authenticator.answer));

    const auto connected = engine.receive(connAckBytes(MethodX, "final"));
    QCOMPARE(authenticator.finals, QByteArrayList {"final"});
    QCOMPARE(eventsOf<Engine::Connected>(connected).size(), 1);
    QVERIFY(written(connected).isEmpty());
}

void tst_AuthEngine::authenticatorDataGoesInConnect()
{
    ScriptedAuthenticator authenticator;
    ProtocolEngine engine;
    engine.setAuthenticator(&authenticator);
    const auto started = engine.start(connectPacket(ProtocolVersion::V5));
    QCOMPARE(
        written(started),
        encodePacket(connectPacket(ProtocolVersion::V5, MethodX, "first"), ProtocolVersion::V5));

    // A method whose server speaks first: CONNECT carries the method alone.
    authenticator.initial.reset();
    ProtocolEngine second;
    second.setAuthenticator(&authenticator);
    QCOMPARE(written(second.start(connectPacket(ProtocolVersion::V5))),
             encodePacket(connectPacket(ProtocolVersion::V5, MethodX), ProtocolVersion::V5));
}

void tst_AuthEngine::authWithoutMethodInConnectIsProtocolError_data()
{
    QTest::addColumn<bool>("connected");
    QTest::newRow("before CONNACK") << false;
    QTest::newRow("after CONNACK") << true;
}

// [MQTT-4.12.0-6] a server sends no AUTH unless CONNECT carried an Authentication Method.
void tst_AuthEngine::authWithoutMethodInConnectIsProtocolError()
{
    QFETCH(bool, connected);
    ProtocolEngine engine;
    if (connected)
        connectEngine(engine, std::nullopt);
    else
        engine.start(connectPacket(ProtocolVersion::V5));
    const auto events = engine.receive(authBytes(ReasonCode::ContinueAuthentication, MethodX));
    verifyProtocolError(events, "MQTT-4.12.0-6");
    QVERIFY(authsReceived(events).isEmpty());
}

void tst_AuthEngine::authenticationMethodMustMatch_data()
{
    QTest::addColumn<std::optional<QString>>("connectMethod");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("rule");
    const auto y = std::optional<QString>(QStringLiteral("Y"));
    const auto x = std::optional<QString>(MethodX);
    const std::optional<QString> none;
    QTest::newRow("AUTH with another method")
        << x << authBytes(ReasonCode::ContinueAuthentication, y) << QByteArray("MQTT-4.12.0-5");
    QTest::newRow("AUTH without a method")
        << x << authBytes(ReasonCode::ContinueAuthentication, none) << QByteArray("MQTT-4.12.0-5");
    QTest::newRow("CONNACK with another method")
        << x << connAckBytes(y) << QByteArray("MQTT-4.12.0-5");
    QTest::newRow("CONNACK without the method")
        << x << connAckBytes() << QByteArray("MQTT-4.12.0-5");
    QTest::newRow("CONNACK with a method CONNECT did not send")
        << none << connAckBytes(x) << QByteArray("MQTT-4.12.0-6");
}

void tst_AuthEngine::authenticationMethodMustMatch()
{
    QFETCH(std::optional<QString>, connectMethod);
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, rule);
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, connectMethod));
    verifyProtocolError(engine.receive(reply), rule.constData());
}

void tst_AuthEngine::serverAuthReasonCodes_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QByteArray>("rule");
    // Re-authenticate is the client's code [MQTT-3.15.2-1]
    QTest::newRow("0x19 before CONNACK")
        << false << ReasonCode::ReAuthenticate << QByteArray("MQTT-3.15.2-1");
    QTest::newRow("0x19 when connected")
        << true << ReasonCode::ReAuthenticate << QByteArray("MQTT-3.15.2-1");
    // The first authentication ends with CONNACK; Success only ends a re-authentication.
    QTest::newRow("0x00 before CONNACK") << false << ReasonCode::Success << QByteArray("4.12.1");
    QTest::newRow("0x00 with no re-authentication")
        << true << ReasonCode::Success << QByteArray("4.12.1");
    QTest::newRow("0x18 with no re-authentication")
        << true << ReasonCode::ContinueAuthentication << QByteArray("4.12.1");
}

void tst_AuthEngine::serverAuthReasonCodes()
{
    QFETCH(bool, connected);
    QFETCH(ReasonCode, code);
    QFETCH(QByteArray, rule);
    ProtocolEngine engine;
    if (connected)
        connectEngine(engine);
    else
        engine.start(connectPacket(ProtocolVersion::V5, MethodX));
    verifyProtocolError(engine.receive(authBytes(code, MethodX)), rule.constData());
}

// AUTH is packet type 15, reserved in MQTT 3.1.1: a Malformed Packet, and 3.1.1 just closes.
void tst_AuthEngine::authIsMalformedInV311()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V311));
    const auto events = engine.receive(QByteArray::fromHex("f000"));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY(written(events).isEmpty());
    QVERIFY(!eventsOf<Engine::Close>(events).isEmpty());
}

void tst_AuthEngine::clientAuthRules_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<std::optional<QString>>("connectMethod");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<bool>("reauthenticating");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<std::optional<QString>>("method");
    QTest::addColumn<QByteArray>("rule");
    const auto x = std::optional<QString>(MethodX);
    const std::optional<QString> none;
    const auto v5 = ProtocolVersion::V5;
    QTest::newRow("no method in CONNECT")
        << v5 << none << true << false << ReasonCode::ReAuthenticate << none
        << QByteArray("MQTT-4.12.0-7");
    QTest::newRow("MQTT 3.1.1") << ProtocolVersion::V311 << none << true << false
                                << ReasonCode::ReAuthenticate << none
                                << QByteArray("MQTT 5.0 only");
    QTest::newRow("another method")
        << v5 << x << true << false << ReasonCode::ReAuthenticate
        << std::optional<QString>(QStringLiteral("Y")) << QByteArray("MQTT-4.12.1-1");
    QTest::newRow("Success is the server's")
        << v5 << x << true << false << ReasonCode::Success << none << QByteArray("MQTT-3.15.2-1");
    QTest::newRow("0x19 before CONNACK") << v5 << x << false << false << ReasonCode::ReAuthenticate
                                         << none << QByteArray("MQTT-4.12.1-1");
    QTest::newRow("0x18 with no exchange")
        << v5 << x << true << false << ReasonCode::ContinueAuthentication << none
        << QByteArray("no re-authentication");
    QTest::newRow("0x19 during a re-authentication")
        << v5 << x << true << true << ReasonCode::ReAuthenticate << none
        << QByteArray("already in progress");
}

void tst_AuthEngine::clientAuthRules()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(std::optional<QString>, connectMethod);
    QFETCH(bool, connected);
    QFETCH(bool, reauthenticating);
    QFETCH(ReasonCode, code);
    QFETCH(std::optional<QString>, method);
    QFETCH(QByteArray, rule);

    ProtocolEngine engine;
    engine.start(connectPacket(version, connectMethod));
    if (connected) {
        ConnAckPacket connAck;
        if (connectMethod)
            connAck.properties.setAuthenticationMethod(*connectMethod);
        engine.receive(encodePacket(connAck, version));
        QCOMPARE(engine.state(), Engine::State::Connected);
    }
    if (reauthenticating) {
        AuthPacket first;
        first.reasonCode = ReasonCode::ReAuthenticate;
        QVERIFY(eventsOf<Engine::SendRejected>(engine.auth(first)).isEmpty());
    }
    const Engine::State before = engine.state();

    AuthPacket auth;
    auth.reasonCode = code;
    if (method)
        auth.properties.setAuthenticationMethod(*method);
    const auto events = engine.auth(auth);
    const auto rejected = eventsOf<Engine::SendRejected>(events);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0].packetType, PacketType::Auth);
    QVERIFY2(rejected[0].error.message().contains(QLatin1StringView(rule)),
             qPrintable(rejected[0].error.message()));
    QVERIFY(written(events).isEmpty());
    QCOMPARE(engine.state(), before); // the connection is unaffected
}

// MQTT 4.12.1: AUTH 0x19 → AUTH 0x18 → AUTH 0x18 → AUTH 0x00, other traffic unaffected.
void tst_AuthEngine::reauthentication()
{
    ProtocolEngine engine;
    connectEngine(engine);
    AuthPacket start;
    start.reasonCode = ReasonCode::ReAuthenticate;
    // AUTH 0x19 with CONNECT's method filled in [MQTT-4.12.1-1]
    QCOMPARE(written(engine.auth(start)), QByteArray::fromHex("f006190415000158"));
    QVERIFY(engine.isReauthenticating());

    const auto challenged =
        engine.receive(authBytes(ReasonCode::ContinueAuthentication, MethodX, "c"));
    QCOMPARE(authsReceived(challenged).size(), 1);
    QVERIFY(failure(challenged).isNull());
    AuthPacket answer;
    answer.reasonCode = ReasonCode::ContinueAuthentication;
    answer.properties.setAuthenticationData(QByteArray("r"));
    QCOMPARE(written(engine.auth(answer)),
             authBytes(ReasonCode::ContinueAuthentication, MethodX, "r"));

    const auto done = engine.receive(authBytes(ReasonCode::Success, MethodX));
    QCOMPARE(authsReceived(done).size(), 1);
    QCOMPARE(authsReceived(done)[0].reasonCode, ReasonCode::Success);
    QVERIFY(failure(done).isNull());
    QVERIFY(!engine.isReauthenticating());
    QCOMPARE(engine.state(), Engine::State::Connected);
}

void tst_AuthEngine::reauthenticationWithAuthenticator()
{
    ScriptedAuthenticator authenticator;
    ProtocolEngine engine;
    engine.setAuthenticator(&authenticator);
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(MethodX, "final"));
    QCOMPARE(engine.state(), Engine::State::Connected);

    AuthPacket start;
    start.reasonCode = ReasonCode::ReAuthenticate;
    QCOMPARE(written(engine.auth(start)), authBytes(ReasonCode::ReAuthenticate, MethodX, "first"));
    QCOMPARE(authenticator.starts, 2);
    QCOMPARE(written(engine.receive(authBytes(ReasonCode::ContinueAuthentication, MethodX, "c"))),
             authBytes(ReasonCode::ContinueAuthentication, MethodX, "answer"));
    const auto done = engine.receive(authBytes(ReasonCode::Success, MethodX, "final"));
    QVERIFY(failure(done).isNull());
    QCOMPARE(authenticator.finals, (QByteArrayList {"final", "final"}));
    QVERIFY(!engine.isReauthenticating());
}

void tst_AuthEngine::authenticatorRefusalEndsConnection_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("refuses the challenge") << QStringLiteral("challenge");
    QTest::newRow("refuses CONNACK's final data") << QStringLiteral("connack");
    QTest::newRow("refuses AUTH Success's final data") << QStringLiteral("reauth");
}

// The client ends the exchange: DISCONNECT with a client's code, then close [MQTT-4.12.1-2].
void tst_AuthEngine::authenticatorRefusalEndsConnection()
{
    QFETCH(QString, stage);
    ScriptedAuthenticator authenticator;
    ProtocolEngine engine;
    engine.setAuthenticator(&authenticator);
    engine.start(connectPacket(ProtocolVersion::V5));
    Engine::Events events;
    if (stage == u"challenge") {
        authenticator.refuseChallenge = true;
        events = engine.receive(authBytes(ReasonCode::ContinueAuthentication, MethodX, "c"));
    } else if (stage == u"connack") {
        events = engine.receive(connAckBytes(MethodX, "forged"));
    } else {
        engine.receive(connAckBytes(MethodX, "final"));
        AuthPacket start;
        start.reasonCode = ReasonCode::ReAuthenticate;
        engine.auth(start);
        events = engine.receive(authBytes(ReasonCode::Success, MethodX, "forged"));
    }
    const MqttError error = failure(events);
    QCOMPARE(error.reasonCode(), ReasonCode::NotAuthorized);
    QVERIFY2(error.message().startsWith(u"scripted"), qPrintable(error.message()));
    QCOMPARE(written(events), disconnectBytes(ReasonCode::UnspecifiedError));
    QVERIFY(!eventsOf<Engine::Close>(events).isEmpty());
    QVERIFY(eventsOf<Engine::Connected>(events).isEmpty());
    QCOMPARE(eventsOf<Engine::Disconnected>(engine.closed()).first().reason,
             ReasonCode::NotAuthorized);
}

void tst_AuthEngine::authenticatorNeedsV5()
{
    ScriptedAuthenticator authenticator;
    ProtocolEngine engine;
    engine.setAuthenticator(&authenticator);
    const auto events = engine.start(connectPacket(ProtocolVersion::V311));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::BadAuthenticationMethod);
    QVERIFY(written(events).isEmpty());
    QVERIFY(!eventsOf<Engine::Close>(events).isEmpty());
}

void tst_AuthEngine::authenticatorMethodConflictsWithConnectProperties()
{
    ScriptedAuthenticator authenticator;
    ProtocolEngine engine;
    engine.setAuthenticator(&authenticator);
    const auto events = engine.start(connectPacket(ProtocolVersion::V5, QStringLiteral("Y")));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::BadAuthenticationMethod);
    QVERIFY(written(events).isEmpty());
}

int runAuthEngineTests(int argc, char **argv)
{
    tst_AuthEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_authengine.moc"
