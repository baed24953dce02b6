// Code built with -fno-exceptions can include every public header, make a client and use the
// value types (STYLE.md: no exception leaves a public function).
#include "allpublicheaders.h"

#include <QtTest/qtest.h>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#error "tst_noexceptions must be compiled with -fno-exceptions"
#endif

using namespace OhMqtt;

class tst_NoExceptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newClientIsClosed();
    void valueTypes();
    void noexceptHelpers();
    void scramAuthenticator();
    // connectToBroker() with a bad address belongs here, once it reports the error through
    // lastError() and errorOccurred() instead of throwing (mqttclient.h): a client given
    // "bogus://" must stay Closed and say why. Until then, calling it from code built with
    // -fno-exceptions would end the process, so this suite does not.
};

void tst_NoExceptions::newClientIsClosed()
{
    MqttClient client;
    QCOMPARE(client.state(), MqttClient::State::Closed);
    QVERIFY(!client.isConnected());
    QVERIFY(!client.isLoopRunning());
    QVERIFY(client.lastError().isNull());
    QCOMPARE(client.authenticator(), nullptr);
}

void tst_NoExceptions::valueTypes()
{
    const MqttError none;
    QVERIFY(none.isNull());
    const MqttError error(QStringLiteral("PUBLISH: QoS 3"), ReasonCode::MalformedPacket);
    QVERIFY(!error.isNull());
    QCOMPARE(error.reasonCode(), ReasonCode::MalformedPacket);
    QCOMPARE(error.message(), QStringLiteral("PUBLISH: QoS 3"));

    PublishPacket publish;
    publish.topic = QStringLiteral("a/b");
    publish.payload = "payload";
    publish.qos = QoS::Q1;
    const MqttMessage message(std::move(publish));
    const MqttMessage copy = message;
    QCOMPARE(copy.topic(), QStringLiteral("a/b"));
    QCOMPARE(copy.payload(), QByteArray("payload"));
    QCOMPARE(copy.qos(), QoS::Q1);
    QVERIFY(copy == message);
    QVERIFY(MqttMessage().topic().isEmpty());

    MqttConnectOptions options;
    QCOMPARE(options.protocolVersion, ProtocolVersion::V5);
    options.clientId = QStringLiteral("noexceptions");
    options.keepAliveInterval = 30;
    const ConnectPacket connect = options.connectPacket();
    QCOMPARE(connect.clientId, QStringLiteral("noexceptions"));
    QCOMPARE(connect.keepAlive, quint16(30));

    MqttSubscribeOptions subscribe;
    QCOMPARE(subscribe.maxQos, QoS::Q2);
    subscribe.subscriptionId = 7;
    QVERIFY(subscribe != MqttSubscribeOptions());
}

// The helpers that report by return value are the part of the protocol-level API such code can
// call with untrusted input (docs/protocol-api.md).
void tst_NoExceptions::noexceptHelpers()
{
    QVERIFY(isValidTopic(u"sensors/kitchen"));
    QVERIFY(!isValidTopic(u"sensors/+"));
    QVERIFY(isValidTopicFilter(u"sensors/#"));
    QVERIFY(matchTopicFilter(u"sensors/+", u"sensors/kitchen"));
    QCOMPARE(Serialization::utf8Problem(QByteArrayView("ok")), nullptr);
    QVERIFY(Serialization::utf8Problem(QByteArrayView("\xC0\x80")) != nullptr);
    QVERIFY(allows(PropertyScope::Publish, PropertyId::TopicAlias));
}

void tst_NoExceptions::scramAuthenticator()
{
    MqttScramAuthenticator authenticator(QStringLiteral("user"), "secret");
    MqttAuthenticator &base = authenticator; // virtual calls across the library boundary
    QCOMPARE(base.method(), QStringLiteral("SCRAM-SHA-256"));
    QVERIFY(base.initialData().has_value());
    QVERIFY(base.lastError().isNull());
}

QTEST_GUILESS_MAIN(tst_NoExceptions)
#include "tst_noexceptions.moc"
