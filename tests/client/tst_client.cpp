// MqttClient against a real mosquitto: connect, subscribe, publish, unsubscribe, disconnect,
// errors.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <OhMqttTest/mqttmessagespy.h>
#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <QtCore/qloggingcategory.h>

#include <memory>
#include <mutex>

using namespace OhMqtt;
using namespace std::chrono_literals;
using OhMqttTest::MosquittoBroker;
using State = MqttClient::State;

using OhMqttTest::addVersionRows;
using OhMqttTest::states;

namespace {

constexpr int WaitMs = 5'000;

QString uniqueClientId()
{
    return OhMqttTest::uniqueClientId("client");
}

// Every message of every category, while installed (qInstallMessageHandler).
class LogCapture
{
public:
    LogCapture()
    {
        const std::lock_guard lock(s_mutex);
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.*=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QStringList lines()
    {
        const std::lock_guard lock(s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        const std::lock_guard lock(s_mutex);
        s_lines.append(QString::fromUtf8(context.category ? context.category : "default") +
                       QStringLiteral(": ") + message);
    }

    static inline std::mutex s_mutex;
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

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

} // namespace

class tst_Client : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void connectSubscribePublishUnsubscribeDisconnect_data() { addVersionRows(); }
    void connectSubscribePublishUnsubscribeDisconnect();
    void qos1And2RoundTrip_data();
    void qos1And2RoundTrip();
    void disconnectFromMessageSlotAcknowledgesFirst_data();
    void disconnectFromMessageSlotAcknowledgesFirst();
    void requestsWhileConnectingAreQueued_data() { addVersionRows(); }
    void requestsWhileConnectingAreQueued();
    void keepAlivePingsBroker();
    void handlesLiveWhileHeld();
    void onFinishedRunsOnceWhateverTheOrder();
    void invalidTopicFailsHandleNotConnection();
    void droppedHandleIsForgotten();
    void clientDestroyedWithRequestsInFlight();
    void requestsWhileClosedWaitForConnection();
    void topicAliasesThroughMosquitto();
    void sharedSubscriptionSplitsTheStream();
    void badAddressFailsBeforeIo_data();
    void badAddressFailsBeforeIo();
    void invalidOptionsFailBeforeIo();
    void closedPortGivesError();
    void connectTimeout();
    void connectTimeoutDefaultsToThirtySeconds();
    void sessionTakeOverEndsConnection();
    void serverDisconnectIsReported();
    void malformedInputIsAnsweredWithDisconnect();
    void shutdownIsFinal();
    void secretsNeverLogged_data() { addVersionRows(); }
    void secretsNeverLogged();

private:
    MqttConnectOptions options(ProtocolVersion version) const;
    bool connectClient(MqttClient &client, ProtocolVersion version);

    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Client::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

MqttConnectOptions tst_Client::options(ProtocolVersion version) const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    options.setProtocolVersion(version);
    return options;
}

bool tst_Client::connectClient(MqttClient &client, ProtocolVersion version)
{
    client.connectToBroker(options(version));
    return client.waitForConnected(WaitMs);
}

void tst_Client::connectSubscribePublishUnsubscribeDisconnect()
{
    QFETCH(ProtocolVersion, version);
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy connectedSpy(&client, &MqttClient::brokerConnected);
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);

    client.connectToBroker(options(version));
    QCOMPARE(client.state(), State::Connecting);
    QVERIFY(connectedSpy.wait(WaitMs));
    QVERIFY(client.isConnected());
    QCOMPARE(states(stateSpy), (QList {State::Connecting, State::ConnectSent, State::Connected}));
    QCOMPARE(connectedSpy.at(0).at(0).value<MqttConnectResult>().reasonCode(), ReasonCode::Success);
    QCOMPARE(client.connectResult().packet().reasonCode, ReasonCode::Success);

    const QString prefix =
        QStringLiteral("ohmqtt/tst_client/%1/%2")
            .arg(QLatin1StringView(QTest::currentDataTag()), client.connectOptions().clientId());
    QList<MqttMessage> viaCallback;
    const auto subscribe = client.subscribe(prefix + QStringLiteral("/+"), {},
                                            [&](const MqttMessage &m) { viaCallback.append(m); });
    QSignalSpy subAckSpy(subscribe.get(), &MqttSubscribeHandle::acknowledged);
    QVERIFY(subAckSpy.wait(WaitMs));
    QCOMPARE(subAckSpy.at(0).at(0).value<SubAckPacket>().reasonCodes,
             QList {ReasonCode::GrantedQoS2});

