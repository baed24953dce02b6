// PendingRequests: the client's requests awaiting a response (MQTT 5.0 4.10), by Correlation Data.
#pragma once

#include <OhMqtt/mqttrequesthandle.h>

#include "client/mqtthandles_p.h"

#include <QtCore/qhash.h>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace OhMqtt {

class MqttRequestHandlePrivate : public MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttRequestHandle)

public:
    void respond(const MqttMessage &message);

    QString topic;
    QByteArray correlationData;
    MqttMessage response;
};

class PendingRequests
{
public:
    struct Entry
    {
        QSharedPointer<MqttRequestHandle> handle;
        QTimer *timeout = nullptr; // owned by the client; deleted with the entry
    };

    ~PendingRequests();

    // The topic responses come to: under the broker's Response Information when it gave one.
    QString responseTopic(const QString &clientId, const QString &responseInformation);
    bool isSubscribed() const noexcept { return m_subscribed; }
    void setSubscribed(bool subscribed) noexcept { m_subscribed = subscribed; }

    QByteArray newCorrelationData();
    void add(Entry entry);
    // The entry of this Correlation Data, removed; an empty entry when none waits for it.
    Entry take(const QByteArray &correlationData);
    QList<Entry> takeAll();
    bool isEmpty() const noexcept { return m_entries.isEmpty(); }
    // A message on the response topic: the request it answers, ended.
    bool isResponse(const MqttMessage &message) const;

private:
    QString m_responseTopic;
    bool m_subscribed = false;
    quint64 m_counter = 0;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace OhMqtt
