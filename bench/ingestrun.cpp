// IngestRun: the explorer side of the ingestion benchmark (see ingestrun.h).
#include "ingestrun.h"

#include "app/connectiontab.h"
#include "app/mainwindow.h"
#include "app/trafficmeter.h"
#include "subscriptions/subscriptionsmodel.h"
#include "subscriptions/subscriptionspanel.h"
#include "topics/messagehistory.h"
#include "topics/topicbrowser.h"
#include "topics/topicproxymodel.h"
#include "topics/topictreemodel.h"
#include "viewers/messagedetail.h"
#include "viewers/messagehistorymodel.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtTest/qtestsystem.h>
#include <QtWidgets/qtreeview.h>

using namespace OhMqtt;
using namespace OhMqttExplorer;

namespace IngestBench {

namespace {

constexpr int WaitMs = 10'000;
constexpr qint64 NsPerS = 1'000'000'000;
// Without progress for this long, a step is over: phase 1 (topics lost) or the drain.
constexpr qint64 StallNs = 10 * NsPerS;

// The 1-minute load average: other work on the machine shows in the figures.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readLine().split(' ').constFirst().toDouble() : -1;
}

} // namespace

IngestRun::IngestRun(const Settings &settings, const QString &brokerUrl, qint64 brokerProcessId)
    : m_settings(settings)
    , m_brokerUrl(brokerUrl)
    , m_brokerProcessId(brokerProcessId)
{
    m_watchdog.setInterval(1'000);
    connect(&m_watchdog, &QTimer::timeout, this, &IngestRun::checkProgress);
}

IngestRun::~IngestRun()
{
    if (m_publisher.state() != QProcess::NotRunning) {
        m_publisher.kill();
        m_publisher.waitForFinished(WaitMs);
    }
}

bool IngestRun::setUp(QString *error)
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    MqttConnectOptions options;
    options.setAddress(m_brokerUrl);
    options.setClientId(QStringLiteral("ohmqtt-bench-explorer"));
    m_tab = m_window->openConnection(options, QStringLiteral("bench"));
    if (!m_tab->client()->waitForConnected(WaitMs)) {
        *error = QStringLiteral("the explorer did not connect: %1")
                     .arg(m_tab->client()->lastError().message());
        return false;
    }
    const SubscriptionsModel *subscriptions = m_tab->subscriptionsPanel()->model();
    const int row = subscriptions->find(QStringLiteral("#"));
    if (row < 0) {
        *error = QStringLiteral("the explorer has no default \"#\" subscription");
        return false;
    }
    const MqttSubscriptionPtr all = subscriptions->subscription(row);
    if (!QTest::qWaitFor([&] { return all->state() == MqttSubscription::State::Subscribed; },
                         WaitMs)) {
        *error = QStringLiteral("the explorer's \"#\" subscription was not granted");
        return false;
    }
    return true;
}

bool IngestRun::run(QString *error)
{
    m_baseTopics = m_tab->topics()->topicCount();
    m_baseReceived = m_tab->traffic()->totalMessagesIn();
    m_baseInTree = m_tab->topics()->messageCount();
    connect(m_tab->topics(), &TopicTreeModel::countsChanged, this, &IngestRun::onCountsChanged);

    m_publisher.setProgram(QCoreApplication::applicationFilePath());
    m_publisher.setArguments(QStringList {QLatin1String(PublisherFlag), m_brokerUrl} +
                             m_settings.toArguments());
    m_publisher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_publisher, &QProcess::readyReadStandardOutput, this, &IngestRun::readPublisher);
    connect(&m_publisher, &QProcess::finished, this, [this](int exitCode) {
        if (m_result.drainEndNs == 0)
            fail(QStringLiteral("the publisher exited early (code %1)").arg(exitCode));
    });
    m_result.beforeFlood = processMemory();
    m_result.loadBefore = loadAverage();
    m_probe.start();
    m_lastProgressNs = monotonicNs();
    m_watchdog.start();
    m_publisher.start();
    m_loop.exec();
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

void IngestRun::readPublisher()
{
    m_publisherOutput += m_publisher.readAllStandardOutput();
    for (qsizetype newline; (newline = m_publisherOutput.indexOf('\n')) >= 0;) {
        const QByteArray line = m_publisherOutput.left(newline).trimmed();
        m_publisherOutput.remove(0, newline + 1);
        handleLine(line);
    }
}

