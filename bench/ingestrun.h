// IngestRun: the explorer side of the ingestion benchmark — the real main window on a
// connection to the broker, fed by the publisher process, watched by a latency probe.
#pragma once

#include "ingesttraffic.h"
#include "latencyprobe.h"
#include "processmemory.h"

#include <QtCore/qeventloop.h>
#include <QtCore/qobject.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtimer.h>

#include <memory>

namespace OhMqttExplorer {
class ConnectionTab;
class MainWindow;
} // namespace OhMqttExplorer

namespace IngestBench {

using OhMqttBench::ProcessMemory;
using OhMqttBench::processMemory;

// What one run measured. Times are monotonicNs(); 0 when the step did not happen.
struct IngestResult
{
    qint64 phase1StartNs = 0; // the publisher's first publish
    qint64 phase1EndNs = 0; // its last one written
    qint64 phase1Sent = 0;
    qint64 allTopicsNs = 0; // every phase 1 topic in the tree
    int topicsInTree = 0; // the benchmark's, at the end
    qint64 phase2StartNs = 0;
    qint64 phase2EndNs = 0; // the publisher's last publish
    qint64 phase2Sent = 0;
    qint64 backlogAtPhase2End = 0; // sent, and not yet received by the explorer's client
    qint64 drainEndNs = 0; // everything received and in the tree, or given up
    qint64 received = 0; // by the explorer's client
    qint64 inTree = 0; // messages the tree applied
    qint64 brokerDropped = -1; // $SYS/broker/publish/messages/dropped; -1 unknown
    qsizetype detailMessages = 0; // in the detail pane's history of the selected topic
    LatencyProbe::Summary whole, burst, sustained;
    ProcessMemory beforeFlood; // this process, connected and subscribed
    ProcessMemory explorer; // this process, at the end
    ProcessMemory broker;
    qint64 historyBytes = 0; // the history's own count, against its budget
    qint64 historyBudget = 0;
    qint64 historyEvicted = 0;
    double loadBefore = -1; // the machine's 1-minute load average, when the flood starts
    double loadAfter = -1; // and when it is over

    qint64 sent() const { return phase1Sent + phase2Sent; }
};

class IngestRun : public QObject
{
    Q_OBJECT

public:
    IngestRun(const Settings &settings, const QString &brokerUrl, qint64 brokerProcessId);
    ~IngestRun() override;

    // Opens the main window on the broker and waits for its "#" subscription.
    bool setUp(QString *error);
    // Starts the publisher and returns when the run is over; false on a setup failure.
    bool run(QString *error);
    IngestResult result() const { return m_result; }

private:
    void readPublisher();
    void handleLine(const QByteArray &line);
    void onCountsChanged();
    void step();
    void checkProgress();
    void selectBusyTopic();
    void expandMore();
    void startPhase2();
    void finish();
    void fail(const QString &message);
    qint64 receivedSoFar() const;

    Settings m_settings;
    QString m_brokerUrl;
    qint64 m_brokerProcessId;
    std::unique_ptr<OhMqttExplorer::MainWindow> m_window;
    OhMqttExplorer::ConnectionTab *m_tab = nullptr;
    LatencyProbe m_probe;
    QProcess m_publisher;
    QByteArray m_publisherOutput;
    QTimer m_watchdog; // once a second: stalls end a step
    QEventLoop m_loop;
    QString m_error;

    int m_baseTopics = 0;
    qint64 m_baseReceived = 0;
    qint64 m_baseInTree = 0;
    bool m_stepQueued = false;
    bool m_selected = false;
    bool m_phase2Asked = false;
    qint64 m_lastProgressNs = 0;
    qint64 m_lastReceived = -1;
    IngestResult m_result;
};

} // namespace IngestBench
