#include "record/replayer.h"

#include <OhMqtt/mqttclient.h>

#include <cmath>

using namespace OhMqtt;

namespace OhMqttExplorer {

namespace {

// As fast as possible still yields to the event loop between batches, so the window stays live.
constexpr int BatchSize = 500;

} // namespace

Replayer::Replayer(MqttClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Replayer::publishDue);
}

void Replayer::setMessages(QList<RecordedMessage> messages)
{
    stop();
    m_messages = std::move(messages);
    m_next = 0;
    emit progressChanged(0, total());
}

bool Replayer::load(const QString &path, QString *error)
{
    std::optional<Recording::Contents> contents = Recording::readFile(path, error);
    if (!contents)
        return false;
    setMessages(std::move(contents->messages));
    return true;
}

void Replayer::start()
{
    stop();
    m_next = 0;
    m_failures = 0;
    m_pending = 0;
    m_running = true;
    m_clock.start();
    emit runningChanged(true);
    emit progressChanged(0, total());
    publishDue();
}

void Replayer::stop()
{
    m_timer.stop();
    if (!m_running)
        return;
    m_running = false;
    emit runningChanged(false);
}

void Replayer::publishDue()
{
    if (!m_running)
        return;
    const bool immediate = m_speed <= AsFastAsPossible;
    const double replayedMs = double(m_clock.elapsed()) * m_speed;
    int published = 0;
    while (m_next < total() && published < BatchSize) {
        const RecordedMessage &message = m_messages.at(m_next);
        if (!immediate && double(message.offsetMs) > replayedMs)
            break;
        const MqttPublishHandlePtr handle = m_client->publish(
            message.topic, message.payload, message.qos, message.retain, message.properties);
        if (message.qos != QoS::Q0) {
            ++m_pending;
            handle->onFinished(this, [this, handle] {
                --m_pending;
                if (handle->isFailed()) {
                    ++m_failures;
                    emit failed(handle->error().message());
                }
                finishWhenAcknowledged();
            });
        }
        ++m_next;
        ++published;
    }
    if (published > 0)
        emit progressChanged(m_next, total());
    if (m_next < total())
        return scheduleNext();
    finishWhenAcknowledged();
}

void Replayer::scheduleNext()
{
    if (m_speed <= AsFastAsPossible) {
        m_timer.start(0);
        return;
    }
    const double dueMs = double(m_messages.at(m_next).offsetMs) / m_speed;
    m_timer.start(int(std::max(0.0, std::ceil(dueMs - double(m_clock.elapsed())))));
}

void Replayer::finishWhenAcknowledged()
{
    if (!m_running || m_next < total() || m_pending > 0)
        return;
    stop();
    emit finished(m_failures);
}

} // namespace OhMqttExplorer
