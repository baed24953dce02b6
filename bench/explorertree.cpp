// Explorer topic tree: 100,000 topics shaped site/building/floor/room/sensor go through
// TopicTreeModel, its proxy and a TopicBrowser shown offscreen; prints the time of ingestion,
// of 10,000-message batches, of filter keystrokes (text and topic filters) and of sorting, and
// resident memory. The shape is fixed, so that figures compare across runs. Each "+ events"
// figure includes the view's layout and painting that the step causes.
#include "topics/messagehistory.h"
#include "topics/topicbrowser.h"
#include "topics/topicproxymodel.h"
#include "topics/topictree.h"
#include "topics/topictreemodel.h"

#include "processmemory.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qsortfilterproxymodel.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtreeview.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace OhMqttExplorer;

namespace {

constexpr int Sites = 5;
constexpr int Buildings = 10;
constexpr int Floors = 10;
constexpr int Rooms = 20;
constexpr int Sensors = 10;
constexpr int TopicCount = Sites * Buildings * Floors * Rooms * Sensors; // 100,000

double residentMiB()
{
    return OhMqttBench::processMemory().residentMiB;
}

QString topicName(int i)
{
    const int sensor = i % Sensors;
    const int room = (i / Sensors) % Rooms;
    const int floor = (i / (Sensors * Rooms)) % Floors;
    const int building = (i / (Sensors * Rooms * Floors)) % Buildings;
    const int site = i / (Sensors * Rooms * Floors * Buildings);
    return QStringLiteral("site%1/building%2/floor%3/room%4/sensor%5")
        .arg(site)
        .arg(building)
        .arg(floor)
        .arg(room)
        .arg(sensor);
}

OhMqtt::MqttMessage makeMessage(const QString &topic, int serial)
{
    OhMqtt::PublishPacket packet;
    packet.topic = topic;
    if (serial % 10 == 9) {
        packet.payload = QByteArray(16, char(serial & 0x7f)).prepend('\0');
    } else {
        packet.payload = QByteArrayLiteral("{\"temperature\":") +
            QByteArray::number(15 + (serial % 150) / 10.0) + QByteArrayLiteral(",\"unit\":\"C\"}");
    }
    packet.qos = OhMqtt::QoS(serial % 3);
    packet.packetId = packet.qos == OhMqtt::QoS::Q0 ? 0 : 1;
    packet.retain = serial < TopicCount;
    return OhMqtt::MqttMessage(std::move(packet));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void row(const char *step, double ms, const char *note = "")
{
    std::printf("| %-58s | %9.2f | %s\n", step, ms, note);
    std::fflush(stdout);
}

// Runs `step`, then lets the view lay out and paint; prints both times.
template<typename Step> void measured(const char *name, Step &&step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    const double applied = msSince(timer);
    QCoreApplication::processEvents();
    const double withEvents = msSince(timer);
    char note[64];
    std::snprintf(note, sizeof note, "+ events %.2f ms", withEvents);
    row(name, applied, note);
}

void typeFilter(TopicBrowser &browser, const QString &text, const char *label)
{
    double worst = 0;
    QElapsedTimer all;
    all.start();
    for (qsizetype length = 1; length <= text.size(); ++length) {
        QElapsedTimer timer;
        timer.start();
        browser.filterEdit()->setText(text.first(length)); // as each keystroke does
        QCoreApplication::processEvents();
        worst = std::max(worst, msSince(timer));
    }
    char name[96];
    std::snprintf(name, sizeof name, "type \"%s\" (%s), worst keystroke + events", qPrintable(text),
                  label);
    char note[64];
    std::snprintf(note, sizeof note, "%lld keystrokes, %.1f ms in all, %d topics shown",
                  qlonglong(text.size()), msSince(all), browser.model()->shownTopicCount());
    row(name, worst, note);
}

void setFilter(TopicBrowser &browser, const QString &text, const char *label)
{
    char name[96];
    std::snprintf(name, sizeof name, "filter \"%s\" (%s)", qPrintable(text), label);
    measured(name, [&] { browser.filterEdit()->setText(text); });
}

// Walks every row the proxy has, so that it maps (filters and sorts) every parent.
qsizetype mapEverything(QAbstractItemModel &model, const QModelIndex &parent = {})
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    qsizetype rows = model.rowCount(parent);
    for (int r = 0, n = model.rowCount(parent); r < n; ++r)
        rows += mapEverything(model, model.index(r, 0, parent));
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("explorer topic tree: %d topics (%d sites x %d buildings x %d floors x %d rooms x "
                "%d sensors)\n\n",
                TopicCount, Sites, Buildings, Floors, Rooms, Sensors);
    std::printf("| %-58s | %9s | %s\n", "step", "ms", "notes");
    std::printf("|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(11, '-').constData());

    const double rssStart = residentMiB();
    QList<QString> topics;
    topics.reserve(TopicCount);
    for (int i = 0; i < TopicCount; ++i)
        topics.append(topicName(i));
    QList<OhMqtt::MqttMessage> first;
    first.reserve(TopicCount);
    for (int i = 0; i < TopicCount; ++i)
        first.append(makeMessage(topics[i], i));
    const double rssMessages = residentMiB();

    TopicTreeModel model;
    model.setBatchInterval(60'000); // batches are applied by flush() below, and timed
    TopicBrowser browser(&model);
    browser.resize(1280, 900);
    browser.show();
    QCoreApplication::processEvents();

    measured("addMessage x 100,000 (only queued)", [&] {
        for (const OhMqtt::MqttMessage &message : std::as_const(first))
            model.addMessage(message);
    });
    measured("flush: 100,000 new topics into the tree", [&] { model.flush(); });
    first.clear();
    const double rssTree = residentMiB();

    // A realistic view: one room open, one building open down to its floors.
    measured("selectTopic deep (fetch + expand path)",
             [&] { browser.selectTopic(QStringLiteral("site2/building3/floor4/room5/sensor6")); });
    measured("expand site0/building0 and its 10 floors", [&] {
        const QModelIndex building = browser.proxyModel()->mapFromSource(
            model.indexOfTopic(QStringLiteral("site0/building0")));
        browser.view()->expand(building.parent());
        browser.view()->expand(building);
        for (int f = 0; f < Floors; ++f)
            browser.view()->expand(browser.proxyModel()->index(f, 0, building));
    });

    std::mt19937 random(42);
    std::uniform_int_distribution<int> anyTopic(0, TopicCount - 1);
    int serial = TopicCount;
    std::vector<double> batchTimes;
    std::vector<double> batchWithEvents;
    for (int batch = 0; batch < 10; ++batch) {
        for (int i = 0; i < 10'000; ++i)
            model.addMessage(makeMessage(topics[anyTopic(random)], serial++));
        QElapsedTimer timer;
        timer.start();
        model.flush();
        batchTimes.push_back(msSince(timer));
        QCoreApplication::processEvents();
        batchWithEvents.push_back(msSince(timer));
    }
    std::sort(batchTimes.begin(), batchTimes.end());
    std::sort(batchWithEvents.begin(), batchWithEvents.end());
    char note[96];
    std::snprintf(note, sizeof note, "median; worst %.2f; + events median %.2f worst %.2f",
                  batchTimes.back(), batchWithEvents[5], batchWithEvents.back());
    row("flush: 10,000 messages to random existing topics", batchTimes[5], note);
    measured("rate refresh (100,000 rates decaying; shown rows only)",
             [&] { model.refreshRates(); });

    typeFilter(browser, QStringLiteral("room17"), "text");
    typeFilter(browser, QStringLiteral("sensor3"), "text");
    setFilter(browser, QStringLiteral("21.5"), "text in values");
    setFilter(browser, QStringLiteral("nothing-matches-this"), "text, no match");
    setFilter(browser, QStringLiteral("+/+/+/room7/sensor3"), "topic filter");
    setFilter(browser, QStringLiteral("site2/building4/#"), "topic filter");
    setFilter(browser, QStringLiteral("site1/+/floor3/+/sensor9"), "topic filter");
    setFilter(browser, QString(), "cleared");

    measured("sort by Messages (click header)", [&] {
        browser.view()->sortByColumn(TopicTreeModel::MessagesColumn, Qt::DescendingOrder);
    });
    measured("sort by Rate", [&] {
        browser.view()->sortByColumn(TopicTreeModel::RateColumn, Qt::DescendingOrder);
    });
    measured("sort by Topic", [&] {
        browser.view()->sortByColumn(TopicTreeModel::TopicColumn, Qt::AscendingOrder);
    });

    // Worst case: every node fetched and every parent mapped by the proxy.
    qsizetype mapped = 0;
    measured("fetch + map the whole tree through the proxy",
             [&] { mapped = mapEverything(*browser.proxyModel()); });
    std::printf("|   (%lld proxy rows mapped)\n", qlonglong(mapped));
    measured("sort by Messages, whole tree mapped", [&] {
        browser.view()->sortByColumn(TopicTreeModel::MessagesColumn, Qt::DescendingOrder);
    });
    measured("sort by Topic, whole tree mapped", [&] {
        browser.view()->sortByColumn(TopicTreeModel::TopicColumn, Qt::AscendingOrder);
    });
    setFilter(browser, QStringLiteral("room17"), "text, whole tree mapped");
    setFilter(browser, QStringLiteral("+/+/+/room7/sensor3"), "topic filter, whole tree mapped");
    setFilter(browser, QString(), "cleared, whole tree mapped");
    for (int i = 0; i < 10'000; ++i)
        model.addMessage(makeMessage(topics[anyTopic(random)], serial++));
    measured("flush: 10,000 messages, whole tree mapped", [&] { model.flush(); });

    // For comparison: QSortFilterProxyModel's own recursive filtering on the same model.
    {
        QSortFilterProxyModel plain;
        plain.setRecursiveFilteringEnabled(true);
        plain.setFilterCaseSensitivity(Qt::CaseInsensitive);
        plain.setSourceModel(&model);
        mapEverything(plain);
        measured("baseline: QSFPM recursive setFilterFixedString(\"room17\")",
                 [&] { plain.setFilterFixedString(QStringLiteral("room17")); });
        measured("baseline: QSFPM recursive setFilterFixedString(\"room1\")",
                 [&] { plain.setFilterFixedString(QStringLiteral("room1")); });
    }

    // A retained burst as a broker sends it on subscribing, applied by the model's own timer:
    // how long the interface is held at most.
    {
        TopicTreeModel burst;
        burst.setBatchInterval(0);
        for (int i = 0; i < TopicCount; ++i)
            burst.addMessage(makeMessage(topics[i], i));
        // Each batch ends with countsChanged(); with a 0 ms interval batches follow each other.
        QElapsedTimer all;
        all.start();
        double previous = 0;
        double worst = 0;
        int batches = 0;
        QObject::connect(&burst, &TopicTreeModel::countsChanged, [&] {
            const double now = msSince(all);
            worst = std::max(worst, now - previous);
            previous = now;
            ++batches;
        });
        while (burst.pendingCount() > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        char burstNote[96];
        std::snprintf(burstNote, sizeof burstNote, "%d batches, %.1f ms in all", batches,
                      msSince(all));
        row("burst of 100,000 new topics via the timer: longest batch", worst, burstNote);
    }

    const double rssEnd = residentMiB();
    std::printf("\nresident memory: start %.1f MiB, 100,000 messages made %.1f MiB, after the "
                "tree %.1f MiB, at the end %.1f MiB\n",
                rssStart, rssMessages, rssTree, rssEnd);
    std::printf("a node is %zu bytes (and its name, preview and children on the heap)\n",
                sizeof(TopicNode));
    std::printf("tree: %lld messages, %d topics; history: %lld messages, %.1f MiB counted\n",
                qlonglong(model.messageCount()), model.topicCount(),
                qlonglong(model.history()->messageCount()),
                double(model.history()->bytesUsed()) / (1 << 20));
    return 0;
}
