// MessageHistory: the depth per topic, the memory budget over all topics (oldest first), and
// the signals that report both, alone and fed by TopicTreeModel's batches.
#include "topics/messagehistory.h"
#include "topics/topictreemodel.h"

#include "topictesting.h"

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;
using OhMqttExplorerTest::message;

namespace {

ReceivedMessage received(const QString &topic, const QByteArray &payload, qint64 at = 0)
{
    return {message(topic, payload), at};
}

QList<QByteArray> payloads(const ReceivedMessages &messages)
{
    QList<QByteArray> result;
    for (const ReceivedMessage &m : messages)
        result.append(m.message.payload());
    return result;
}

QStringList topicsOf(const QSignalSpy &spy)
{
    QStringList topics;
    for (const QList<QVariant> &arguments : spy)
        topics.append(arguments.at(0).toString());
    return topics;
}

} // namespace

class tst_MessageHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLastMessagesOfEachTopic();
    void keepsOneTopicStringPerTopic();
    void reportsEachTopicOncePerAppend();
    void evictsTheOldestAcrossTopicsPastTheBudget();
    void dropsAMessageLargerThanTheBudget();
    void appliesLowerLimitsAtOnce();
    void removesAndClears();
    void takesBatchesFromTheModel();
};

void tst_MessageHistory::keepsTheLastMessagesOfEachTopic()
{
    MessageHistory history;
    QCOMPARE(history.depth(), MessageHistory::DefaultDepth);
    QCOMPARE(history.memoryBudget(), MessageHistory::DefaultMemoryBudget);
    history.setDepth(3);
    ReceivedMessages batch;
    for (int i = 0; i < 5; ++i) {
        batch.append(received(u"a"_s, "a" + QByteArray::number(i), i));
        batch.append(received(u"b"_s, "b" + QByteArray::number(i), i));
    }
    history.append(batch);
    QCOMPARE(payloads(history.messages(u"a"_s)), (QList<QByteArray> {"a2", "a3", "a4"}));
    QCOMPARE(payloads(history.messages(u"b"_s)), (QList<QByteArray> {"b2", "b3", "b4"}));
    QCOMPARE(history.messages(u"a"_s).last().receivedAtMs, 4);
    QCOMPARE(history.latest(u"b"_s)->message.payload(), QByteArray("b4"));
    QCOMPARE(history.messageCount(), 6);
    QVERIFY(!history.latest(u"c"_s));
    QVERIFY(history.messages(u"c"_s).isEmpty());
    QCOMPARE(history.evictedMessages(), 0); // the depth is not the budget
    const qint64 each = MessageHistory::approximateSize(message(u"a"_s, "a0"));
    QCOMPARE(history.bytesUsed(), 6 * each);
}

void tst_MessageHistory::keepsOneTopicStringPerTopic()
{
    // As the client delivers them: each message with a string of its own.
    const auto topic = [] { return QStringLiteral("site/%1").arg(7); };
    QVERIFY(topic().constData() != topic().constData());
    MessageHistory history;
    history.append({received(topic(), "1"), received(topic(), "2")});
    history.append({received(topic(), "3")});
    const ReceivedMessages kept = history.messages(topic());
    QCOMPARE(payloads(kept), (QList<QByteArray> {"1", "2", "3"}));
    for (const ReceivedMessage &each : kept) {
        QCOMPARE(each.message.topic(), topic());
        QCOMPARE(each.message.topic().constData(), kept.first().message.topic().constData());
    }
}

void tst_MessageHistory::reportsEachTopicOncePerAppend()
{
    MessageHistory history;
    QSignalSpy changed(&history, &MessageHistory::historyChanged);
    QSignalSpy bytes(&history, &MessageHistory::bytesUsedChanged);
    history.append({received(u"x"_s, "1"), received(u"y"_s, "1"), received(u"x"_s, "2")});
    QCOMPARE(topicsOf(changed), (QStringList {u"x"_s, u"y"_s}));
    QCOMPARE(bytes.size(), 1);
    QCOMPARE(bytes.at(0).at(0).toLongLong(), history.bytesUsed());
}

void tst_MessageHistory::evictsTheOldestAcrossTopicsPastTheBudget()
{
    MessageHistory history;
    const qint64 each = MessageHistory::approximateSize(message(u"t0"_s, QByteArray(1000, 'p')));
    history.setMemoryBudget(10 * each);
    QSignalSpy evicted(&history, &MessageHistory::historyEvicted);
    QSignalSpy changed(&history, &MessageHistory::historyChanged);

    // Eight messages over four topics: within the budget.
    ReceivedMessages first;
    for (int i = 0; i < 8; ++i)
        first.append(
            received(QStringLiteral("t%1").arg(i % 4), QByteArray(999, 'p') + char('0' + i)));
    history.append(first);
    QCOMPARE(evicted.size(), 0);
    QCOMPARE(history.bytesUsed(), 8 * each);

    // Five more to t9: the three oldest (t0, t1 and t2's first) go, whatever their topic.
    changed.clear();
    ReceivedMessages second;
    for (int i = 0; i < 5; ++i)
        second.append(received(u"t9"_s, QByteArray(1000, 'q')));
    history.append(second);
    QCOMPARE(evicted.size(), 1);
    QCOMPARE(evicted.at(0).at(0).toLongLong(), 3);
    QCOMPARE(evicted.at(0).at(1).toLongLong(), 3 * each);
    QCOMPARE(history.evictedMessages(), 3);
    QVERIFY(history.bytesUsed() <= history.memoryBudget());
    QCOMPARE(history.messageCount(), 10);
    QCOMPARE(history.count(u"t0"_s), 1);
    QCOMPARE(history.latest(u"t0"_s)->message.payload().back(), '4'); // its newest stayed
    QCOMPARE(history.count(u"t1"_s), 1);
    QCOMPARE(history.count(u"t2"_s), 1);
    QCOMPARE(history.count(u"t3"_s), 2);
    QCOMPARE(history.count(u"t9"_s), 5);
    // Reported once each: the topic that grew and the ones that lost messages.
    QCOMPARE(topicsOf(changed), (QStringList {u"t9"_s, u"t0"_s, u"t1"_s, u"t2"_s}));

    // The budget takes a topic's latest message too once it is among the oldest: two more
    // evict t3's first and then t0's only message.
    history.append(
        {received(u"t9"_s, QByteArray(1000, 'r')), received(u"t9"_s, QByteArray(1000, 'r'))});
    QCOMPARE(history.count(u"t3"_s), 1);
    QCOMPARE(history.count(u"t0"_s), 0);
    QVERIFY(!history.latest(u"t0"_s));
}