void IngestRun::handleLine(const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    const QByteArray &event = words.constFirst();
    const qint64 first = words.size() > 1 ? words.at(1).toLongLong() : 0;
    const qint64 second = words.size() > 2 ? words.at(2).toLongLong() : 0;
    if (event == Line::Phase1Start) {
        m_result.phase1StartNs = first;
    } else if (event == Line::Phase1End) {
        m_result.phase1EndNs = first;
        m_result.phase1Sent = second;
    } else if (event == Line::Phase2Start) {
        m_result.phase2StartNs = first;
    } else if (event == Line::Phase2End) {
        m_result.phase2EndNs = first;
        m_result.phase2Sent = second;
        m_result.backlogAtPhase2End = m_result.sent() - receivedSoFar();
        m_lastProgressNs = monotonicNs();
        step(); // perhaps all in already
    } else if (event == Line::Dropped) {
        m_result.brokerDropped = first;
    }
}

qint64 IngestRun::receivedSoFar() const
{
    return m_tab->traffic()->totalMessagesIn() - m_baseReceived;
}

// After each batch the tree applied; the steps run from the event loop, outside the model's
// signal.
void IngestRun::onCountsChanged()
{
    if (m_result.allTopicsNs == 0 &&
        m_tab->topics()->topicCount() - m_baseTopics >= m_settings.topics)
        m_result.allTopicsNs = monotonicNs(); // as the views learn of the last one
    if (!m_stepQueued) {
        m_stepQueued = true;
        QMetaObject::invokeMethod(this, &IngestRun::step, Qt::QueuedConnection);
    }
}

// The steps that wait for the tree.
void IngestRun::step()
{
    m_stepQueued = false;
    if (m_result.drainEndNs != 0)
        return;
    if (!m_selected)
        selectBusyTopic();
    if (m_result.allTopicsNs != 0)
        startPhase2();
    if (m_result.phase2EndNs != 0 && receivedSoFar() >= m_result.sent() &&
        m_tab->topics()->pendingCount() == 0)
        finish();
}

// The detail pane follows a busy topic from as early as it exists, as a user would have it.
void IngestRun::selectBusyTopic()
{
    m_selected = m_tab->browser()->selectTopic(topicName(SelectedTopic));
}

// The busy rooms and another site open too: their rows change all the time.
void IngestRun::expandMore()
{
    QTreeView *view = m_tab->browser()->view();
    const auto expand = [&](const QString &topic) {
        view->expand(
            m_tab->browser()->proxyModel()->mapFromSource(m_tab->topics()->indexOfTopic(topic)));
    };
    for (int room = 0; room < 10; ++room)
        expand(QStringLiteral("bench/site0/building0/floor0/room%1").arg(room));
    expand(QStringLiteral("bench/site1"));
}

void IngestRun::startPhase2()
{
    if (m_phase2Asked)
        return;
    m_phase2Asked = true;
    expandMore();
    m_publisher.write(QByteArray(Command::StartPhase2) + '\n');
}

// Once a second: a stalled phase 1 (topics lost on the way) or drain ends its step.
void IngestRun::checkProgress()
{
    const qint64 now = monotonicNs();
    const qint64 received = receivedSoFar();
    if (received != m_lastReceived) {
        m_lastReceived = received;
        m_lastProgressNs = now;
        return;
    }
    if (now - m_lastProgressNs < StallNs)
        return;
    if (!m_phase2Asked && m_result.phase1EndNs != 0)
        startPhase2();
    else if (m_result.phase2EndNs != 0 && m_result.drainEndNs == 0)
        finish();
}

void IngestRun::finish()
{
    m_result.drainEndNs = monotonicNs();
    m_probe.stop();
    m_watchdog.stop();
    const TopicTreeModel *topics = m_tab->topics();
    m_result.received = receivedSoFar();
    m_result.inTree = topics->messageCount() - m_baseInTree;
    m_result.topicsInTree = topics->topicCount() - m_baseTopics;
    m_result.detailMessages = m_tab->detail()->historyModel()->rowCount();
    const qint64 burstEnd =
        m_result.allTopicsNs != 0 ? m_result.allTopicsNs : m_result.phase2StartNs;
    m_result.whole = m_probe.summary(m_result.phase1StartNs, m_result.drainEndNs);
    m_result.burst = m_probe.summary(m_result.phase1StartNs, burstEnd);
    m_result.sustained = m_probe.summary(m_result.phase2StartNs, m_result.phase2EndNs);
    m_result.explorer = processMemory();
    m_result.loadAfter = loadAverage();
    m_result.broker = processMemory(m_brokerProcessId);
    const MessageHistory *history = topics->history();
    m_result.historyBytes = history->bytesUsed();
    m_result.historyBudget = history->memoryBudget();
    m_result.historyEvicted = history->evictedMessages();

    // The last $SYS count comes within a second (sys_interval 1) of the last drop.
    QTest::qWait(1'500);
    m_publisher.write(QByteArray(Command::Quit) + '\n');
    m_publisher.waitForFinished(WaitMs);
    readPublisher();
    m_loop.quit();
}

void IngestRun::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_loop.quit();
}

} // namespace IngestBench
