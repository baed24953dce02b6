// Explorer ingestion benchmark: the real main window, offscreen, on a local mosquitto, flooded by
// a publisher process — 100,000 distinct topics as fast as it can, then 10,000 messages per
// second for 60 s, at QoS 0. Prints the event loop's lateness (a 10 ms precise timer), resident
// memory, the time until every topic is in the tree, and whether every message arrived.
// `bench_explorer_ingest [--topics N] [--rate N] [--duration S] [--hot-percent P] [--quick]
// [--slow-events MS]`; the last lists every event that kept the GUI thread MS or longer.
// Exits non-zero only when the run cannot be set up: timings are reported, never judged.
#include "ingestpublisher.h"
#include "ingestrun.h"
#include "ingesttraffic.h"
#include "slowevents.h"

#include "support/mosquittobroker.h"

#include <QtCore/qlocale.h>

#include <cstdio>
#include <cstring>

using namespace IngestBench;

namespace {

// The broker must not be what limits the run: no queue limits, no per-message logging; $SYS
// every second for its count of dropped messages.
OhMqttTest::MosquittoBroker::Options brokerOptions()
{
    OhMqttTest::MosquittoBroker::Options options;
    options.extraConfig = {
        QStringLiteral("log_type none"),           QStringLiteral("log_type error"),
        QStringLiteral("log_type warning"),        QStringLiteral("max_queued_messages 0"),
        QStringLiteral("max_inflight_messages 0"), QStringLiteral("set_tcp_nodelay true"),
        QStringLiteral("sys_interval 1")};
    return options;
}

QString grouped(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

double seconds(qint64 fromNs, qint64 toNs)
{
    return fromNs != 0 && toNs != 0 ? double(toNs - fromNs) / 1e9 : -1;
}

void row(const char *figure, const QString &value, const char *target = "")
{
    std::printf("| %-46s | %-34s | %-12s |\n", figure, qPrintable(value), target);
}

QString latency(const LatencyProbe::Summary &summary)
{
    return QStringLiteral("%1 / %2 / %3 ms (%4)")
        .arg(summary.p50, 0, 'f', 2)
        .arg(summary.p99, 0, 'f', 2)
        .arg(summary.max, 0, 'f', 1)
        .arg(grouped(summary.count));
}

QString mebibytes(double value)
{
    return QStringLiteral("%1 MiB").arg(value, 0, 'f', 1);
}

void printTable(const Settings &settings, const IngestResult &r)
{
    const double phase1S = seconds(r.phase1StartNs, r.phase1EndNs);
    const double phase2S = seconds(r.phase2StartNs, r.phase2EndNs);
    const double allTopicsS = seconds(r.phase1StartNs, r.allTopicsNs);
    std::printf("\nExplorer ingestion: %s topics, then %s msg/s for %d s (QoS 0, %d%% to %d hot "
                "topics)\n\n",
                qPrintable(grouped(settings.topics)), qPrintable(grouped(settings.rate)),
                settings.durationS, settings.hotPercent, HotTopics);
    row("figure", QStringLiteral("value"), "target");
    std::printf("|%s|%s|%s|\n", QByteArray(48, '-').constData(), QByteArray(36, '-').constData(),
                QByteArray(14, '-').constData());
    row("all topics in the tree, from the first publish",
        allTopicsS < 0 ? QStringLiteral("never (%1 of %2)")
                             .arg(grouped(r.topicsInTree), grouped(settings.topics))
                       : QStringLiteral("%1 s").arg(allTopicsS, 0, 'f', 2),
        "all present");
    row("topics in the tree at the end", grouped(r.topicsInTree));
    row("phase 1 publishing (publisher side)",
        QStringLiteral("%1 s, %2 msg/s")
            .arg(phase1S, 0, 'f', 2)
            .arg(grouped(qint64(double(r.phase1Sent) / phase1S))));
    row("phase 2 achieved rate (publisher side)",
        QStringLiteral("%1 msg/s over %2 s")
            .arg(grouped(qint64(double(r.phase2Sent) / phase2S)))
            .arg(phase2S, 0, 'f', 2));
    row("loop lateness p50 / p99 / max (samples): all", latency(r.whole), "p99 < 50 ms");
    row("  burst (phase 1 until all topics in)", latency(r.burst));
    row("  sustained (phase 2)", latency(r.sustained));
    row("messages sent / received / in the tree",
        QStringLiteral("%1 / %2 / %3")
            .arg(grouped(r.sent()), grouped(r.received), grouped(r.inTree)),
        "all");
    row("broker's dropped count ($SYS)",
        r.brokerDropped < 0 ? QStringLiteral("unknown") : grouped(r.brokerDropped));
    row("not yet received when phase 2 ended", grouped(r.backlogAtPhase2End));
    row("  received and in the tree after",
        QStringLiteral("%1 s").arg(seconds(r.phase2EndNs, r.drainEndNs), 0, 'f', 2));
    row("explorer resident memory: end / peak",
        mebibytes(r.explorer.residentMiB) + QStringLiteral(" / ") + mebibytes(r.explorer.peakMiB),
        "< 300 MB");
    row("  before the flood", mebibytes(r.beforeFlood.residentMiB));
    row("  history: counted / budget, evicted",
        QStringLiteral("%1 / %2, %3 msgs")
            .arg(mebibytes(double(r.historyBytes) / (1 << 20)),
                 mebibytes(double(r.historyBudget) / (1 << 20)), grouped(r.historyEvicted)));
    row("broker resident memory: peak", mebibytes(r.broker.peakMiB));
    row("messages in the detail pane's history", grouped(r.detailMessages));
    row("machine load average (1 min): start / end",
        QStringLiteral("%1 / %2").arg(r.loadBefore, 0, 'f', 2).arg(r.loadAfter, 0, 'f', 2));
    // One line for scripts (bench/run-explorer takes medians over runs).
    std::printf("\nresult all_topics_s=%.3f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f burst_p50_ms=%.3f "
                "burst_p99_ms=%.3f burst_max_ms=%.3f sustained_p50_ms=%.3f sustained_p99_ms=%.3f "
                "sustained_max_ms=%.3f rss_mib=%.1f peak_mib=%.1f phase2_rate=%.0f sent=%lld "
                "received=%lld in_tree=%lld dropped=%lld backlog=%lld drain_s=%.3f topics=%d "
                "broker_peak_mib=%.1f rss_before_mib=%.1f load_before=%.2f load_after=%.2f\n",
                allTopicsS, r.whole.p50, r.whole.p99, r.whole.max, r.burst.p50, r.burst.p99,
                r.burst.max, r.sustained.p50, r.sustained.p99, r.sustained.max,
                r.explorer.residentMiB, r.explorer.peakMiB, double(r.phase2Sent) / phase2S,
                r.sent(), r.received, r.inTree, r.brokerDropped, r.backlogAtPhase2End,
                seconds(r.phase2EndNs, r.drainEndNs), r.topicsInTree, r.broker.peakMiB,
                r.beforeFlood.residentMiB, r.loadBefore, r.loadAfter);
    std::fflush(stdout);
}

void printSlowEvents(const IngestResult &r,
                     const std::vector<SlowEventApplication::SlowEvent> &events)
{
    if (events.empty())
        return;
    std::printf("\nSlow events (from the first publish; phase 2 from %.2f s):\n",
                seconds(r.phase1StartNs, r.phase2StartNs));
    for (const auto &event : events) {
        if (event.atNs >= r.phase1StartNs && event.atNs + qint64(event.ms * 1e6) <= r.drainEndNs)
            std::printf("  %8.3f s %8.1f ms (CPU %5.1f ms)  %s\n",
                        seconds(r.phase1StartNs, event.atNs), event.ms, event.cpuMs,
                        qPrintable(event.what));
    }
}

int runExplorer(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    SlowEventApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--slow-events"));
        at >= 0 && at + 1 < arguments.size()) {
        app.setThresholdMs(arguments.at(at + 1).toDouble());
        arguments.remove(at, 2);
    }
    QString error;
    const auto settings = Settings::fromArguments(arguments, &error);
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    OhMqttTest::MosquittoBroker broker(brokerOptions());
    if (!broker.start(&error)) {
        std::fprintf(stderr, "mosquitto did not start: %s\n", qPrintable(error));
        return 1;
    }
    IngestRun run(*settings, broker.url(), broker.processId());
    if (!run.setUp(&error) || !run.run(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printTable(*settings, run.result());
    printSlowEvents(run.result(), app.slowEvents());
    return 0;
}

int runPublisherProcess(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const QStringList arguments = app.arguments();
    const auto settings = Settings::fromArguments(arguments.mid(3), &error);
    if (arguments.size() < 3 || !settings) {
        std::fprintf(stderr, "publisher: %s url [settings]: %s\n", PublisherFlag,
                     qPrintable(error));
        return 2;
    }
    return runPublisher(arguments.at(2), *settings);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], PublisherFlag) == 0)
        return runPublisherProcess(argc, argv);
    return runExplorer(argc, argv);
}
