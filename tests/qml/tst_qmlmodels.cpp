// The QML list models under QAbstractItemModelTester, fed through their subscription's signal.
#include "quickmessagemodel.h"
#include "quicksubscription.h"
#include "quicktopicmodel.h"

#include <OhMqtt/packet/publishpacket.h>

#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqttQuick;

namespace {

OhMqtt::MqttMessage message(const QString &topic, const QByteArray &payload)
{
    OhMqtt::PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    return OhMqtt::MqttMessage(std::move(packet));
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), role).toString());
    return values;
}

} // namespace

class tst_QmlModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageModelIsBoundedNewestFirst();
    void topicModelKeepsOneSortedRowPerTopic();
    void modelsLetGoOfADestroyedSubscription();
};

void tst_QmlModels::messageModelIsBoundedNewestFirst()
{
    QuickSubscription subscription;
    QuickMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscription(&subscription);
    model.setMaximumCount(3);
    for (const char *payload : {"1", "2", "3", "4", "5"})
        emit subscription.messageReceived(message(QStringLiteral("t"), payload));
    QCOMPARE(model.count(), 3);
    QCOMPARE(column(model, QuickMessageModel::PayloadTextRole),
             (QStringList {QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3")}));
    model.setMaximumCount(0); // at least one is kept
    QCOMPARE(model.maximumCount(), 1);
    QCOMPARE(column(model, Qt::DisplayRole), QStringList {QStringLiteral("5")});
    QSignalSpy countChanged(&model, &QuickMessageModel::countChanged);
    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(countChanged.size(), 1);
}

void tst_QmlModels::topicModelKeepsOneSortedRowPerTopic()
{
    QuickSubscription subscription;
    QuickTopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscription(&subscription);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (const auto &[topic, payload] :
         {std::pair {"b", "b1"}, {"c", "c1"}, {"a", "a1"}, {"b", "b2"}}) {
        emit subscription.messageReceived(message(QString::fromLatin1(topic), payload));
    }
    QCOMPARE(column(model, QuickTopicModel::TopicRole),
             (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(column(model, QuickTopicModel::PayloadTextRole),
             (QStringList {QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("c1")}));
    QCOMPARE(model.data(model.index(1, 0), QuickTopicModel::MessageCountRole).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 1);
    QCOMPARE(model.indexOf(QStringLiteral("c")), 2);
    QCOMPARE(model.indexOf(QStringLiteral("bb")), -1);
    QVERIFY(model.roleNames().values().contains("messageCount"));
}

void tst_QmlModels::modelsLetGoOfADestroyedSubscription()
{
    QuickMessageModel messages;
    QuickTopicModel topics;
    {
        QuickSubscription subscription;
        messages.setSubscription(&subscription);
        topics.setSubscription(&subscription);
        emit subscription.messageReceived(message(QStringLiteral("t"), "x"));
    }
    QCOMPARE(messages.subscription(), nullptr);
    QCOMPARE(topics.subscription(), nullptr);
    QCOMPARE(messages.count(), 1); // what came stays
}

QTEST_GUILESS_MAIN(tst_QmlModels)
#include "tst_qmlmodels.moc"
