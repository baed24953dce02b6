// Publishes the payload that -m, -n, -f, -s or -l gives and waits for each acknowledgement.
#include "pubcommand.h"

#include "refusal.h"

#include <QtCore/qfile.h>

namespace OhMqtt::Cli {

PubCommand::PubCommand(const Options &options, QObject *parent)
    : ClientCommand(options, parent)
{
    m_repeatTimer.setSingleShot(true);
    m_repeatTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_repeatTimer, &QTimer::timeout, this, &PubCommand::publishCopy);
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
        connect(m_lines.get(), &StdinLineReader::lineRead, this, &PubCommand::publish);
        connect(m_lines.get(), &StdinLineReader::finished, this, &PubCommand::endInput);
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

// --repeat: each copy after the previous one's QoS flow completed and --repeat-delay passed, as
// mosquitto_pub sends them. The count goes first: a handle may end before publish() returns.
void PubCommand::publishCopy()
{
    if (++m_copiesSent == options().repeatCount)
        m_inputEnded = true;
    publish(m_payload);
    finishWhenDone();
}

// At QoS 1 and 2 at most -M messages are in flight; the rest of -l's lines wait here, and
// standard input is not read while they do.
void PubCommand::publish(const QByteArray &payload)
{
    if (isFinishing())
        return;
    if (options().qos != QoS::Q0 && m_outstanding >= options().maxInflight) {
        m_waiting.append(payload);
        if (m_lines)
            m_lines->setPaused(true);
        return;
    }
    send(payload);
}

void PubCommand::send(const QByteArray &payload)
{
    const QString topic = options().topics.constFirst();
    const MqttPublishHandlePtr handle = client().publish(
        topic, payload, options().qos, options().retain, options().publishProperties);
    ++m_outstanding;
    handle->onFinished(this, [this, topic, weak = handle.toWeakRef()] {
        const MqttPublishHandlePtr done = weak.toStrongRef();
        if (done && done->isFailed()) {
            fail(QStringLiteral("publish to '%1' %2")
                     .arg(topic, publishFailureText(*done, options().protocolVersion)));
        }
        --m_outstanding;
        if (!m_lines && !m_inputEnded && !isFinishing())
            m_repeatTimer.start(options().repeatDelay);
        sendWaiting();
        finishWhenDone();
    });
}

void PubCommand::sendWaiting()
{
    while (!m_waiting.isEmpty() && m_outstanding < options().maxInflight && !isFinishing())
        send(m_waiting.takeFirst());
    if (m_waiting.isEmpty() && m_lines)
        m_lines->setPaused(false);
}

void PubCommand::endInput()
{
    m_inputEnded = true;
    finishWhenDone();
}

void PubCommand::finishWhenDone()
{
    if (m_inputEnded && m_outstanding == 0 && m_waiting.isEmpty())
        finish(SuccessExitCode);
}

void PubCommand::onTerminationRequested()
{
    const qsizetype unfinished = m_outstanding + m_waiting.size();
    if (unfinished == 0) {
        finish(SuccessExitCode);
        return;
    }
    fail(QStringLiteral("interrupted with %1 message(s) not yet acknowledged").arg(unfinished));
}

} // namespace OhMqtt::Cli
