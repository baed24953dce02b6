// MqttClient through Qt's meta-object system and the setTransport() seam.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "support/devicepair.h"
#include "support/mosquittobroker.h"

#include <QtCore/qmetaobject.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

QString uniqueClientId()
{
    static int counter = 0;
    return QStringLiteral("ohmqtt-tst-clientapi-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

} // namespace

class tst_ClientApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void propertiesNotify();
    void requestsThroughTheMetaObject();
    void startLoopRefusedWithParent();
    void deadlineOverloads();
    void transportSeamCarriesTheConnection();
    void refusedWriteFailsQoS0Handle();

private:
    MqttConnectOptions brokerOptions() const;
    MqttConnectOptions seamOptions() const;
    // Connects over `pair`, answering CONNECT with `connAck`.
    bool connectOverSeam(MqttClient &client, DevicePair &pair, const ConnAckPacket &connAck = {});

    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_ClientApi::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

MqttConnectOptions tst_ClientApi::brokerOptions() const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    return options;
}

MqttConnectOptions tst_ClientApi::seamOptions() const
{
    MqttConnectOptions options;
    options.setAddress(QStringLiteral("mqtt://seam.invalid"));
    options.setClientId(QStringLiteral("seam-client"));
    options.setCleanStart(true);
    return options;
}

bool tst_ClientApi::connectOverSeam(MqttClient &client, DevicePair &pair,
                                    const ConnAckPacket &connAck)
{
    client.setTransport(&pair.client);
    QSignalSpy readable(&pair.broker, &QIODevice::readyRead);
    if (!client.connectToBroker(seamOptions()) || !readable.wait(WaitMs))
        return false;
    const QByteArray connect = pair.broker.readAll();
    if (connect.isEmpty() || quint8(connect.at(0)) != 0x10 || !connect.contains("seam-client"))
        return false;
    pair.broker.write(encodePacket(connAck, ProtocolVersion::V5));
    return client.waitForConnected(WaitMs);
}

// What a UI binds to: every property reads through the meta-object and notifies.
void tst_ClientApi::propertiesNotify()
{
    MqttClient client;
    QSignalSpy connectedSpy(&client, &MqttClient::connectedChanged);
    QSignalSpy clientIdSpy(&client, &MqttClient::clientIdChanged);
    QSignalSpy resultSpy(&client, &MqttClient::connectResultChanged);
    QSignalSpy optionsSpy(&client, &MqttClient::connectOptionsChanged);

    const MqttConnectOptions options = brokerOptions();
    QVERIFY(client.setProperty("connectOptions", QVariant::fromValue(options)));
    QCOMPARE(optionsSpy.size(), 1);
    QCOMPARE(client.connectOptions(), options);
    QVERIFY(!client.property("connected").toBool());
    QVERIFY(client.property("connectResult").value<MqttConnectResult>().isNull());

    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(&client, "connectToBroker", Q_RETURN_ARG(bool, started)));
    QVERIFY(started);
    QVERIFY(connectedSpy.wait(WaitMs));
    QCOMPARE(connectedSpy.at(0).at(0).toBool(), true);
    QVERIFY(client.property("connected").toBool());
    QCOMPARE(client.property("state").value<MqttClient::State>(), MqttClient::State::Connected);
    QCOMPARE(client.property("clientId").toString(), options.clientId());
    QVERIFY(!clientIdSpy.isEmpty());
    QCOMPARE(clientIdSpy.last().at(0).toString(), options.clientId());
    QCOMPARE(resultSpy.size(), 1);
    const auto result = client.property("connectResult").value<MqttConnectResult>();
    QVERIFY(result.isAccepted());
    QCOMPARE(result.reasonCode(), ReasonCode::Success);
    QVERIFY(client.property("lastError").value<MqttError>().isNull());

    QVERIFY(QMetaObject::invokeMethod(&client, "disconnectFromBroker"));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 2, WaitMs);
    QCOMPARE(connectedSpy.last().at(0).toBool(), false);
}

