// PendingRequests and MqttRequestHandle: request / response (MQTT 5.0 4.10).
#include "client/pendingrequests.h"

#include <QtCore/qrandom.h>
#include <QtCore/qtimer.h>

namespace OhMqtt {

void MqttRequestHandlePrivate::respond(const MqttMessage &message)
{
    Q_Q(MqttRequestHandle);
    {
        const std::lock_guard lock(mutex);
        if (status != Status::Pending)
            return;
        response = message;
    }
    conclude(std::nullopt, {}, [&] { emit q->responded(message); });
}

MqttRequestHandle::MqttRequestHandle(const QString &topic, const QByteArray &correlationData)
    : MqttHandle(*new MqttRequestHandlePrivate)
{
    d_func()->topic = topic;
    d_func()->correlationData = correlationData;
}

MqttRequestHandle::~MqttRequestHandle() = default;

QString MqttRequestHandle::topic() const
{
    return d_func()->topic; // set before anyone else sees the handle
}

QByteArray MqttRequestHandle::correlationData() const
{
    return d_func()->correlationData;
}

MqttMessage MqttRequestHandle::response() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->response;
}

PendingRequests::~PendingRequests()
{
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.timeout;
}

QString PendingRequests::responseTopic(const QString &clientId, const QString &responseInformation)
{
    if (m_responseTopic.isEmpty()) {
        // Unique to this client object: another client with the same identifier must not get
        // this one's responses.
        const QString unique = QString::number(QRandomGenerator::global()->generate64(), 16);
        const QString base = !responseInformation.isEmpty() ? responseInformation
            : clientId.isEmpty()                            ? QStringLiteral("ohmqtt/responses")
                                 : QStringLiteral("ohmqtt/responses/") + clientId;
        m_responseTopic = base + QLatin1Char('/') + unique;
    }
    return m_responseTopic;
}

QByteArray PendingRequests::newCorrelationData()
{
    return QByteArray::number(++m_counter) + '-' +
        QByteArray::number(QRandomGenerator::global()->generate(), 16);
}

void PendingRequests::add(Entry entry)
{
    m_entries.insert(entry.handle->correlationData(), std::move(entry));
}

PendingRequests::Entry PendingRequests::take(const QByteArray &correlationData)
{
    Entry entry = m_entries.take(correlationData);
    if (entry.timeout) // perhaps in its own timeout()
        std::exchange(entry.timeout, nullptr)->deleteLater();
    return entry;
}

QList<PendingRequests::Entry> PendingRequests::takeAll()
{
    QList<Entry> entries;
    for (Entry &entry : m_entries) {
        if (entry.timeout)
            std::exchange(entry.timeout, nullptr)->deleteLater();
        entries.append(std::move(entry));
    }
    m_entries.clear();
    return entries;
}

bool PendingRequests::isResponse(const MqttMessage &message) const
{
    return !m_responseTopic.isEmpty() && message.topic() == m_responseTopic;
}

} // namespace OhMqtt