    const auto publish = client.publish(prefix + QStringLiteral("/a"), "hello");
    QSignalSpy publishedSpy(publish.get(), &MqttPublishHandle::acknowledged);
    QVERIFY(messageSpy.wait(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(publishedSpy.size(), 1, WaitMs); // QoS 0: done when written
    const auto message = messageSpy.at(0).at(0).value<MqttMessage>();
    QCOMPARE(message.topic(), prefix + QStringLiteral("/a"));
    QCOMPARE(message.payload(), QByteArray("hello"));
    QCOMPARE(message.qos(), QoS::Q0);
    QCOMPARE(viaCallback.size(), 1);
    QCOMPARE(viaCallback.first(), message);
    // One message, shared: the callback and the signal see the same payload bytes.
    QCOMPARE(viaCallback.first().payload().constData(), message.payload().constData());

    const auto unsubscribe = client.unsubscribe(prefix + QStringLiteral("/+"));
    QVERIFY(unsubscribe->waitForAcknowledged(WaitMs));

    // A fence: the message to the unsubscribed filter is published first, so once the fence
    // arrives the other one would have too.
    client.subscribe(prefix + QStringLiteral("/fence/#"));
    client.publish(prefix + QStringLiteral("/b"), "not for us");
    client.publish(prefix + QStringLiteral("/fence/x"), "fence");
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 2, WaitMs);
    QCOMPARE(messageSpy.at(1).at(0).value<MqttMessage>().payload(), QByteArray("fence"));
    QCOMPARE(viaCallback.size(), 1);

    stateSpy.clear();
    client.disconnectFromBroker();
    QVERIFY(disconnectedSpy.wait(WaitMs));
    QCOMPARE(states(stateSpy), (QList {State::Closing, State::Closed}));
    QCOMPARE(disconnectedSpy.size(), 1);
    QVERIFY2(errorSpy.isEmpty(), qPrintable(client.lastError().message()));
    QVERIFY(client.lastError().isNull());
}

void tst_Client::qos1And2RoundTrip_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::newRow("5.0 QoS 1") << ProtocolVersion::V5 << QoS::Q1;
    QTest::newRow("5.0 QoS 2") << ProtocolVersion::V5 << QoS::Q2;
    QTest::newRow("3.1.1 QoS 1") << ProtocolVersion::V311 << QoS::Q1;
    QTest::newRow("3.1.1 QoS 2") << ProtocolVersion::V311 << QoS::Q2;
}

// Outbound QoS 1/2 flows end the handle; inbound ones are acknowledged by the engine.
void tst_Client::qos1And2RoundTrip()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    MqttClient client;
    QVERIFY2(connectClient(client, version), qPrintable(client.lastError().message()));
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/qos/%1").arg(client.connectOptions().clientId());
    MqttMessageSpy messages(&client, topic);
    QVERIFY(client.subscribe(topic)->waitForAcknowledged(WaitMs));

    const int count = 30; // more than mosquitto's default Receive Maximum of 20
    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < count; ++i)
        handles.append(client.publish(topic, QByteArray::number(i), qos));
    QVERIFY(messages.wait(count, WaitMs));
    QCOMPARE(messages.count(), count);
    for (int i = 0; i < count; ++i) {
        const MqttMessage message = messages.at(i);
        QCOMPARE(message.payload(), QByteArray::number(i));
        QCOMPARE(message.qos(), qos);
    }
    for (const auto &handle : handles) {
        QVERIFY(handle->waitForAcknowledged(WaitMs));
        const PublishAck ack = handle->acknowledgement();
        QVERIFY(qos == QoS::Q1 ? std::holds_alternative<PubAckPacket>(ack)
                               : std::holds_alternative<PubCompPacket>(ack));
        QVERIFY(handle->packetId() != 0);
    }
    QVERIFY(client.isConnected());
    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
}

void tst_Client::disconnectFromMessageSlotAcknowledgesFirst_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::newRow("5.0 QoS 1 PUBACK [MQTT-4.3.2-4]") << ProtocolVersion::V5 << QoS::Q1;
    QTest::newRow("5.0 QoS 2 PUBREC [MQTT-4.3.3-8]") << ProtocolVersion::V5 << QoS::Q2;
    QTest::newRow("3.1.1 QoS 1 PUBACK [MQTT-4.3.2-2]") << ProtocolVersion::V311 << QoS::Q1;
    QTest::newRow("3.1.1 QoS 2 PUBREC [MQTT-4.3.3-2]") << ProtocolVersion::V311 << QoS::Q2;
}