// QMetaObject::invokeMethod() (and so QML) reaches the requests.
void tst_ClientApi::requestsThroughTheMetaObject()
{
    MqttClient client;
    QVERIFY(client.connectToBroker(brokerOptions()));
    QVERIFY(client.waitForConnected(WaitMs));
    const QString topic = QStringLiteral("ohmqtt/tst_clientapi/%1").arg(client.clientId());

    MqttSubscribeHandlePtr subscribe;
    QVERIFY(QMetaObject::invokeMethod(&client, "subscribe",
                                      Q_RETURN_ARG(OhMqtt::MqttSubscribeHandlePtr, subscribe),
                                      Q_ARG(QString, topic)));
    QVERIFY(subscribe);
    QVERIFY(subscribe->waitForAcknowledged(WaitMs));
    const MqttSubscribeResult granted = subscribe->result();
    QVERIFY(granted.isGranted());
    QCOMPARE(granted.grantedQoS(), QoS::Q2);
    QCOMPARE(subscribe->property("result").value<MqttSubscribeResult>(), granted);

    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    MqttPublishHandlePtr publish;
    QVERIFY(QMetaObject::invokeMethod(
        &client, "publish", Q_RETURN_ARG(OhMqtt::MqttPublishHandlePtr, publish),
        Q_ARG(QString, topic), Q_ARG(QByteArray, "via invokeMethod"), Q_ARG(OhMqtt::QoS, QoS::Q1)));
    QVERIFY(publish);
    QVERIFY(publish->waitForAcknowledged(WaitMs));
    QVERIFY(publish->property("acknowledged").toBool());
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 1, WaitMs);
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("via invokeMethod"));

    MqttUnsubscribeHandlePtr unsubscribe;
    QVERIFY(QMetaObject::invokeMethod(&client, "unsubscribe",
                                      Q_RETURN_ARG(OhMqtt::MqttUnsubscribeHandlePtr, unsubscribe),
                                      Q_ARG(QString, topic)));
    QVERIFY(unsubscribe->waitForAcknowledged(WaitMs));
}

void tst_ClientApi::startLoopRefusedWithParent()
{
    QObject parent;
    auto *client = new MqttClient(&parent);
    QSignalSpy errorSpy(client, &MqttClient::errorOccurred);
    QVERIFY(!client->startLoop());
    QVERIFY(!client->isLoopRunning());
    QVERIFY2(client->lastError().message().contains(QStringLiteral("parent")),
             qPrintable(client->lastError().message()));
    QVERIFY(errorSpy.wait(WaitMs));
    QCOMPARE(client->thread(), QThread::currentThread());
}

// A broker that takes CONNECT and says nothing: the deadline ends the waits.
void tst_ClientApi::deadlineOverloads()
{
    DevicePair pair;
    MqttClient client;
    client.setTransport(&pair.client);
    QCOMPARE(client.transport(), &pair.client);
    QVERIFY(client.connectToBroker(seamOptions()));
    QVERIFY(!client.waitForConnected(QDeadlineTimer(100)));
    QVERIFY2(client.lastError().message().contains(QStringLiteral("waitForConnected")),
             qPrintable(client.lastError().message()));
    QCOMPARE(client.state(), MqttClient::State::ConnectSent);
    const MqttPublishHandlePtr queued = client.publish(QStringLiteral("t"), "x", QoS::Q1);
    QVERIFY(!queued->waitForAcknowledged(QDeadlineTimer(50)));
    QVERIFY(!queued->isDone()); // still queued for after CONNACK
    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(QDeadlineTimer(WaitMs)));
    QVERIFY(queued->waitForAcknowledged(QDeadlineTimer(WaitMs)) == false);
    QVERIFY(queued->isFailed());
}

// setTransport(): the test plays the broker over an in-memory device pair.
void tst_ClientApi::transportSeamCarriesTheConnection()
{
    DevicePair pair;
    MqttClient client;
    ConnAckPacket connAck;
    connAck.properties.setAssignedClientIdentifier(QStringLiteral("given-by-test"));
    QVERIFY(connectOverSeam(client, pair, connAck));
    QCOMPARE(client.clientId(), QStringLiteral("given-by-test"));
    QCOMPARE(client.connectResult().assignedClientIdentifier(), QStringLiteral("given-by-test"));

    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    PublishPacket fromBroker;
    fromBroker.topic = QStringLiteral("seam/in");
    fromBroker.payload = "from the test";
    pair.broker.write(encodePacket(fromBroker, ProtocolVersion::V5));
    QVERIFY(messageSpy.wait(WaitMs));
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("from the test"));

    const MqttPublishHandlePtr publish = client.publish(QStringLiteral("seam/out"), "to the test");
    QVERIFY(publish->waitForAcknowledged(WaitMs)); // QoS 0: done once the device took it
    QTRY_VERIFY_WITH_TIMEOUT(pair.broker.bytesAvailable() > 0, WaitMs);
    const QByteArray written = pair.broker.readAll();
    QCOMPARE(quint8(written.at(0)), quint8(0x30)); // PUBLISH, QoS 0
    QVERIFY(written.contains("to the test"));
}

// A QoS 0 PUBLISH whose bytes the transport refuses did not go out: its handle fails.
void tst_ClientApi::refusedWriteFailsQoS0Handle()
{
    DevicePair pair;
    MqttClient client;
    QVERIFY(connectOverSeam(client, pair));
    pair.client.setRefuseWrites(true);
    const MqttPublishHandlePtr publish = client.publish(QStringLiteral("seam/out"), "lost");
    QVERIFY(!publish->waitForAcknowledged(WaitMs));
    QVERIFY(publish->isFailed());
    QVERIFY2(publish->error().message().contains(QStringLiteral("refused the write")),
             qPrintable(publish->error().message()));
}

QTEST_GUILESS_MAIN(tst_ClientApi)
#include "tst_clientapi.moc"
