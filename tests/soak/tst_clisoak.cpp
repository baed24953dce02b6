// Soak of the ohmqtt tool through a broken network: `ohmqtt pub -l` → FaultProxy → mosquitto →
// FaultProxy → `ohmqtt sub`, both with a kept session (-c -i), at QoS 1 and 2. Short (the tool
// waits 1 s before it reconnects); OHMQTT_SOAK_FULL=1 runs more; OHMQTT_SOAK_SEED replays.
#include "cli/toolarguments.h"
#include "cli/toolprocess.h"
#include "soak/soakenvironment.h"
#include "soak/soaktally.h"
#include "support/faultproxy.h"
#include "support/mosquittobroker.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <algorithm>

#include <csignal>

using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

const QString Tool = QStringLiteral(OHMQTT_TOOL);

} // namespace

class tst_CliSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesBrokenNetwork_data();
    void survivesBrokenNetwork();
};

void tst_CliSoak::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
}

void tst_CliSoak::survivesBrokenNetwork_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("qos");
    QTest::newRow("5 QoS 1") << u"5"_s << u"1"_s;
    QTest::newRow("5 QoS 2") << u"5"_s << u"2"_s;
    QTest::newRow("311 QoS 2") << u"311"_s << u"2"_s;
}

// pub -l exits 0 — every line acknowledged — and sub prints each line, the first occurrences in
// order (soaktally.h), at QoS 2 once [MQTT-4.3.3-10], across cuts at random byte offsets, stalls
// and fragments (no silence: the tool's shortest keep alive, 5 s, would make it long).
void tst_CliSoak::survivesBrokenNetwork()
{
    QFETCH(QString, version);
    QFETCH(QString, qos);
    const int messages = fullSoak() ? 2'000 : 300;
    const int cuts = fullSoak() ? 40 : 5;
    MosquittoBroker broker({.extraConfig = {u"max_queued_messages 0"_s}});
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    FaultProxy proxy(broker.port(), soakSeed());
    QString error;
    QVERIFY2(proxy.listen(&error), qPrintable(error));
    qInfo("cli soak seed %u (replay with OHMQTT_SOAK_SEED=%u)", proxy.seed(), proxy.seed());
    const QList<FaultProxy::Fault> schedule = proxy.drawSchedule(cuts, 1, 1, 0);

    const QString topic = uniqueName(u"soak/cli"_s);
    ToolProcess sub(
        Tool,
        arguments(u"sub"_s, proxy.port(), version,
                  {u"-t"_s, topic, u"-q"_s, qos, u"-c"_s, u"-i"_s, uniqueName(u"soak-sub"_s)}));
    QVERIFY(sub.start());
    // The subscription is in place once mosquitto logged it.
    QVERIFY2(QTest::qWaitFor([&] { return broker.logText().contains(u" %1\n"_s.arg(topic)); },
                             ToolTimeoutMs),
             qPrintable(broker.logText()));

    ToolProcess pub(Tool,
                    arguments(u"pub"_s, proxy.port(), version,
                              {u"-t"_s, topic, u"-q"_s, qos, u"-l"_s, u"-c"_s, u"-i"_s,
                               uniqueName(u"soak-pub"_s)}));
    QElapsedTimer timer;
    timer.start();
    // pub's input is paced by what sub printed (at most 50 lines ahead), so that the faults meet
    // traffic; the last tenth waits until every fault is injected and every armed cut has fired.
    QVERIFY(pub.start({}, true));
    int written = 0;
    bool inputClosed = false;

    SoakTally tally(messages);
    qsizetype parsed = 0;
    qsizetype nextFault = 0;
    const auto progress = [&] {
        const QByteArray out = sub.stdoutSoFar();
        qsizetype end;
        while ((end = out.indexOf('\n', parsed)) >= 0) {
            tally.receive(out.mid(parsed, end - parsed));
            parsed = end + 1;
        }
        // Faults in the first half: sub's output is polled and pub runs ahead of it, so a cut
        // armed late could find the stream over.
        while (nextFault < schedule.size() &&
               tally.distinct() >= (nextFault + 1) * (messages / 2) / (schedule.size() + 1))
            proxy.inject(schedule.at(nextFault++), 200);
        int target = std::min(tally.distinct() + 50, messages);
        if (nextFault < schedule.size() || proxy.pendingCuts() > 0) {
            target = std::min(target, messages * 9 / 10);
            if (tally.distinct() == target && proxy.pendingCuts() > 0)
                proxy.fireArmedCut(); // the traffic stopped short of its offset
        }
        QByteArray chunk;
        for (; written < target; ++written)
            chunk += QByteArray::number(written) + '\n';
        if (!chunk.isEmpty())
            pub.write(chunk);
        if (written == messages && !inputClosed) {
            pub.closeInput();
            inputClosed = true;
        }
        return tally.complete();
    };
    const int timeoutMs = fullSoak() ? 600'000 : 120'000;
    const bool complete = QTest::qWaitFor(progress, timeoutMs);
    const bool pubExited = pub.waitForExit(timeoutMs);
    const ToolResult published = pub.finish();
    progress();
    sub.signal(SIGTERM);
    sub.waitForExit();
    const ToolResult subscribed = sub.finish();
    const QString figures =
        u"%1 lines at QoS %2: %3 printed, %4 distinct, %5 duplicates, %6 lost, %7 order "
        "problems; %8 ms; proxy %9"_s.arg(messages)
            .arg(qos)
            .arg(tally.received())
            .arg(tally.distinct())
            .arg(tally.duplicates())
            .arg(tally.missing())
            .arg(tally.problems())
            .arg(timer.elapsed())
            .arg(proxy.describe());
    qInfo("%s", qPrintable(figures));
    QVERIFY2(pubExited && published.succeeded(),
             qPrintable(published.describe() + u"; "_s + figures));
    QVERIFY2(complete,
             qPrintable(u"missing e.g. %1; "_s.arg(QDebug::toString(tally.missingNumbers())) +
                        figures + u"\nsub: "_s + subscribed.describe()));
    QVERIFY2(tally.problems() == 0, qPrintable(tally.firstProblem() + u"; "_s + figures));
    if (qos == u"2")
        QVERIFY2(tally.duplicates() == 0, qPrintable(figures));
    QVERIFY2(proxy.cuts() >= cuts, qPrintable(figures));
}

QTEST_GUILESS_MAIN(tst_CliSoak)
#include "tst_clisoak.moc"