// A slot that disconnects on the message it is handling: the message's PUBACK or PUBREC still
// goes out, before DISCONNECT [MQTT-3.14.4-1], so the broker does not deliver it again in the
// next session. The next session shows it: the broker resends an unacknowledged message
// [MQTT-4.4.0-1], before the fence queued after it.
void tst_Client::disconnectFromMessageSlotAcknowledgesFirst()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    MqttConnectOptions session = options(version);
    session.setCleanStart(false); // a new client id: a new session, kept after the connection
    if (version == ProtocolVersion::V5) {
        ConnectProperties properties = session.connectProperties();
        properties.setSessionExpiryInterval(300); // the session outlives it
        session.setConnectProperties(properties);
    }
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/ack-before-disconnect/%1").arg(session.clientId());

    MqttClient subscriber;
    subscriber.connectToBroker(session);
    QVERIFY2(subscriber.waitForConnected(WaitMs), qPrintable(subscriber.lastError().message()));
    QVERIFY(subscriber.subscribe(topic)->waitForAcknowledged(WaitMs)); // up to QoS 2
    QSignalSpy received(&subscriber, &MqttClient::messageReceived);
    QSignalSpy disconnected(&subscriber, &MqttClient::disconnected);
    connect(&subscriber, &MqttClient::messageReceived, &subscriber,
            [&subscriber] { subscriber.disconnectFromBroker(); });

    MqttClient publisher;
    QVERIFY(connectClient(publisher, ProtocolVersion::V5));
    QVERIFY(publisher.publish(topic, "once", qos)->waitForAcknowledged(WaitMs));
    QVERIFY(disconnected.wait(WaitMs));
    QCOMPARE(received.size(), 1);
    QVERIFY2(subscriber.lastError().isNull(), qPrintable(subscriber.lastError().message()));

    // Queued for the session while it is away; a fresh client, as a new process would be.
    QVERIFY(publisher.publish(topic, "fence", qos)->waitForAcknowledged(WaitMs));
    MqttClient resumed;
    QSignalSpy resumedReceived(&resumed, &MqttClient::messageReceived);
    resumed.connectToBroker(session);
    QVERIFY2(resumed.waitForConnected(WaitMs), qPrintable(resumed.lastError().message()));
    QVERIFY(resumed.connectResult().packet().sessionPresent);
    QTRY_VERIFY_WITH_TIMEOUT(!resumedReceived.isEmpty(), WaitMs);
    const auto first = resumedReceived.at(0).at(0).value<MqttMessage>();
    QVERIFY2(
        first.payload() == "fence",
        qPrintable(QStringLiteral("delivered again: %1").arg(QString::fromUtf8(first.payload()))));
    resumed.disconnectFromBroker();
    QVERIFY(resumed.waitForDisconnected(WaitMs));
}

void tst_Client::requestsWhileConnectingAreQueued()
{
    QFETCH(ProtocolVersion, version);
    MqttClient client;
    MqttMessageSpy messages(&client);
    const MqttConnectOptions connectOptions = options(version);
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/queued/%1").arg(connectOptions.clientId());
    client.connectToBroker(connectOptions);
    QCOMPARE(client.state(), State::Connecting);
    const auto subscribe = client.subscribe(topic);
    QSignalSpy subAckSpy(subscribe.get(), &MqttSubscribeHandle::acknowledged);
    client.publish(topic, "early");
    QVERIFY(subAckSpy.wait(WaitMs));
    QVERIFY(messages.wait(1, WaitMs));
    QCOMPARE(messages.at(0).payload(), QByteArray("early"));
}

// [MQTT-3.1.2-20] with nothing else to send, PINGREQ keeps the connection; mosquitto logs it.
void tst_Client::keepAlivePingsBroker()
{
    MqttClient client;
    MqttConnectOptions connectOptions = options(ProtocolVersion::V5);
    connectOptions.setKeepAliveInterval(1);
    client.connectToBroker(connectOptions);
    QVERIFY(client.waitForConnected(WaitMs));
    const QString pingResp =
        QStringLiteral("Sending PINGRESP to %1").arg(connectOptions.clientId());
    QTRY_VERIFY_WITH_TIMEOUT(m_broker->logText().contains(pingResp), WaitMs);
    QVERIFY(client.isConnected());
    QCOMPARE(client.lastError().isNull(), true);
}

