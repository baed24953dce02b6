// PacketIdMap against std::map: the identifiers of a stream in flight (one after the other,
// acknowledged out of order, wrapping at 65,535), random ones, growth, and removal in the middle
// of a probe run, which must move the later entries back.
#include "connection/packetidmap.h"

#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <map>

using namespace OhMqtt;

namespace {

using Reference = std::map<quint16, int>;

// Every entry of the reference is found with its value, and nothing else is.
bool sameAs(PacketIdMap<int> &map, const Reference &reference)
{
    if (map.size() != qsizetype(reference.size()))
        return false;
    for (const auto &[id, value] : reference) {
        const int *found = map.find(id);
        if (!found || *found != value)
            return false;
    }
    qsizetype visited = 0;
    bool known = true;
    map.forEach([&](quint16 id, int value) {
        ++visited;
        const auto it = reference.find(id);
        known = known && it != reference.end() && it->second == value;
    });
    return known && visited == map.size();
}

} // namespace

class tst_PacketIdMap : public QObject
{
    Q_OBJECT

private slots:
    void emptyMap()
    {
        PacketIdMap<int> map;
        QVERIFY(map.isEmpty());
        QVERIFY(!map.contains(1));
        QVERIFY(!map.contains(0)); // never an identifier [MQTT-2.2.1-3]
        QCOMPARE(map.take(7), 0);
        QVERIFY(!map.remove(7));
        QCOMPARE(map.value(7), 0);
    }

    void insertReplacesAndTakeRemoves()
    {
        PacketIdMap<QString> map;
        map.insert(5, QStringLiteral("a"));
        map.insert(5, QStringLiteral("b"));
        QCOMPARE(map.size(), 1);
        QCOMPARE(map.value(5), QStringLiteral("b"));
        QCOMPARE(map.take(5), QStringLiteral("b"));
        QVERIFY(map.isEmpty());
        QVERIFY(!map.contains(5));
    }

    // Identifiers with the same home slot (16 apart while the table has 16 slots): removing the
    // first of the run must leave the others reachable.
    void removalInsideAProbeRun()
    {
        PacketIdMap<int> map;
        Reference reference;
        for (const quint16 id : {1, 17, 33, 2, 49, 18}) {
            map.insert(id, id * 10);
            reference[id] = id * 10;
        }
        for (const quint16 id : {17, 1, 2, 49}) {
            QVERIFY(map.remove(id));
            reference.erase(id);
            QVERIFY2(sameAs(map, reference),
                     qPrintable(QStringLiteral("after removing %1").arg(id)));
        }
    }

    // Runs that wrap around the end of the table.
    void removalAcrossTheTableEnd()
    {
        PacketIdMap<int> map;
        Reference reference;
        for (const quint16 id : {15, 31, 47, 14, 30}) {
            map.insert(id, id);
            reference[id] = id;
        }
        for (const quint16 id : {15, 14, 31}) {
            QVERIFY(map.remove(id));
            reference.erase(id);
            QVERIFY2(sameAs(map, reference),
                     qPrintable(QStringLiteral("after removing %1").arg(id)));
        }
    }

    // A window of flows, acknowledged in a shuffled order, through several wraps of 65,535.
    void streamInFlight()
    {
        QRandomGenerator random(20261205);
        PacketIdMap<int> map;
        Reference reference;
        quint16 next = 0;
        for (int step = 0; step < 300'000; ++step) {
            if (reference.size() < 100 && random.bounded(3) != 0) {
                next = next == 65535 ? 1 : quint16(next + 1);
                map.insert(next, step);
                reference[next] = step;
            } else if (!reference.empty()) {
                auto it = reference.begin();
                std::advance(it, random.bounded(int(reference.size())));
                QCOMPARE(map.take(it->first), it->second);
                reference.erase(it);
            }
            if (step % 1'000 == 0)
                QVERIFY(sameAs(map, reference));
        }
        QVERIFY(sameAs(map, reference));
    }

    // Random identifiers, up to every one at once.
    void randomIdentifiersUpToAll()
    {
        QRandomGenerator random(7);
        PacketIdMap<int> map;
        Reference reference;
        for (int step = 0; step < 200'000; ++step) {
            const auto id = quint16(1 + random.bounded(65535));
            if (random.bounded(4) != 0) {
                map.insert(id, step);
                reference[id] = step;
            } else {
                QCOMPARE(map.remove(id), reference.erase(id) == 1);
            }
        }
        QVERIFY(sameAs(map, reference));
        for (int id = 1; id <= 65535; ++id) {
            map.insert(quint16(id), -id);
            reference[quint16(id)] = -id;
        }
        QCOMPARE(map.size(), 65535);
        QVERIFY(sameAs(map, reference));
    }

    void removeIfAndClear()
    {
        PacketIdMap<int> map;
        for (quint16 id = 1; id <= 1000; ++id)
            map.insert(id, id);
        QCOMPARE(map.removeIf([](quint16, int value) { return value % 3 == 0; }), 333);
        QCOMPARE(map.size(), 667);
        QVERIFY(!map.contains(3));
        QVERIFY(map.contains(4));
        map.clear();
        QVERIFY(map.isEmpty());
        QVERIFY(!map.contains(4));
        map.insert(4, 1);
        QCOMPARE(map.value(4), 1);
    }
};

QTEST_APPLESS_MAIN(tst_PacketIdMap)
#include "tst_packetidmap.moc"
