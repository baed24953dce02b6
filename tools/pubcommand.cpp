// Publishes the payload that -m, -n, -f, -s or -l gives and waits for each acknowledgement.
#include "pubcommand.h"

#include "output.h"
#include "refusal.h"

#include <QtCore/qabstracteventdispatcher.h>
#include <QtCore/qfile.h>

#include <algorithm>

namespace OhMqtt::Cli {

PubCommand::PubCommand(const Options &options, QObject *parent)
    : ClientCommand(options, parent)
{
    m_repeatTimer.setSingleShot(true);
    m_repeatTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_repeatTimer, &QTimer::timeout, this, &PubCommand::publishCopy);
    // Not a zero timer: arming one cost ~3,000 instructions per burst (callgrind).
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            [this] {
                if (m_collectPending)
                    collectFinished();
            });
}

PubCommand::~PubCommand() = default;

bool PubCommand::prepare()
{
    switch (options().payloadSource) {
    case PayloadSource::Message:
        m_payload = options().message;
        return true;
    case PayloadSource::StdinWhole: {
        // As mosquitto_pub -s: read everything before connecting.
        QString error;
        if (!readAllStdin(&m_payload, &error)) {
            fail(QStringLiteral("cannot read standard input: %1").arg(error));
            return false;
        }
        return true;
    }
    case PayloadSource::File: {
        // As mosquitto_pub -f: the whole file, read before connecting.
        QFile file(options().file);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read file '%1': %2")
                     .arg(options().file, file.errorString()));
            return false;
        }
        m_payload = file.readAll();
        return true;
    }
    case PayloadSource::StdinLines:
        m_lines = std::make_unique<StdinLineReader>();
        connect(m_lines.get(), &StdinLineReader::linesAvailable, this, &PubCommand::publishLines);
        connect(m_lines.get(), &StdinLineReader::failed, this, &PubCommand::fail);
        return true;
    case PayloadSource::Null:
    case PayloadSource::None:
        return true;
    }
    return true;
}

void PubCommand::onConnected()
{
    if (m_lines)
        m_lines->start();
    else
        publishCopy();
}

// The window is wider without a connection, and narrow again with one: read on, or wait.
void PubCommand::onConnectionLost()
{
    if (m_lines)
        publishLines();
}

void PubCommand::onReconnected(bool)
{
    if (m_lines)
        publishLines();
}

// --repeat: each copy after the previous one's QoS flow completed and --repeat-delay passed, as
// mosquitto_pub sends them. The count goes first: a handle may end before publish() returns.
void PubCommand::publishCopy()
{
    if (++m_copiesSent == options().repeatCount)
        m_inputEnded = true;
    if (!isFinishing())
        send(m_payload);
    watchOldest();
    finishWhenDone();
}

// -l: as many lines as the window lets go; the rest wait in standard input, which is not read
// while the window is full.
void PubCommand::publishLines()
{
    while (!isFinishing() && std::ssize(m_inFlight) < window()) {
        const std::optional<QByteArray> line = m_lines->takeLine();
        if (!line)
            break;
        send(*line);
    }
    m_lines->setPaused(std::ssize(m_inFlight) >= window());
    if (m_lines->atEnd())
        m_inputEnded = true;
    watchOldest();
    finishWhenDone();
}

// At QoS 1 and 2, -M messages in flight at once. At QoS 0 a message is done once written to the
// socket; the window then keeps a fast reader of a large input from queueing all of it in
// memory (each queued message holds its packet and its handle). Without a connection (-l
// reconnecting), lines go on into the library's offline queue up to OfflineWindow, well within
// its limit of 10,000 messages, and then wait in standard input.
int PubCommand::window() const
{
    constexpr int Qos0Window = 1000;
    const int connected = options().qos == QoS::Q0 ? Qos0Window : options().maxInflight;
    return client().isConnected() ? connected : qMax(connected, OfflineWindow);
}

void PubCommand::send(const QByteArray &payload)
{
    m_inFlight.push_back(client().publish(options().topics.constFirst(), payload, options().qos,
                                          options().retain, options().publishProperties));
}

void PubCommand::watchOldest()
{
    if (m_watching || m_inFlight.empty())
        return;
    m_watching = true;
    m_inFlight.front()->onFinished(this, [this] { m_collectPending = true; });
}

// Handles end in the order sent as a rule (QoS 0 as written, QoS 1 and 2 as the broker answers);
// one that ends early waits here for those before it, so the window may be briefly narrower,
// never wider, and a refusal is reported once the publishes before it have ended.
void PubCommand::collectFinished()
{
    m_collectPending = false;
    m_watching = false;
    collectEnded();
    if (m_lines)
        publishLines();
    else if (m_inFlight.empty() && !m_inputEnded && !isFinishing())
        m_repeatTimer.start(options().repeatDelay);
    watchOldest();
    finishWhenDone();
}

void PubCommand::collectEnded()
{
    int lost = 0;
    QString firstLoss;
    while (!m_inFlight.empty() && m_inFlight.front()->isDone()) {
        const MqttPublishHandlePtr done = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        if (!done->isFailed())
            continue;
        const QString failure = QStringLiteral("publish to '%1' %2")
                                    .arg(options().topics.constFirst(),
                                         publishFailureText(*done, options().protocolVersion));
        if (reconnects() && isLostWithConnection(*done)) {
            if (lost++ == 0)
                firstLoss = failure;
        } else {
            fail(failure);
        }
    }
    if (lost == 0 || isFinishing())
        return;
    m_lost += lost;
    printError(lost == 1 ? firstLoss
                         : QStringLiteral("%1 (and %2 more messages lost with the connection)")
                               .arg(firstLoss)
                               .arg(lost - 1));
}

void PubCommand::finishWhenDone()
{
    if (m_inputEnded && m_inFlight.empty())
        finish(m_lost == 0 ? SuccessExitCode : ErrorExitCode);
}

void PubCommand::onTerminationRequested()
{
    collectEnded(); // a refusal not reported yet comes first
    if (isFinishing())
        return;
    const auto unfinished = std::count_if(m_inFlight.cbegin(), m_inFlight.cend(),
                                          [](const auto &handle) { return !handle->isDone(); }) +
        (m_lines ? m_lines->waitingLines() : 0);
    if (unfinished == 0) {
        finish(m_lost == 0 ? SuccessExitCode : ErrorExitCode);
        return;
    }
    fail(QStringLiteral("interrupted with %1 message(s) not yet acknowledged").arg(unfinished));
}

} // namespace OhMqtt::Cli