// An ignored handle is gone once it has ended; a kept one stays valid, and ended, while held.
void tst_Client::handlesLiveWhileHeld()
{
    MqttClient client;
    QVERIFY(connectClient(client, ProtocolVersion::V5));
    QPointer<MqttPublishHandle> ignored =
        client.publish(QStringLiteral("ohmqtt/tst_client/auto"), "x").get();
    QVERIFY(!ignored.isNull()); // the request holds it while pending
    QTRY_VERIFY_WITH_TIMEOUT(ignored.isNull(), WaitMs);

    MqttPublishHandlePtr kept = client.publish(QStringLiteral("ohmqtt/tst_client/auto"), "y");
    QVERIFY(kept->waitForAcknowledged(WaitMs));
    QVERIFY(std::holds_alternative<std::monostate>(kept->acknowledgement())); // QoS 0: written
    QVERIFY(client.subscribe(QStringLiteral("x"))->waitForAcknowledged(WaitMs)); // loop turns
    QVERIFY(kept->isAcknowledged());
    QCOMPARE(kept->parent(), nullptr);
    const QPointer<MqttPublishHandle> watched(kept.get());
    kept.reset(); // the client let go once it ended: this was the last pointer
    QVERIFY(watched.isNull());
}

// onFinished() runs once the handle ends, or at once when it already has; never twice.
void tst_Client::onFinishedRunsOnceWhateverTheOrder()
{
    MqttClient client;
    QVERIFY(connectClient(client, ProtocolVersion::V5));
    const QString topic = QStringLiteral("ohmqtt/tst_client/onfinished");
    const MqttPublishHandlePtr pending = client.publish(topic, "x", QoS::Q1);
    int pendingRuns = 0;
    pending->onFinished(this, [&] { ++pendingRuns; });
    QCOMPARE(pendingRuns, 0);
    QVERIFY(pending->waitForAcknowledged(WaitMs));
    QCOMPARE(pendingRuns, 1);

    int doneRuns = 0;
    pending->onFinished(this, [&] { ++doneRuns; }); // ended already: runs now, in this thread
    QCOMPARE(doneRuns, 1);

    // Asked while finished() is being emitted: the handle counts as finished, so it runs.
    const MqttPublishHandlePtr reentrant = client.publish(topic, "y", QoS::Q1);
    int lateRuns = 0;
    connect(reentrant.get(), &MqttHandle::finished, this,
            [&] { reentrant->onFinished(this, [&] { ++lateRuns; }); });
    QVERIFY(reentrant->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(lateRuns, 1, WaitMs);

    const MqttPublishHandlePtr refused = client.publish(QStringLiteral("a/#"), "x");
    int refusedRuns = 0;
    refused->onFinished(this, [&] { ++refusedRuns; });
    QVERIFY(!refused->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(refusedRuns, 1, WaitMs);
    QCOMPARE(pendingRuns, 1);
    QCOMPARE(doneRuns, 1);
}

void tst_Client::invalidTopicFailsHandleNotConnection()
{
    MqttClient client;
    QVERIFY(connectClient(client, ProtocolVersion::V5));
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);

    const auto publish = client.publish(QStringLiteral("a/#"), "x");
    QSignalSpy publishFailed(publish.get(), &MqttHandle::failed);
    QVERIFY(publishFailed.wait(WaitMs));
    QCOMPARE(publishFailed.at(0).at(0).value<MqttError>().reasonCode(),
             ReasonCode::TopicNameInvalid);

    const auto subscribe = client.subscribe(QStringLiteral("a/#/b"));
    QSignalSpy subscribeFailed(subscribe.get(), &MqttHandle::failed);
    QVERIFY(subscribeFailed.wait(WaitMs));
    QCOMPARE(subscribeFailed.at(0).at(0).value<MqttError>().reasonCode(),
             ReasonCode::TopicFilterInvalid);

    const auto badQos = client.publish(QStringLiteral("a"), "x", QoS(3));
    QVERIFY(!badQos->waitForAcknowledged(WaitMs));

    const auto badShare = client.unsubscribe(QStringLiteral("a"), QStringLiteral("x/y"));
    QSignalSpy shareFailed(badShare.get(), &MqttHandle::failed);
    QVERIFY(shareFailed.wait(WaitMs));

    QVERIFY(client.isConnected());
    QVERIFY(errorSpy.isEmpty());
}

void tst_Client::droppedHandleIsForgotten()
{
    MqttClient client;
    QVERIFY(connectClient(client, ProtocolVersion::V5));
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/forgotten/%1").arg(client.connectOptions().clientId());
    client.subscribe(topic).reset();
    client.publish(topic, "x", QoS::Q1).reset();
    // Requests still go out and their acknowledgements are dropped quietly.
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    QVERIFY(client.subscribe(topic + QStringLiteral("/2"))->waitForAcknowledged(WaitMs));
    QVERIFY(
        client.publish(topic + QStringLiteral("/2"), "y", QoS::Q1)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 2, WaitMs); // "x" and "y"
    QVERIFY(client.isConnected());
}

// Handles outlive their client when held: pending ones fail, and say why.
void tst_Client::clientDestroyedWithRequestsInFlight()
{
    auto client = std::make_unique<MqttClient>();
    QVERIFY(connectClient(*client, ProtocolVersion::V5));
    const MqttSubscribeHandlePtr subscribe =
        client->subscribe(QStringLiteral("ohmqtt/tst_client/gone"));
    const MqttPublishHandlePtr publish =
        client->publish(QStringLiteral("ohmqtt/tst_client/gone"), "x", QoS::Q2);
    int finishedRuns = 0;
    publish->onFinished(this, [&] { ++finishedRuns; });
    QSignalSpy failedSpy(subscribe.get(), &MqttHandle::failed);
    client.reset();
    QVERIFY(subscribe->isFailed());
    QVERIFY(publish->isFailed());
    QVERIFY2(publish->error().message().contains(QStringLiteral("destroyed")),
             qPrintable(publish->error().message()));
    QCOMPARE(failedSpy.size(), 1);
    QCOMPARE(finishedRuns, 1);
    QVERIFY(!publish->waitForAcknowledged(0));
    // What was queued for the destroyed client must not run.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(finishedRuns, 1);
}

// The offline queue: requests made while Closed wait for the next connection, also across a
// disconnectFromBroker(); shutdown() is what fails them.
void tst_Client::requestsWhileClosedWaitForConnection()
{
    MqttClient client;
    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    const MqttConnectOptions connectOptions = options(ProtocolVersion::V5);
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/offline/%1").arg(connectOptions.clientId());
    const MqttSubscribeHandlePtr subscribe = client.subscribe(topic);
    const MqttPublishHandlePtr publish = client.publish(topic, "queued while closed", QoS::Q1);
    QVERIFY(!client.subscribe(QStringLiteral("a/#/b"))->waitForAcknowledged(WaitMs)); // never
    QVERIFY(!publish->isDone());
    QVERIFY(client.connectToBroker(connectOptions));
    QVERIFY(subscribe->waitForAcknowledged(WaitMs));
    QVERIFY(publish->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 1, WaitMs);

    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
    const MqttPublishHandlePtr afterDisconnect = client.publish(topic, "after", QoS::Q1);
    QVERIFY(!afterDisconnect->waitForAcknowledged(50));
    QVERIFY(!afterDisconnect->isDone());
    QVERIFY(client.connectToBroker(connectOptions));
    QVERIFY(afterDisconnect->waitForAcknowledged(WaitMs));

    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
    const MqttPublishHandlePtr beforeShutdown = client.publish(topic, "never", QoS::Q1);
    client.shutdown();
    QVERIFY(!beforeShutdown->waitForAcknowledged(WaitMs));
    QVERIFY2(beforeShutdown->error().message().contains(QStringLiteral("shut down")),
             qPrintable(beforeShutdown->error().message()));
    QVERIFY(client.publish(topic, "refused")->isFailed()); // known at once after shutdown
}

// mosquitto grants Topic Aliases (max_topic_alias, 10 by default): messages published with one,
// the alias alone from the second on, arrive under their full topic.
void tst_Client::topicAliasesThroughMosquitto()
{
    MqttClient client;
    QVERIFY(connectClient(client, ProtocolVersion::V5));
    QVERIFY(client.connectResult().topicAliasMaximum() > 0);
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/alias/%1").arg(client.connectOptions().clientId());
    MqttMessageSpy messages(&client); // every topic: a wrong one must show
    QVERIFY(client.subscribe(topic)->waitForAcknowledged(WaitMs));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(
            client.publish(topic, QByteArray::number(i), QoS::Q1, false, {}, AliasPolicy::Always)
                ->waitForAcknowledged(WaitMs));
    }
    QVERIFY(messages.wait(3, WaitMs));
    QCOMPARE(messages.count(), 3);
    for (int i = 0; i < 3; ++i) {
        const MqttMessage message = messages.at(i);
        QCOMPARE(message.topic(), topic);
        QCOMPARE(message.payload(), QByteArray::number(i));
    }
    QVERIFY(client.isConnected());
}

