// The topic tree's small parts: payload previews, natural order, filter text and the tree
// storage's paths.
#include "topics/messagerate.h"
#include "topics/naturalcompare.h"
#include "topics/payloadpreview.h"
#include "topics/topicmatcher.h"
#include "topics/topictree.h"

#include <QtCore/qelapsedtimer.h>
#include <QtTest/qtest.h>

#include <numbers>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

class tst_TopicPieces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewsPayloads_data();
    void previewsPayloads();
    void previewOfHugePayloadLooksAtItsStartOnly();
    void ordersNaturally_data();
    void ordersNaturally();
    void readsFilterText_data();
    void readsFilterText();
    void searchesOnlyWhatALevelAdds();
    void skipsLevelsATopicFilterRulesOut();
    void narrowsWhenTextGrows();
    void rateSettlesAtTheMessageRateAndDecays();
    void treeFindsAndRebuildsTopics();
};

void tst_TopicPieces::previewsPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("preview");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("text") << QByteArray("21.5") << u"21.5"_s;
    QTest::newRow("one line") << QByteArray("{\n  \"a\": 1,\r\n\t\"b\": 2\n}")
                              << u"{ \"a\": 1, \"b\": 2 }"_s;
    QTest::newRow("utf-8") << QByteArray("temp \xc2\xb0"
                                         "C")
                           << u"temp \u00b0C"_s;
    QTest::newRow("cut to 200") << QByteArray(300, 'a') << QString(200, u'a') + QChar(0x2026);
    QTest::newRow("exactly 200") << QByteArray(200, 'a') << QString(200, u'a');
    QTest::newRow("nul") << QByteArray("a\0b", 3) << u"<3 bytes binary>"_s;
    QTest::newRow("control") << QByteArray("a\x1b[0m") << u"<5 bytes binary>"_s;
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe") << u"<2 bytes binary>"_s;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << u"<3 bytes binary>"_s;
    QTest::newRow("cut sequence at the end") << QByteArray("ab\xc2") << u"<3 bytes binary>"_s;
}

void tst_TopicPieces::previewsPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, preview);
    QCOMPARE(PayloadPreview::of(payload), preview);
}

void tst_TopicPieces::previewOfHugePayloadLooksAtItsStartOnly()
{
    // 64 MB of two-byte characters.
    QByteArray huge(64 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < huge.size() - 1; i += 2) {
        huge[i] = '\xc3';
        huge[i + 1] = '\xa9'; // é
    }
    QElapsedTimer timer;
    timer.start();
    const QString preview = PayloadPreview::of(huge);
    QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(preview, QString(200, QChar(0xe9)) + QChar(0x2026));
    // Binary past the part looked at does not make it binary.
    huge[huge.size() - 1] = '\0';
    QVERIFY(!PayloadPreview::of(huge).startsWith(u'<'));
    QVERIFY(PayloadPreview::isText(QByteArrayView(huge).first(1001), true));
    QVERIFY(!PayloadPreview::isText(QByteArrayView(huge).first(1001), false));
}

void tst_TopicPieces::ordersNaturally_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("numbers by value") << u"sensor2"_s << u"sensor10"_s << -1;
    QTest::newRow("case ignored") << u"Beta"_s << u"alpha"_s << 1;
    QTest::newRow("case breaks ties") << u"A"_s << u"a"_s << -1;
    QTest::newRow("equal") << u"room7"_s << u"room7"_s << 0;
    QTest::newRow("leading zeros tie") << u"s007"_s << u"s7"_s << 1;
    QTest::newRow("prefix first") << u"room"_s << u"room1"_s << -1;
    QTest::newRow("huge numbers") << u"n123456789012345678901234567890"_s
                                  << u"n99999999999999999999999999999"_s << 1;
    QTest::newRow("empty first") << QString() << u"a"_s << -1;
    QTest::newRow("several runs") << u"a1b10"_s << u"a1b9"_s << 1;
}