void tst_MessageHistory::dropsAMessageLargerThanTheBudget()
{
    MessageHistory history;
    history.setMemoryBudget(4096);
    QSignalSpy evicted(&history, &MessageHistory::historyEvicted);
    history.append({received(u"small"_s, "s"), received(u"huge"_s, QByteArray(10'000, 'h'))});
    QCOMPARE(history.count(u"huge"_s), 0);
    QCOMPARE(history.count(u"small"_s), 0); // older, so it went first
    QCOMPARE(history.bytesUsed(), 0);
    QCOMPARE(evicted.size(), 1);
    QCOMPARE(evicted.at(0).at(0).toLongLong(), 2);
}

void tst_MessageHistory::appliesLowerLimitsAtOnce()
{
    MessageHistory history;
    ReceivedMessages batch;
    for (int i = 0; i < 10; ++i)
        batch.append(received(QStringLiteral("t%1").arg(i % 2), QByteArray::number(i)));
    history.append(batch);
    QCOMPARE(history.messageCount(), 10);

    QSignalSpy changed(&history, &MessageHistory::historyChanged);
    history.setDepth(2);
    QCOMPARE(payloads(history.messages(u"t0"_s)), (QList<QByteArray> {"6", "8"}));
    QCOMPARE(topicsOf(changed), (QStringList {u"t0"_s, u"t1"_s}));
    history.setDepth(0);
    QCOMPARE(history.depth(), 1); // the latest message always has a place

    QSignalSpy evicted(&history, &MessageHistory::historyEvicted);
    history.setMemoryBudget(MessageHistory::approximateSize(message(u"t1"_s, "9")));
    QCOMPARE(evicted.size(), 1);
    QCOMPARE(history.messageCount(), 1);
    QCOMPARE(history.latest(u"t1"_s)->message.payload(), QByteArray("9"));
}

void tst_MessageHistory::removesAndClears()
{
    MessageHistory history;
    history.append({received(u"a"_s, "1"), received(u"b"_s, "2"), received(u"a"_s, "3")});
    QSignalSpy changed(&history, &MessageHistory::historyChanged);
    QSignalSpy cleared(&history, &MessageHistory::cleared);
    history.remove(u"a"_s);
    QCOMPARE(topicsOf(changed), QStringList {u"a"_s});
    QCOMPARE(history.count(u"a"_s), 0);
    QCOMPARE(history.messageCount(), 1);
    QCOMPARE(history.bytesUsed(), MessageHistory::approximateSize(message(u"b"_s, "2")));
    history.remove(u"never"_s);
    QCOMPARE(changed.size(), 1);

    // Slots freed by remove() are reused.
    history.append({received(u"c"_s, "4")});
    QCOMPARE(history.latest(u"c"_s)->message.payload(), QByteArray("4"));
    history.clear();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(history.messageCount(), 0);
    QCOMPARE(history.bytesUsed(), 0);
    QVERIFY(history.messages(u"b"_s).isEmpty());
}

void tst_MessageHistory::takesBatchesFromTheModel()
{
    TopicTreeModel model;
    MessageHistory *history = model.history();
    history->setDepth(5);
    const qint64 each = MessageHistory::approximateSize(message(u"m/00"_s, QByteArray(100, 'x')));
    history->setMemoryBudget(50 * each);
    QSignalSpy changed(history, &MessageHistory::historyChanged);
    QSignalSpy evicted(history, &MessageHistory::historyEvicted);
    for (int i = 0; i < 200; ++i)
        model.addMessage(
            message(QStringLiteral("m/%1").arg(i % 20, 2, 10, QChar(u'0')), QByteArray(100, 'x')));
    QCOMPARE(changed.size(), 0); // nothing before the batch is applied
    model.flush();
    QCOMPARE(changed.size(), 20); // once per topic

    // The depth keeps messages 100..199; the budget then the newest 50 of those: topic t has
    // messages t, t + 20, ..., so t + 160 and t + 180 stay, and t + 140 too for t >= 10.
    QCOMPARE(history->messageCount(), 50);
    QVERIFY(history->bytesUsed() <= history->memoryBudget());
    QCOMPARE(history->count(u"m/00"_s), 2);
    QCOMPARE(history->count(u"m/19"_s), 3);
    QCOMPARE(evicted.size(), 1);
    QCOMPARE(evicted.at(0).at(0).toLongLong(), 50);

    // With its history gone a topic keeps its preview; the last message is no longer there.
    history->setMemoryBudget(0);
    QCOMPARE(history->messageCount(), 0);
    const QModelIndex topic = model.indexOfTopic(u"m/00"_s);
    QCOMPARE(topic.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
             QString(100, u'x'));
    QVERIFY(!topic.data(TopicTreeModel::LastMessageRole).isValid());
}

QTEST_MAIN(tst_MessageHistory)
#include "tst_messagehistory.moc"