// Two clients in one share group split a stream of QoS 1 messages (MQTT 4.8.2): together they get
// every message exactly once, and each gets some.
void tst_Client::sharedSubscriptionSplitsTheStream()
{
    constexpr int Count = 100;
    MqttClient first;
    MqttClient second;
    MqttClient publisher;
    QVERIFY(connectClient(first, ProtocolVersion::V5));
    QVERIFY(connectClient(second, ProtocolVersion::V5));
    QVERIFY(connectClient(publisher, ProtocolVersion::V5));
    const QString topic =
        QStringLiteral("ohmqtt/tst_client/shared/%1").arg(publisher.connectOptions().clientId());
    MqttSubscribeOptions shared;
    shared.setShareName(QStringLiteral("workers"));
    shared.setMaximumQoS(QoS::Q1);
    QHash<QByteArray, int> received;
    int toFirst = 0;
    int toSecond = 0;
    const auto counting = [&received](int &count) {
        return [&received, &count](const MqttMessage &message) {
            ++received[message.payload()];
            ++count;
        };
    };
    const MqttSubscribeHandlePtr firstSubscribe = first.subscribe(topic, shared, counting(toFirst));
    const MqttSubscribeHandlePtr secondSubscribe =
        second.subscribe(topic, shared, counting(toSecond));
    QVERIFY(firstSubscribe->waitForAcknowledged(WaitMs));
    QVERIFY(secondSubscribe->waitForAcknowledged(WaitMs));
    QCOMPARE(firstSubscribe->topicFilter(), QStringLiteral("$share/workers/") + topic);

    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < Count; ++i)
        handles.append(publisher.publish(topic, QByteArray::number(i), QoS::Q1));
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY(handle->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(toFirst + toSecond, Count, WaitMs);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(received.value(QByteArray::number(i)), 1);
    QVERIFY2(toFirst > 0 && toSecond > 0,
             qPrintable(QStringLiteral("split %1 / %2").arg(toFirst).arg(toSecond)));
}