void tst_TopicPieces::ordersNaturally()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(qBound(-1, naturalCompare(a, b), 1), order);
    QCOMPARE(qBound(-1, naturalCompare(b, a), 1), -order);
}

void tst_TopicPieces::readsFilterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TopicMatcher::Mode>("mode");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("matches");
    const auto text = TopicMatcher::Mode::Text;
    const auto filter = TopicMatcher::Mode::TopicFilter;
    QTest::newRow("empty") << QString() << TopicMatcher::Mode::Everything << u"a"_s << true;
    QTest::newRow("substring") << u"OOM"_s << text << u"site/room1"_s << true;
    QTest::newRow("no substring") << u"kitchen"_s << text << u"site/room1"_s << false;
    QTest::newRow("plus") << u"site/+"_s << filter << u"site/room1"_s << true;
    QTest::newRow("plus, deeper") << u"site/+"_s << filter << u"site/room1/t"_s << false;
    QTest::newRow("hash") << u"site/#"_s << filter << u"site"_s << true;
    QTest::newRow("hash, $SYS") << u"#"_s << filter << u"$SYS/x"_s << false;
    QTest::newRow("invalid filter is text") << u"a+b"_s << text << u"xa+bx"_s << true;
    QTest::newRow("hash inside is text") << u"#tag"_s << text << u"news/#tag"_s << true;
}

void tst_TopicPieces::readsFilterText()
{
    QFETCH(QString, text);
    QFETCH(TopicMatcher::Mode, mode);
    QFETCH(QString, topic);
    QFETCH(bool, matches);
    const TopicMatcher matcher(text);
    QCOMPARE(matcher.mode(), mode);
    QCOMPARE(matcher.matchesTopic(topic), matches);
}

void tst_TopicPieces::searchesOnlyWhatALevelAdds()
{
    const TopicMatcher matcher(u"e/k"_s);
    // "home/kitchen" adds "/kitchen" (8 characters) to "home": the match spans the separator.
    QVERIFY(matcher.matchesTopicEnd(u"home/kitchen"_s, 8));
    QVERIFY(!matcher.matchesTopicEnd(u"home/garage"_s, 7));
    // A match wholly inside the parent's part is not the level's to report.
    QVERIFY(!TopicMatcher(u"ho"_s).matchesTopicEnd(u"home/kitchen"_s, 8));
    QVERIFY(TopicMatcher(u"value"_s).matchesValue(u"a VALUE"_s));
    QVERIFY(!TopicMatcher(u"+/x"_s).matchesValue(u"+/x"_s)); // topic filters ignore values
}

void tst_TopicPieces::skipsLevelsATopicFilterRulesOut()
{
    const TopicMatcher filter(u"site/+/temp"_s);
    QVERIFY(filter.mayMatchAt(0, u"site"));
    QVERIFY(!filter.mayMatchAt(0, u"other"));
    QVERIFY(filter.mayMatchAt(1, u"anything"));
    QVERIFY(filter.mayMatchAt(2, u"temp"));
    QVERIFY(!filter.mayMatchAt(2, u"humidity"));
    QVERIFY(!filter.mayMatchAt(3, u"temp")); // deeper than the filter
    const TopicMatcher multi(u"+/#"_s);
    QVERIFY(multi.mayMatchAt(0, u"a"));
    QVERIFY(!multi.mayMatchAt(0, u"$SYS")); // [MQTT-4.7.2-1]
    QVERIFY(multi.mayMatchAt(7, u"$deep"));
    const TopicMatcher shared(u"$share/group/a/+"_s);
    QCOMPARE(shared.mode(), TopicMatcher::Mode::TopicFilter);
    QVERIFY(shared.mayMatchAt(0, u"a"));
    QVERIFY(!shared.mayMatchAt(0, u"$share"));
    QVERIFY(shared.matchesTopic(u"a/b"));
    QVERIFY(TopicMatcher(u"text"_s).mayMatchAt(5, u"x"));
}

