// TopicTreeModel: the tree of topics, its batched signals, counts, rates, removal and filter
// marks, checked under QAbstractItemModelTester.
#include "topics/messagehistory.h"
#include "topics/topictreemodel.h"

#include "topictesting.h"

#include <QtCore/qset.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;
using OhMqtt::QoS;
using OhMqttExplorerTest::fetchAll;
using OhMqttExplorerTest::message;
using OhMqttExplorerTest::outline;

namespace {

// Every signal by which a model tells views about changes.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : aboutToInsert(model, &QAbstractItemModel::rowsAboutToBeInserted)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    { }
    qsizetype total() const
    {
        return aboutToInsert.size() + inserted.size() + removed.size() + changed.size() +
            layoutChanged.size() + reset.size();
    }
    void clear()
    {
        aboutToInsert.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        layoutChanged.clear();
        reset.clear();
    }
    QSignalSpy aboutToInsert;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy layoutChanged;
    QSignalSpy reset;
};

QVariant topicData(TopicTreeModel &model, const QString &topic, int column,
                   int role = Qt::DisplayRole)
{
    const QModelIndex index = model.indexOfTopic(topic);
    return index.siblingAtColumn(column).data(role);
}

} // namespace

class tst_TopicTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsTopicsOnSlashes();
    void passesModelTesterThroughBatchesRemovalAndClear();
    void appliesMessagesOnlyInBatches();
    void emitsOneInsertionPerParentForTenThousandMessages();
    void keepsCountsQosRetainedAndPreview();
    void announcesNothingBelowUnfetchedNodes();
    void startsBatchesOnItsTimer();
    void spreadsBurstsOverSeveralBatches();
    void takesABacklogWithoutWaitingAnInterval();
    void rateDecaysWithoutMessages();
    void removesSubtreeWithEmptyAncestors();
    void clearForgetsTopicsAndHistory();
    void marksFilterMatchesAndAncestors();
    void filterFollowsNewTopicsAndValues();
    void sortsNamesNaturally();
    void lastMessageComesFromHistory();
};

void tst_TopicTreeModel::splitsTopicsOnSlashes()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addMessages({message(u"a/b/c"_s), message(u"a/b/d"_s), message(u"/x"_s),
                       message(u"a//e"_s), message(u"$SYS/broker/uptime"_s)});
    model.flush();
    fetchAll(model);
    QCOMPARE(
        outline(model),
        (QStringList {u"a"_s, u"  b"_s, u"    c"_s, u"    d"_s, u"  (empty level)"_s, u"    e"_s,
                      u"(empty level)"_s, u"  x"_s, u"$SYS"_s, u"  broker"_s, u"    uptime"_s}));
    QCOMPARE(outline(model, TopicTreeModel::FullTopicRole),
             (QStringList {u"a"_s, u"  a/b"_s, u"    a/b/c"_s, u"    a/b/d"_s, u"  a/"_s,
                           u"    a//e"_s, u""_s, u"  /x"_s, u"$SYS"_s, u"  $SYS/broker"_s,
                           u"    $SYS/broker/uptime"_s}));
    QCOMPARE(model.topicCount(), 5);
    QVERIFY(!topicData(model, u"a/b"_s, 0, TopicTreeModel::HasMessageRole).toBool());
    QVERIFY(topicData(model, u"a//e"_s, 0, TopicTreeModel::HasMessageRole).toBool());
    QVERIFY(!model.indexOfTopic(u"a/b/c/d"_s).isValid());
}