void tst_Client::badAddressFailsBeforeIo_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown scheme") << QStringLiteral("foo://127.0.0.1:1883");
    QTest::newRow("no host") << QStringLiteral("mqtt://:1883");
    QTest::newRow("port out of range") << QStringLiteral("mqtt://127.0.0.1:99999");
    QTest::newRow("path") << QStringLiteral("mqtt://127.0.0.1:1883/x");
    QTest::newRow("port zero") << QStringLiteral("mqtt://127.0.0.1:0");
    QTest::newRow("query") << QStringLiteral("ws://127.0.0.1/mqtt?x=1");
    QTest::newRow("unix without path") << QStringLiteral("unix:");
}

void tst_Client::badAddressFailsBeforeIo()
{
    QFETCH(QString, address);
    MqttClient client;
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions connectOptions;
    connectOptions.setAddress(address);
    QVERIFY(!client.connectToBroker(connectOptions));
    QCOMPARE(client.state(), State::Closed);
    QVERIFY(!client.lastError().isNull());
    QVERIFY2(client.lastError().message().contains(QStringLiteral("address")),
             qPrintable(client.lastError().message()));
    QVERIFY(errorSpy.wait(WaitMs)); // from the event loop, after the call returned
    QCOMPARE(errorSpy.at(0).at(0).value<MqttError>().message(), client.lastError().message());
    QVERIFY(stateSpy.isEmpty());
}

