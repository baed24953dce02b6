// SubscriptionRegistry: the callbacks of the user's subscriptions, by topic filter.
#pragma once

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qlist.h>

#include <functional>
#include <memory>

namespace OhMqtt {

class SubscriptionRegistry
{
public:
    using Callback = std::function<void(const MqttMessage &)>;

    // Sets the callback for `topicFilter` (as sent, "$share/..." included), replacing one set
    // before; an empty callback just removes the old one. `owner` identifies the request.
    void add(const QString &topicFilter, Callback callback, quint64 owner);
    void remove(const QString &topicFilter);
    // Removes the filter's callback only if the request `owner` set it (a refused SUBSCRIBE).
    void removeIfOwner(const QString &topicFilter, quint64 owner);
    void clear() { m_entries.clear(); }
    qsizetype size() const noexcept { return m_entries.size(); }

    // Calls each callback whose filter matches the message's topic. Callbacks may subscribe
    // and unsubscribe; that takes effect from the next message.
    void dispatch(const MqttMessage &message) const;

private:
    struct Entry
    {
        QString topicFilter;
        std::shared_ptr<const Callback> callback;
        quint64 owner;
    };
    qsizetype indexOf(const QString &topicFilter) const noexcept;

    QList<Entry> m_entries;
};

} // namespace OhMqtt
