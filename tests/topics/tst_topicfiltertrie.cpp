// TopicFilterTrie: the same answers as matchTopicFilter(), at the cost of a topic's depth.
#include <OhMqtt/mqtttopic.h>

#include "client/topicfiltertrie.h"

#include <QtCore/qrandom.h>
#include <QtTest/QTest>

#include <algorithm>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The linear scan the trie replaces.
QStringList scan(const QStringList &filters, const QString &topic)
{
    QStringList result;
    for (const QString &filter : filters) {
        if (matchTopicFilter(filter, topic))
            result.append(filter);
    }
    return sorted(result);
}

// Levels from a small alphabet, so that filters and topics often meet: empty levels, a '$' level
// (which wildcards at the first level must not match) and, in filters, the wildcards.
QString randomLevels(QRandomGenerator &random, bool filter)
{
    static const QStringList TopicLevels {u"a"_s, u"b"_s, u"c"_s, QString(), u"$s"_s};
    const int depth = 1 + random.bounded(4);
    QStringList levels;
    for (int i = 0; i < depth; ++i) {
        const int pick = random.bounded(filter ? 7 : 5);
        if (pick < 5)
            levels.append(TopicLevels.at(pick));
        else if (pick == 5)
            levels.append(u"+"_s);
        else if (i == depth - 1)
            levels.append(u"#"_s); // only last [MQTT-4.7.1-1]
        else
            levels.append(u"a"_s);
    }
    return levels.join(u'/');
}

QString randomFilter(QRandomGenerator &random)
{
    QString filter;
    while (!isValidTopicFilter(filter)) { // "" is no filter [MQTT-4.7.3-1]
        filter = randomLevels(random, true);
        if (random.bounded(5) == 0)
            filter.prepend(u"$share/g%1/"_s.arg(random.bounded(2)));
    }
    return filter;
}

QString randomTopic(QRandomGenerator &random)
{
    QString topic;
    while (!isValidTopic(topic)) // "" is no topic [MQTT-4.7.3-1]
        topic = randomLevels(random, false);
    return topic;
}

} // namespace

class tst_TopicFilterTrie : public QObject
{
    Q_OBJECT

private slots:
    void matchesAsTheSpecificationSays_data();
    void matchesAsTheSpecificationSays();
    void insertAndRemove();
    void agreesWithMatchTopicFilterAtRandom();
    void tenThousandFilters();
};

void tst_TopicFilterTrie::matchesAsTheSpecificationSays_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("matches");
    // MQTT 4.7.1: '#' the rest, the parent level included; '+' exactly one level.
    QTest::newRow("exact") << u"a/b"_s << u"a/b"_s << true;
    QTest::newRow("exact, other level") << u"a/b"_s << u"a/c"_s << false;
    QTest::newRow("exact, longer topic") << u"a/b"_s << u"a/b/c"_s << false;
    QTest::newRow("# alone") << u"#"_s << u"a/b/c"_s << true;
    QTest::newRow("# the parent level") << u"sport/tennis/#"_s << u"sport/tennis"_s << true;
    QTest::newRow("# below") << u"sport/tennis/#"_s << u"sport/tennis/player1/ranking"_s << true;
    QTest::newRow("# not a sibling") << u"sport/tennis/#"_s << u"sport/golf"_s << false;
    QTest::newRow("+ one level") << u"sport/+/player1"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("+ not two") << u"sport/+"_s << u"sport/tennis/player1"_s << false;
    QTest::newRow("+ not none") << u"sport/+"_s << u"sport"_s << false;
    QTest::newRow("+ an empty level") << u"sport/+"_s << u"sport/"_s << true;
    QTest::newRow("+/+ and /") << u"+/+"_s << u"/"_s << true;
    QTest::newRow("/+ and /finance") << u"/+"_s << u"/finance"_s << true;
    QTest::newRow("+ and /finance") << u"+"_s << u"/finance"_s << false;
    QTest::newRow("empty levels") << u"a//b"_s << u"a//b"_s << true;
    QTest::newRow("+/# and one level") << u"+/#"_s << u"a"_s << true;
    // [MQTT-4.7.2-1] Wildcards at the first level do not match topics starting with '$'.
    QTest::newRow("# and $SYS") << u"#"_s << u"$SYS/uptime"_s << false;
    QTest::newRow("+/x and $SYS/x") << u"+/uptime"_s << u"$SYS/uptime"_s << false;
    QTest::newRow("$SYS/# and $SYS/x") << u"$SYS/#"_s << u"$SYS/uptime"_s << true;
    QTest::newRow("a/+ and a/$x") << u"a/+"_s << u"a/$x"_s << true;
    // [MQTT-4.8.2] A shared filter matches as its filter part does.
    QTest::newRow("shared") << u"$share/g/a/+"_s << u"a/b"_s << true;
    QTest::newRow("shared, other") << u"$share/g/a/+"_s << u"b/b"_s << false;
    QTest::newRow("shared #, $SYS") << u"$share/g/#"_s << u"$SYS/x"_s << false;
    QTest::newRow("shared #") << u"$share/g/#"_s << u"x"_s << true;
}