void tst_Client::invalidOptionsFailBeforeIo()
{
    MqttClient client;
    MqttConnectOptions connectOptions = options(ProtocolVersion::V311);
    ConnectProperties properties = connectOptions.connectProperties();
    properties.setSessionExpiryInterval(60); // MQTT 5.0 only
    connectOptions.setConnectProperties(properties);
    QVERIFY(!client.connectToBroker(connectOptions));

    connectOptions = options(ProtocolVersion::V5);
    WillMessage will;
    will.topic = QStringLiteral("will/#"); // a wildcard in a topic name
    connectOptions.setWill(will);
    QVERIFY(!client.connectToBroker(connectOptions));
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::TopicNameInvalid);
    QCOMPARE(client.state(), State::Closed);

    // The bare host:port form is mqtt://.
    connectOptions = options(ProtocolVersion::V5);
    connectOptions.setAddress(QStringLiteral("127.0.0.1:%1").arg(m_broker->port()));
    QVERIFY(client.connectToBroker(connectOptions));
    QVERIFY(!client.connectToBroker(connectOptions)); // not Closed
    QVERIFY(client.lastError().message().contains(QStringLiteral("not Closed")));
    QVERIFY(client.waitForConnected(WaitMs));
}

void tst_Client::closedPortGivesError()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    MqttConnectOptions connectOptions;
    connectOptions.setAddress(QStringLiteral("mqtt://127.0.0.1:%1").arg(port));
    client.connectToBroker(connectOptions);
    QVERIFY(!client.waitForConnected(WaitMs));
    QCOMPARE(errorSpy.size(), 1);
    QVERIFY(!client.lastError().isNull());
    QCOMPARE(client.state(), State::Closed);
    QCOMPARE(states(stateSpy).first(), State::Connecting);
    QCOMPARE(states(stateSpy).last(), State::Closed);
    QVERIFY(disconnectedSpy.isEmpty()); // it never was connected
}

// A server that accepts TCP and never answers CONNECT: only connectTimeout ends the wait.
void tst_Client::connectTimeout()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions connectOptions;
    connectOptions.setAddress(QStringLiteral("mqtt://127.0.0.1:%1").arg(silent.serverPort()));
    connectOptions.setConnectTimeout(200ms);
    client.connectToBroker(connectOptions);
    QVERIFY(errorSpy.wait(WaitMs));
    QVERIFY(client.lastError().message().contains(QLatin1String("CONNACK")));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
}