void tst_TopicPieces::narrowsWhenTextGrows()
{
    QVERIFY(TopicMatcher(u"room1"_s).narrows(TopicMatcher(u"ROOM"_s)));
    QVERIFY(TopicMatcher(u"xroomx"_s).narrows(TopicMatcher(u"room"_s)));
    QVERIFY(!TopicMatcher(u"room"_s).narrows(TopicMatcher(u"room1"_s)));
    // The marks of "no filter" are not kept up to date: nothing narrows it.
    QVERIFY(!TopicMatcher(u"room"_s).narrows(TopicMatcher()));
    QVERIFY(!TopicMatcher(u"room/+"_s).narrows(TopicMatcher(u"room"_s)));
}

void tst_TopicPieces::rateSettlesAtTheMessageRateAndDecays()
{
    MessageRate rate;
    const double timeConstant = 5000;
    // 10 messages per second, in batches of one every 100 ms, for a minute.
    for (qint64 t = 0; t <= 60'000; t += 100)
        rate.add(1, t, timeConstant);
    QVERIFY2(qAbs(rate.at(60'000, timeConstant) - 10) < 0.6,
             qPrintable(QString::number(rate.at(60'000, timeConstant))));
    QCOMPARE(qRound(rate.at(65'000, timeConstant) * 1000),
             qRound(rate.perSecond / std::numbers::e * 1000));
    QCOMPARE(MessageRate().at(1000, timeConstant), 0.0);
}

void tst_TopicPieces::treeFindsAndRebuildsTopics()
{
    TopicTree tree;
    QStringList created;
    const auto record = [&](int, QStringView topic) { created.append(topic.toString()); };
    const int c = tree.findOrCreate(u"a/b/c"_s, record);
    QCOMPARE(created, (QStringList {u"a"_s, u"a/b"_s, u"a/b/c"_s}));
    created.clear();
    QCOMPARE(tree.findOrCreate(u"a/b/c"_s, record), c);
    QVERIFY(created.isEmpty());
    const int empty = tree.findOrCreate(u"//"_s, record);
    QCOMPARE(created, (QStringList {QString(), u"/"_s, u"//"_s}));
    QCOMPARE(tree.fullTopic(empty), u"//"_s);
    QCOMPARE(tree.fullTopic(c), u"a/b/c"_s);
    QCOMPARE(tree.find(u"a/b"_s), tree[c].parent);
    QCOMPARE(tree.find(u"a/x"_s), -1);
    QCOMPARE(tree.size(), 1 + 3 + 3);

    QStringList visited;
    tree.visit(
        tree.find(u"a"_s),
        [&](int, QStringView topic, qsizetype added, int depth) {
            visited.append(u"%1+%2@%3"_s.arg(topic).arg(added).arg(depth));
            return !topic.endsWith(u"/c");
        },
        [](int) {});
    QCOMPARE(visited, (QStringList {u"a+1@0"_s, u"a/b+2@1"_s, u"a/b/c+2@2"_s}));
    // Not going into a/b/c skips what is below it.
    tree.findOrCreate(u"a/b/c/d"_s, record);
    visited.clear();
    tree.visit(
        tree.find(u"a/b"_s),
        [&](int, QStringView topic, qsizetype, int) {
            visited.append(topic.toString());
            return !topic.endsWith(u"/c");
        },
        [&](int id) { visited.append(u"<"_s + tree.fullTopic(id)); });
    QCOMPARE(visited, (QStringList {u"a/b"_s, u"a/b/c"_s, u"<a/b/c"_s, u"<a/b"_s}));

    tree.removeSubtree(tree.find(u"a/b"_s));
    QCOMPARE(tree.find(u"a/b/c"_s), -1);
    QCOMPARE(tree.size(), 1 + 1 + 3);
    const int again = tree.findOrCreate(u"a/b/c"_s, record); // reuses the freed nodes
    QCOMPARE(tree.fullTopic(again), u"a/b/c"_s);
    QCOMPARE(tree.size(), 1 + 3 + 3);
}

QTEST_GUILESS_MAIN(tst_TopicPieces)
#include "tst_topicpieces.moc"
