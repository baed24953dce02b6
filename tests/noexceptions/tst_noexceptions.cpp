// Code built with -fno-exceptions can include every public header, make a client and use the
// value types (STYLE.md: no exception leaves a public function).
#include "allpublicheaders.h"

#include <QtTest/qsignalspy.h>
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
    void badAddressReportedNotThrown();
    void badRequestsFailTheirHandles();
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
    QCOMPARE(options.protocolVersion(), ProtocolVersion::V5);
    options.setClientId(QStringLiteral("noexceptions"));
    options.setKeepAliveInterval(30);
    const ConnectPacket connect = options.connectPacket();
    QCOMPARE(connect.clientId, QStringLiteral("noexceptions"));
    QCOMPARE(connect.keepAlive, quint16(30));

    MqttSubscribeOptions subscribe;
    QCOMPARE(subscribe.maximumQoS(), QoS::Q2);
    subscribe.setSubscriptionIdentifier(7);
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

// Code built without exceptions gets a bad address back as false and a named error: had the
// library thrown, this process would have ended in std::terminate().
void tst_NoExceptions::badAddressReportedNotThrown()
{
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions options;
    options.setAddress(QStringLiteral("bogus://127.0.0.1:1883"));
    QVERIFY(!client.connectToBroker(options));
    QCOMPARE(client.state(), MqttClient::State::Closed);
    QVERIFY2(client.lastError().message().contains(QStringLiteral("bogus")),
             qPrintable(client.lastError().message()));
    QVERIFY(errorSpy.wait(5'000));

    options.setAddress(QStringLiteral("mqtt://127.0.0.1:1883"));
    options.setProtocolVersion(ProtocolVersion::V311);
    options.setClientId({}); // MQTT 3.1.1 needs Clean Session for that (3.1.1: [MQTT-3.1.3-7])
    QVERIFY(!client.connectToBroker(options));
    QVERIFY(!client.lastError().isNull());
    QCOMPARE(client.state(), MqttClient::State::Closed);
}

void tst_NoExceptions::badRequestsFailTheirHandles()
{
    MqttClient client;
    const MqttPublishHandlePtr publish = client.publish(QStringLiteral("a/#"), "x");
    QVERIFY(!publish->waitForAcknowledged(5'000));
    QVERIFY(publish->isFailed());
    const MqttSubscribeHandlePtr subscribe = client.subscribe(QStringLiteral("a/#/b"));
    QVERIFY(!subscribe->waitForAcknowledged(5'000));
    QVERIFY(subscribe->isFailed());
    MqttError error;
    QVERIFY(joinShare(u"a/b", ShareName(QStringLiteral("x/y")), &error).isEmpty());
    QVERIFY(!error.isNull());
}

QTEST_GUILESS_MAIN(tst_NoExceptions)
#include "tst_noexceptions.moc"