void tst_TopicFilterTrie::matchesAsTheSpecificationSays()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, matches);
    QCOMPARE(matchTopicFilter(filter, topic), matches); // the reference agrees with the row
    TopicFilterTrie trie;
    const QStringList decoys {u"x/y"_s, u"a/b/c/d"_s, u"$SYS/other"_s, u"q/#"_s, u"+/z"_s};
    for (const QString &decoy : decoys)
        trie.insert(decoy);
    QVERIFY(trie.insert(filter));
    QCOMPARE(trie.matches(topic).contains(filter), matches);
    QCOMPARE(sorted(trie.matches(topic)), scan(decoys + QStringList {filter}, topic));
}

void tst_TopicFilterTrie::insertAndRemove()
{
    TopicFilterTrie trie;
    QVERIFY(trie.insert(u"a/+"_s));
    QVERIFY(!trie.insert(u"a/+"_s)); // once
    QVERIFY(trie.insert(u"$share/g/a/+"_s)); // another subscription, matched alike
    QVERIFY(trie.insert(u"$share/h/a/+"_s));
    QVERIFY(trie.insert(u"a/#"_s));
    QVERIFY(trie.insert(u"#"_s));
    QCOMPARE(trie.size(), 5);
    QVERIFY(trie.contains(u"$share/g/a/+"_s));
    QVERIFY(!trie.contains(u"a"_s));
    QCOMPARE(sorted(trie.matches(u"a/b"_s)),
             sorted({u"a/+"_s, u"$share/g/a/+"_s, u"$share/h/a/+"_s, u"a/#"_s, u"#"_s}));

    QVERIFY(!trie.remove(u"a/b"_s));
    QVERIFY(!trie.remove(u"$share/x/a/+"_s));
    QVERIFY(trie.remove(u"$share/g/a/+"_s));
    QVERIFY(!trie.remove(u"$share/g/a/+"_s));
    QCOMPARE(sorted(trie.matches(u"a/b"_s)),
             sorted({u"a/+"_s, u"$share/h/a/+"_s, u"a/#"_s, u"#"_s}));
    for (const QString &filter : {u"a/+"_s, u"$share/h/a/+"_s, u"a/#"_s, u"#"_s})
        QVERIFY(trie.remove(filter));
    QCOMPARE(trie.size(), 0);
    QVERIFY(trie.matches(u"a/b"_s).isEmpty());
    // Emptied nodes were pruned: a search starts and ends at the root.
    QVERIFY(trie.insert(u"z"_s));
    qsizetype visited = 0;
    QVERIFY(trie.matches(u"a/b"_s, &visited).isEmpty());
    QCOMPARE(visited, 1);
}

// Random filters and topics from a small alphabet: the trie and the scan agree on every topic,
// also after half the filters are gone.
void tst_TopicFilterTrie::agreesWithMatchTopicFilterAtRandom()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QByteArray context = "seed " + QByteArray::number(seed);
    for (int round = 0; round < 20; ++round) {
        TopicFilterTrie trie;
        QStringList filters;
        for (int i = 0; i < 60; ++i) {
            const QString filter = randomFilter(random);
            QCOMPARE(trie.insert(filter), !filters.contains(filter));
            if (!filters.contains(filter))
                filters.append(filter);
        }
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < 200; ++i) {
                const QString topic = randomTopic(random);
                QVERIFY2(sorted(trie.matches(topic)) == scan(filters, topic),
                         context + " topic " + topic.toUtf8());
            }
            std::shuffle(filters.begin(), filters.end(), random);
            for (const QString &gone : filters.mid(filters.size() / 2))
                QVERIFY(trie.remove(gone));
            filters.resize(filters.size() / 2);
            QCOMPARE(trie.size(), filters.size());
        }
    }
}

// 10,000 filters of a fleet of devices: every answer is the scan's, and a search looks at a few
// nodes, not at 10,000 filters.
void tst_TopicFilterTrie::tenThousandFilters()
{
    TopicFilterTrie trie;
    QStringList filters;
    for (int device = 0; filters.size() < 10'000; ++device) {
        const QString id = QString::number(device);
        filters.append({u"site/%1/device/%2/+"_s.arg(device % 50).arg(id),
                        u"site/+/device/%1/#"_s.arg(id), u"$share/g/site/%1/#"_s.arg(id),
                        u"site/%1/+/%2/temperature"_s.arg(device % 50).arg(id)});
    }
    filters.resize(10'000);
    for (const QString &filter : std::as_const(filters))
        QVERIFY(trie.insert(filter));
    QCOMPARE(trie.size(), 10'000);

    QRandomGenerator random(10'000);
    qsizetype mostVisited = 0;
    for (int i = 0; i < 200; ++i) {
        const int device = random.bounded(2500);
        const QString topic = u"site/%1/device/%2/temperature"_s.arg(device % 50).arg(device);
        qsizetype visited = 0;
        const QStringList found = sorted(trie.matches(topic, &visited));
        QCOMPARE(found, scan(filters, topic));
        QVERIFY(!found.isEmpty());
        mostVisited = std::max(mostVisited, visited);
    }
    QVERIFY2(mostVisited < 20, QByteArray::number(mostVisited));
}

QTEST_APPLESS_MAIN(tst_TopicFilterTrie)
#include "tst_topicfiltertrie.moc"