// As documented in mqttconnectoptions.h and README: Qt's waitForConnected() convention.
void tst_Client::connectTimeoutDefaultsToThirtySeconds()
{
    QCOMPARE(MqttConnectOptions().connectTimeoutAsDuration(), std::chrono::milliseconds(30s));
    QCOMPARE(MqttConnectOptions().connectTimeout(), 30'000);
    MqttClient client;
    QCOMPARE(client.connectOptions().connectTimeoutAsDuration(), std::chrono::milliseconds(30s));
}

// A second client with the same id takes the session over; mosquitto 2.0 closes the first
// connection without a DISCONNECT.
void tst_Client::sessionTakeOverEndsConnection()
{
    MqttConnectOptions connectOptions = options(ProtocolVersion::V5);
    MqttClient first;
    first.connectToBroker(connectOptions);
    QVERIFY(first.waitForConnected(WaitMs));
    QSignalSpy errorSpy(&first, &MqttClient::errorOccurred);
    QSignalSpy disconnectedSpy(&first, &MqttClient::disconnected);

    MqttClient second;
    second.connectToBroker(connectOptions);
    QVERIFY(second.waitForConnected(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(disconnectedSpy.size(), 1, WaitMs);
    QCOMPARE(errorSpy.size(), 1);
    QCOMPARE(first.state(), State::Closed);
    QVERIFY(second.isConnected());
}

void tst_Client::serverDisconnectIsReported()
{
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerShuttingDown;
    disconnect.properties.setReasonString(QStringLiteral("maintenance"));
    MqttScriptedBroker broker;
    broker.setConnectReplyBytes(QByteArray::fromHex("2003000000") +
                                encodePacket(disconnect, ProtocolVersion::V5));
    MqttClient client;
    QSignalSpy brokerDisconnectSpy(&client, &MqttClient::brokerDisconnected);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    MqttConnectOptions connectOptions;
    connectOptions.setAddress(broker.url());
    client.connectToBroker(connectOptions);
    QVERIFY(disconnectedSpy.wait(WaitMs));
    QCOMPARE(brokerDisconnectSpy.size(), 1);
    QCOMPARE(brokerDisconnectSpy.at(0).at(0).value<DisconnectPacket>(), disconnect);
    QCOMPARE(errorSpy.size(), 1);
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::ServerShuttingDown);
    QVERIFY(client.lastError().message().contains(QLatin1String("maintenance")));
    QCOMPARE(client.state(), State::Closed);
    QVERIFY(broker.waitForClientClosed(WaitMs)); // the client closes the connection
}

// [MQTT-4.13.1-1] end to end: DISCONNECT 0x81 goes out before the connection closes.
void tst_Client::malformedInputIsAnsweredWithDisconnect()
{
    MqttScriptedBroker broker;
    broker.setConnectReplyBytes(QByteArray::fromHex("2003000000"
                                                    "30ffffffff01"));
    MqttClient client;
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    MqttConnectOptions connectOptions;
    connectOptions.setAddress(broker.url());
    connectOptions.setClientId(QStringLiteral("malformed"));
    client.connectToBroker(connectOptions);
    QVERIFY(errorSpy.wait(WaitMs));
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY(broker.waitForClientClosed(WaitMs));
    const QByteArray connect = encodePacket(connectOptions.connectPacket(), ProtocolVersion::V5);
    QCOMPARE(broker.receivedBytes(), connect + QByteArray::fromHex("e00181"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
}

void tst_Client::shutdownIsFinal()
{
    MqttClient client;
    QVERIFY(connectClient(client, ProtocolVersion::V5));
    QSignalSpy disconnectedSpy(&client, &MqttClient::disconnected);
    client.shutdown();
    QVERIFY(client.waitForDisconnected(WaitMs));
    QCOMPARE(client.state(), State::Shutdown);
    QCOMPARE(disconnectedSpy.size(), 1);
    QVERIFY(!client.connectToBroker(options(ProtocolVersion::V5)));
    QVERIFY(!client.publish(QStringLiteral("a"), "x")->waitForAcknowledged(WaitMs));
}

// Passwords and authentication data appear in no log line at any level, in no form: through a
// successful connect, a refused password and (MQTT 5.0) a refused authentication method.
void tst_Client::secretsNeverLogged()
{
    QFETCH(ProtocolVersion, version);
    const QByteArray password = "pw-9f3c2e71-do-not-log";
    const QByteArray wrongPassword = "pw-77d1a0c4-do-not-log";
    const QByteArray authenticationData = "ad-51c0b7e2-do-not-log";
    MosquittoBroker::Options brokerOptions;
    brokerOptions.allowAnonymous = false;
    brokerOptions.users = {{QStringLiteral("alice"), QString::fromLatin1(password)}};
    MosquittoBroker broker(brokerOptions);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    QStringList log;
    {
        LogCapture capture;
        MqttConnectOptions connectOptions = options(version);
        connectOptions.setAddress(broker.url());
        connectOptions.setUsername(QStringLiteral("alice"));
        connectOptions.setPassword(password);
        MqttClient client;
        client.connectToBroker(connectOptions);
        QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
        QVERIFY(client.publish(QStringLiteral("ohmqtt/tst_client/secret"), "x", QoS::Q1)
                    ->waitForAcknowledged(WaitMs));
        client.disconnectFromBroker();
        QVERIFY(client.waitForDisconnected(WaitMs));

        connectOptions.setPassword(wrongPassword);
        client.connectToBroker(connectOptions);
        QVERIFY(!client.waitForConnected(WaitMs));

        if (version == ProtocolVersion::V5) {
            connectOptions.setPassword(password);
            ConnectProperties properties = connectOptions.connectProperties();
            properties.setAuthenticationMethod(QStringLiteral("X-TEST"));
            properties.setAuthenticationData(authenticationData);
            connectOptions.setConnectProperties(properties);
            client.connectToBroker(connectOptions);
            QVERIFY(!client.waitForConnected(WaitMs));
            QCOMPARE(client.lastError().reasonCode(), ReasonCode::BadAuthenticationMethod);
        }
        log = LogCapture::lines();
    }
    // The rules were on: the connection and packet categories spoke at debug level.
    QVERIFY(log.filter(QStringLiteral("ohmqtt.connection: ")).size() > 3);
    QVERIFY(log.filter(QStringLiteral("ohmqtt.packet: sending CONNECT")).size() >= 2);
    const QList<QByteArray> secrets {password, wrongPassword, authenticationData};
    for (const QByteArray &secret : secrets) {
        const QStringList forms {QString::fromLatin1(secret), QString::fromLatin1(secret.toHex()),
                                 QString::fromLatin1(secret.toHex(' ')),
                                 QString::fromLatin1(secret.toBase64()),
                                 QString::fromLatin1(secret.left(12))};
        for (const QString &line : std::as_const(log)) {
            for (const QString &form : forms)
                QVERIFY2(!line.contains(form, Qt::CaseInsensitive), qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
