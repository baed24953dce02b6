// TopicTreeModel fed by a real client subscribed on a real mosquitto: what another client
// publishes, retained or live, becomes the tree.
#include "topics/messagehistory.h"
#include "topics/topictreemodel.h"

#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;
using OhMqtt::MqttClient;
using OhMqtt::QoS;
using OhMqttTest::MosquittoBroker;

namespace {
constexpr int WaitMs = 10'000;
}

class tst_TopicsBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsTheTreeFromWhatTheBrokerDelivers();

private:
    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_TopicsBroker::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_TopicsBroker::buildsTheTreeFromWhatTheBrokerDelivers()
{
    const QString prefix = u"explorer/%1"_s.arg(OhMqttTest::uniqueClientId("explorer_topics"));
    MqttClient publisher;
    QVERIFY(OhMqttTest::connectAndWait(publisher, m_broker->url(),
                                       OhMqttTest::uniqueClientId("explorer_topics")));
    // Retained before anyone subscribes: delivered with the retain flag on subscription.
    QVERIFY(publisher.publish(prefix + u"/config/name"_s, "kitchen", QoS::Q1, true)
                ->waitForAcknowledged(WaitMs));

    TopicTreeModel model;
    model.setBatchInterval(20);
    MqttClient subscriber;
    connect(&subscriber, &MqttClient::messageReceived, &model, &TopicTreeModel::addMessage);
    QVERIFY(OhMqttTest::connectAndWait(subscriber, m_broker->url(),
                                       OhMqttTest::uniqueClientId("explorer_topics")));
    QVERIFY(subscriber.subscribe(prefix + u"/#"_s)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(model.topicCount(), 1, WaitMs);

    for (int i = 0; i < 30; ++i)
        publisher.publish(u"%1/sensors/s%2/temp"_s.arg(prefix).arg(i % 5),
                          QByteArray::number(20 + i), QoS::Q1);
    publisher.publish(prefix + u"/sensors/raw"_s, QByteArray("\x01\x02\xff", 3), QoS::Q2);
    QTRY_COMPARE_WITH_TIMEOUT(model.messageCount(), 32, WaitMs);

    QCOMPARE(model.topicCount(), 7);
    const QModelIndex sensors = model.indexOfTopic(prefix + u"/sensors"_s);
    QCOMPARE(sensors.data(TopicTreeModel::TopicsBelowRole).toInt(), 6); // 5 temp, raw
    QCOMPARE(sensors.data(TopicTreeModel::MessagesBelowRole).toLongLong(), 31);
    const QModelIndex s4 = model.indexOfTopic(prefix + u"/sensors/s4/temp"_s);
    QCOMPARE(s4.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(), u"49"_s);
    QCOMPARE(s4.siblingAtColumn(TopicTreeModel::MessagesColumn).data().toString(), u"6"_s);
    QCOMPARE(s4.siblingAtColumn(TopicTreeModel::QosColumn).data().toString(), u"1"_s);
    QCOMPARE(s4.siblingAtColumn(TopicTreeModel::RetainedColumn).data().toString(), QString());
    const QModelIndex raw = model.indexOfTopic(prefix + u"/sensors/raw"_s);
    QCOMPARE(raw.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
             u"<3 bytes binary>"_s);
    QCOMPARE(raw.data(TopicTreeModel::QosRole).toInt(), 2);
    const QModelIndex name = model.indexOfTopic(prefix + u"/config/name"_s);
    QVERIFY(name.data(TopicTreeModel::RetainedRole).toBool());
    QCOMPARE(name.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(), u"kitchen"_s);
    QCOMPARE(model.history()->count(prefix + u"/sensors/s0/temp"_s), 6);

    // The retained message deleted at the broker; the explorer removes the topic.
    QVERIFY(publisher.publish(prefix + u"/config/name"_s, {}, QoS::Q1, true)
                ->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(model.messageCount(), 33, WaitMs);
    QVERIFY(model.removeSubtree(prefix + u"/config/name"_s));
    QCOMPARE(model.topicCount(), 6);
    QVERIFY(!model.indexOfTopic(prefix + u"/config"_s).isValid());
}

QTEST_MAIN(tst_TopicsBroker)
#include "tst_topicsbroker.moc"