void tst_TopicTreeModel::passesModelTesterThroughBatchesRemovalAndClear()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int batch = 0; batch < 4; ++batch) {
        for (int i = 0; i < 300; ++i)
            model.addMessage(message(QStringLiteral("site%1/room%2/sensor%3")
                                         .arg(i % 3)
                                         .arg((i * 7 + batch) % 11)
                                         .arg((i + batch) % 5)));
        model.flush();
        if (batch == 1)
            fetchAll(model);
    }
    fetchAll(model);
    QCOMPARE(model.topicCount(), 3 * 11 * 5);
    QVERIFY(model.removeSubtree(u"site1/room3"_s));
    QVERIFY(model.removeSubtree(u"site2"_s));
    QCOMPARE(model.topicCount(), 3 * 11 * 5 - 5 - 11 * 5);
    model.addMessage(message(u"site2/again"_s));
    model.flush();
    fetchAll(model);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.addMessage(message(u"after/clear"_s));
    model.flush();
    fetchAll(model);
    QCOMPARE(outline(model), (QStringList {u"after"_s, u"  clear"_s}));
}

void tst_TopicTreeModel::appliesMessagesOnlyInBatches()
{
    TopicTreeModel model;
    ModelSignals spies(&model);
    QSignalSpy history(model.history(), &MessageHistory::historyChanged);
    for (int i = 0; i < 100; ++i)
        model.addMessage(message(QStringLiteral("a/%1").arg(i)));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(history.size(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 100);
    model.flush();
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(spies.inserted.size(), 1); // "a", at the top level
    QCOMPARE(history.size(), 100); // once per topic, after the batch
}

void tst_TopicTreeModel::emitsOneInsertionPerParentForTenThousandMessages()
{
    TopicTreeModel model;
    // A tree with 10 buildings of 10 rooms, all fetched.
    for (int b = 0; b < 10; ++b) {
        for (int r = 0; r < 10; ++r)
            model.addMessage(message(QStringLiteral("site/b%1/r%2/s0").arg(b).arg(r)));
    }
    model.flush();
    fetchAll(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSignals spies(&model);

    // 10,000 messages to 1,000 topics: 900 new ones in the 100 rooms and 100 updated.
    for (int i = 0; i < 10'000; ++i) {
        const int room = i % 100;
        const int sensor = (i / 100) % 10;
        model.addMessage(
            message(QStringLiteral("site/b%1/r%2/s%3").arg(room / 10).arg(room % 10).arg(sensor),
                    QByteArray::number(i), QoS(i % 3), i % 2 == 0));
    }
    QCOMPARE(spies.total(), 0);
    model.flush();

    QCOMPARE(spies.inserted.size(), 100); // one per room
    QSet<QPersistentModelIndex> parents;
    for (const QList<QVariant> &arguments : std::as_const(spies.inserted)) {
        const auto parent = arguments.at(0).value<QModelIndex>();
        parents.insert(parent);
        QCOMPARE(arguments.at(1).toInt(), 1); // appended after s0
        QCOMPARE(arguments.at(2).toInt(), 9);
        QCOMPARE(model.rowCount(parent), 10);
    }
    QCOMPARE(parents.size(), 100);
    // Changed rows: one range per parent with changed children (the rooms' s0, the buildings'
    // rooms, the site's buildings, the site).
    QCOMPARE(spies.changed.size(), 100 + 10 + 1 + 1);
    QCOMPARE(spies.layoutChanged.size(), 0);

    QCOMPARE(model.topicCount(), 1000);
    QCOMPARE(model.messageCount(), 10'000 + 100);
    QCOMPARE(topicData(model, u"site"_s, 0, TopicTreeModel::TopicsBelowRole).toInt(), 1000);
    QCOMPARE(topicData(model, u"site"_s, 0, TopicTreeModel::MessagesBelowRole).toLongLong(),
             10'100);
    QCOMPARE(topicData(model, u"site/b3"_s, 0, TopicTreeModel::TopicsBelowRole).toInt(), 100);
    QCOMPARE(topicData(model, u"site/b3/r4"_s, 0, TopicTreeModel::MessagesBelowRole).toLongLong(),
             101);
    // site/b3/r4/s5 got messages i = 34 + 100 * (5 + 10k) for k = 0..9; the last is i = 9534.
    QCOMPARE(topicData(model, u"site/b3/r4/s5"_s, TopicTreeModel::MessagesColumn), u"10"_s);
    QCOMPARE(topicData(model, u"site/b3/r4/s5"_s, TopicTreeModel::ValueColumn), u"9534"_s);
    QCOMPARE(topicData(model, u"site/b3/r4/s5"_s, TopicTreeModel::QosColumn), u"0"_s);
    QCOMPARE(topicData(model, u"site/b3/r4/s5"_s, TopicTreeModel::RetainedColumn), u"yes"_s);
    QCOMPARE(topicData(model, u"site/b3/r4/s0"_s, TopicTreeModel::MessagesColumn), u"11"_s);
}

void tst_TopicTreeModel::keepsCountsQosRetainedAndPreview()
{
    TopicTreeModel model;
    model.addMessage(message(u"t/text"_s, "  hello\n  world  ", QoS::Q1, true));
    model.addMessage(message(u"t/binary"_s, QByteArray("\x00\x01\x02", 3), QoS::Q2));
    model.addMessage(message(u"t/long"_s, QByteArray(5'000'000, 'y')));
    model.flush();
    QCOMPARE(topicData(model, u"t/text"_s, TopicTreeModel::ValueColumn), u"hello world"_s);
    QCOMPARE(topicData(model, u"t/text"_s, TopicTreeModel::QosColumn), u"1"_s);
    QCOMPARE(topicData(model, u"t/text"_s, TopicTreeModel::RetainedColumn), u"yes"_s);
    QCOMPARE(topicData(model, u"t/binary"_s, TopicTreeModel::ValueColumn), u"<3 bytes binary>"_s);
    QCOMPARE(topicData(model, u"t/binary"_s, TopicTreeModel::QosColumn), u"2"_s);
    QCOMPARE(topicData(model, u"t/binary"_s, TopicTreeModel::RetainedColumn), QString());
    const QString preview = topicData(model, u"t/long"_s, TopicTreeModel::ValueColumn).toString();
    QCOMPARE(preview.size(), 201);
    QVERIFY(preview.endsWith(QChar(0x2026)));
    QCOMPARE(topicData(model, u"t/long"_s, 0, TopicTreeModel::PayloadSizeRole).toLongLong(),
             5'000'000);
    QCOMPARE(topicData(model, u"t"_s, TopicTreeModel::MessagesColumn), QString());
    QCOMPARE(topicData(model, u"t"_s, TopicTreeModel::QosColumn), QString());
    QVERIFY(!topicData(model, u"t/text"_s, TopicTreeModel::LastColumn).toString().isEmpty());
}

void tst_TopicTreeModel::announcesNothingBelowUnfetchedNodes()
{
    TopicTreeModel model; // no QAbstractItemModelTester here: it fetches whatever it can
    model.addMessage(message(u"a/b/c"_s));
    model.flush();
    QCOMPARE(model.rowCount(), 1); // the top level is always announced
    const QModelIndex a = model.index(0, 0);
    QVERIFY(model.hasChildren(a));
    QCOMPARE(model.rowCount(a), 0);
    QVERIFY(model.canFetchMore(a));

    ModelSignals spies(&model);
    for (int i = 0; i < 50; ++i)
        model.addMessage(message(QStringLiteral("a/b/c%1").arg(i)));
    model.flush();
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.changed.size(), 1); // only the counts of "a"
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), a.row());

    spies.clear();
    model.fetchMore(a);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(model.rowCount(a), 1);
}

void tst_TopicTreeModel::startsBatchesOnItsTimer()
{
    TopicTreeModel model;
    model.setBatchInterval(20);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addMessage(message(u"timer/one"_s));
    model.addMessage(message(u"timer/two"_s));
    QCOMPARE(inserted.size(), 0);
    QVERIFY(inserted.wait(2000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.topicCount(), 2);
}

void tst_TopicTreeModel::spreadsBurstsOverSeveralBatches()
{
    TopicTreeModel model;
    model.setBatchInterval(10);
    model.setMaximumBatchSize(40);
    QSignalSpy counts(&model, &TopicTreeModel::countsChanged);
    for (int i = 0; i < 100; ++i)
        model.addMessage(message(QStringLiteral("burst/%1").arg(i)));
    QVERIFY(counts.wait(2000));
    QCOMPARE(model.topicCount(), 40);
    QCOMPARE(model.pendingCount(), 60);
    QTRY_COMPARE_WITH_TIMEOUT(model.topicCount(), 100, 2000);
    QCOMPARE(counts.size(), 3); // 40, 40, 20
    // In arrival order: the last message of a topic wins across batches too.
    model.addMessages({message(u"burst/0"_s, "old")});
    for (int i = 0; i < 45; ++i)
        model.addMessage(message(u"burst/1"_s));
    model.addMessage(message(u"burst/0"_s, "new"));
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 0, 2000);
    QCOMPARE(model.indexOfTopic(u"burst/0"_s).siblingAtColumn(TopicTreeModel::ValueColumn).data(),
             QVariant(u"new"_s));
    model.addMessages({message(u"burst/2"_s), message(u"burst/3"_s)});
    model.flush(); // everything, whatever the limit
    QCOMPARE(model.pendingCount(), 0);
}

void tst_TopicTreeModel::takesABacklogWithoutWaitingAnInterval()
{
    TopicTreeModel model;
    model.setBatchInterval(1'000);
    model.setMaximumBatchSize(40);
    QSignalSpy counts(&model, &TopicTreeModel::countsChanged);
    for (int i = 0; i < 100; ++i)
        model.addMessage(message(QStringLiteral("backlog/%1").arg(i)));
    QVERIFY(counts.wait(5'000));
    QCOMPARE(model.topicCount(), 40);
    // The rest after a turn of the event loop: well before the next interval.
    QTRY_COMPARE_WITH_TIMEOUT(model.topicCount(), 100, 500);
    QCOMPARE(counts.size(), 3);
}

void tst_TopicTreeModel::rateDecaysWithoutMessages()
{
    TopicTreeModel model;
    model.setBatchInterval(10);
    model.setRateTimeConstant(300);
    for (int i = 0; i < 20; ++i) {
        model.addMessages({message(u"fast"_s), message(u"later/x"_s), message(u"hidden/below"_s)});
    }
    model.flush();
    const QModelIndex rate =
        model.indexOfTopic(u"fast"_s).siblingAtColumn(TopicTreeModel::RateColumn);
    const double initial = rate.data(TopicTreeModel::RateRole).toDouble();
    QVERIFY2(initial > 50, qPrintable(QString::number(initial))); // 20 messages * 1000 / 300
    QVERIFY(!rate.data().toString().isEmpty());
    // Announced after the batch (fetched), and refreshed from then on too.
    const QModelIndex later =
        model.indexOfTopic(u"later/x"_s).siblingAtColumn(TopicTreeModel::RateColumn);
    QVERIFY(!later.data().toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // No messages: the timer refreshes the column until the rates are gone, and then stops.
    QTRY_VERIFY_WITH_TIMEOUT(rate.data().toString().isEmpty(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(later.data().toString().isEmpty(), 2'000);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        QCOMPARE(arguments.at(0).value<QModelIndex>().column(), int(TopicTreeModel::RateColumn));
        QCOMPARE(arguments.at(1).value<QModelIndex>().column(), int(TopicTreeModel::RateColumn));
    }
    QCOMPARE(rate.data(TopicTreeModel::RateRole).toDouble(), 0.0);
    // A row no view was told of is not refreshed, yet shows its decayed rate once fetched.
    const QModelIndex hidden = model.indexOfTopic(u"hidden/below"_s);
    QVERIFY(hidden.data(TopicTreeModel::RateRole).toDouble() < TopicTreeModel::MinimumRate);
    QCOMPARE(hidden.siblingAtColumn(TopicTreeModel::RateColumn).data().toString(), QString());
    changed.clear();
    QVERIFY(!changed.wait(1500)); // quiet: nothing left to refresh
}

void tst_TopicTreeModel::removesSubtreeWithEmptyAncestors()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addMessages({message(u"keep/x"_s), message(u"gone/a/b/c"_s), message(u"gone/a/b/c/d"_s),
                       message(u"part/a"_s), message(u"part"_s), message(u"part/b/c"_s)});
    model.flush();
    fetchAll(model);
    QCOMPARE(model.topicCount(), 6);

    QVERIFY(model.removeSubtree(u"gone/a/b/c"_s)); // "gone", "gone/a", "gone/a/b" go too
    QCOMPARE(model.topicCount(), 4);
    QCOMPARE(model.messageCount(), 4);
    QVERIFY(!model.indexOfTopic(u"gone"_s).isValid());

    QVERIFY(model.removeSubtree(u"part/b/c"_s)); // "part/b" goes; "part" has a message
    QCOMPARE(outline(model, TopicTreeModel::FullTopicRole),
             (QStringList {u"keep"_s, u"  keep/x"_s, u"part"_s, u"  part/a"_s}));
    QCOMPARE(topicData(model, u"part"_s, 0, TopicTreeModel::TopicsBelowRole).toInt(), 1);
    QCOMPARE(model.history()->count(u"part/b/c"_s), 0);
    QCOMPARE(model.history()->count(u"part/a"_s), 1);
    QVERIFY(!model.removeSubtree(u"never/seen"_s));

    // A topic removed comes back as new.
    model.addMessage(message(u"gone/a/b/c"_s));
    model.flush();
    fetchAll(model);
    QCOMPARE(topicData(model, u"gone/a/b/c"_s, TopicTreeModel::MessagesColumn), u"1"_s);
}

void tst_TopicTreeModel::clearForgetsTopicsAndHistory()
{
    TopicTreeModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.addMessage(message(u"a/b"_s));
    model.flush();
    model.addMessage(message(u"waiting"_s));
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.topicCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.history()->messageCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
}

void tst_TopicTreeModel::marksFilterMatchesAndAncestors()
{
    TopicTreeModel model;
    model.addMessages({message(u"home/kitchen/temp"_s, "21"),
                       message(u"home/garage/door"_s, "open"),
                       message(u"home/kitchen/light"_s, "ON"), message(u"office/temp"_s, "19")});
    model.flush();
    fetchAll(model);
    const auto shown = [&](const QString &topic) {
        return model.isShown(model.indexOfTopic(topic));
    };

    QSignalSpy filterChanged(&model, &TopicTreeModel::filterChanged);
    model.setFilterText(u"KITCHEN"_s); // text, ignoring case, keeps what is below
    QCOMPARE(filterChanged.size(), 1);
    QCOMPARE(model.filterMode(), TopicMatcher::Mode::Text);
    QVERIFY(shown(u"home"_s));
    QVERIFY(shown(u"home/kitchen/temp"_s));
    QVERIFY(!shown(u"home/garage"_s));
    QVERIFY(!shown(u"office"_s));
    QCOMPARE(model.shownTopicCount(), 2);

    model.setFilterText(u"open"_s); // a value
    QVERIFY(shown(u"home/garage/door"_s));
    QVERIFY(shown(u"home"_s));
    QVERIFY(!shown(u"home/kitchen"_s));
    QCOMPARE(model.shownTopicCount(), 1);

    model.setFilterText(u"e/k"_s); // across a level separator
    QVERIFY(shown(u"home/kitchen"_s));
    QVERIFY(!shown(u"office"_s));

    model.setFilterText(u"+/temp"_s); // a topic filter
    QCOMPARE(model.filterMode(), TopicMatcher::Mode::TopicFilter);
    QVERIFY(shown(u"office/temp"_s));
    QVERIFY(!shown(u"home"_s));
    QCOMPARE(model.shownTopicCount(), 1);

    model.setFilterText(u"home/#"_s);
    QCOMPARE(model.shownTopicCount(), 3);
    QVERIFY(shown(u"home"_s));
    QVERIFY(!shown(u"office"_s));

    model.setFilterText(u"a+b"_s); // not a valid topic filter: text
    QCOMPARE(model.filterMode(), TopicMatcher::Mode::Text);
    QCOMPARE(model.shownTopicCount(), 0);

    model.setFilterText(QString());
    QCOMPARE(model.filterMode(), TopicMatcher::Mode::Everything);
    QVERIFY(shown(u"office"_s));
    QCOMPARE(model.shownTopicCount(), 4);
}

void tst_TopicTreeModel::filterFollowsNewTopicsAndValues()
{
    TopicTreeModel model;
    model.addMessage(message(u"a/x"_s, "cold"));
    model.flush();
    model.setFilterText(u"warm"_s);
    QCOMPARE(model.shownTopicCount(), 0);
    QVERIFY(!model.isShown(model.indexOfTopic(u"a"_s)));

    model.addMessages({message(u"a/x"_s, "warm"), message(u"b/warmer/c"_s, "0")});
    model.flush();
    QCOMPARE(model.shownTopicCount(), 2);
    QVERIFY(model.isShown(model.indexOfTopic(u"a"_s)));
    QVERIFY(model.isShown(model.indexOfTopic(u"b/warmer/c"_s)));

    model.addMessage(message(u"a/x"_s, "cold again"));
    model.flush();
    QCOMPARE(model.shownTopicCount(), 1);
    QVERIFY(!model.isShown(model.indexOfTopic(u"a"_s)));

    model.setFilterText(u"b/+/c"_s);
    model.addMessage(message(u"b/other/c"_s));
    model.flush();
    QCOMPARE(model.shownTopicCount(), 2);
    QVERIFY(model.removeSubtree(u"b/warmer"_s));
    QCOMPARE(model.shownTopicCount(), 1);
    QVERIFY(model.isShown(model.indexOfTopic(u"b"_s)));
}

void tst_TopicTreeModel::sortsNamesNaturally()
{
    TopicTreeModel model;
    model.addMessages({message(u"s/sensor10"_s), message(u"s/sensor2"_s), message(u"s/Sensor1"_s)});
    model.flush();
    fetchAll(model);
    const QModelIndex s = model.index(0, 0);
    const QModelIndex sensor10 = model.index(0, 0, s);
    const QModelIndex sensor2 = model.index(1, 0, s);
    const QModelIndex sensor1 = model.index(2, 0, s);
    QVERIFY(model.compare(sensor2, sensor10) < 0);
    QVERIFY(model.compare(sensor1, sensor2) < 0);
    QVERIFY(model.compare(sensor10, sensor1) > 0);
}

void tst_TopicTreeModel::lastMessageComesFromHistory()
{
    TopicTreeModel model;
    model.addMessage(message(u"h/t"_s, "first"));
    model.addMessage(message(u"h/t"_s, "second"));
    model.flush();
    const QVariant last = topicData(model, u"h/t"_s, 0, TopicTreeModel::LastMessageRole);
    QVERIFY(last.isValid());
    QCOMPARE(last.value<ReceivedMessage>().message.payload(), QByteArray("second"));
    QVERIFY(last.value<ReceivedMessage>().receivedAtMs > 0);
    QCOMPARE(model.history()->count(u"h/t"_s), 2);
    QVERIFY(!topicData(model, u"h"_s, 0, TopicTreeModel::LastMessageRole).isValid());
}

QTEST_MAIN(tst_TopicTreeModel)
#include "tst_topictreemodel.moc"
