// SubscriptionRegistry: filter matching for callbacks, safe against changes made by a callback.
#include "client/subscriptionregistry.h"

#include "connection/logging.h"

#include <OhMqtt/mqtttopic.h>

namespace OhMqtt {

void SubscriptionRegistry::add(const QString &topicFilter, Callback callback, quint64 owner)
{
    remove(topicFilter);
    if (callback)
        m_entries.append(
            {topicFilter, std::make_shared<const Callback>(std::move(callback)), owner});
}

void SubscriptionRegistry::remove(const QString &topicFilter)
{
    const qsizetype index = indexOf(topicFilter);
    if (index >= 0)
        m_entries.removeAt(index);
}

void SubscriptionRegistry::removeIfOwner(const QString &topicFilter, quint64 owner)
{
    const qsizetype index = indexOf(topicFilter);
    if (index >= 0 && m_entries.at(index).owner == owner)
        m_entries.removeAt(index);
}

qsizetype SubscriptionRegistry::indexOf(const QString &topicFilter) const noexcept
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).topicFilter == topicFilter)
            return i;
    }
    return -1;
}

void SubscriptionRegistry::dispatch(const MqttMessage &message) const
{
    // A shallow copy: a callback that changes the registry detaches it, not this list.
    const QList<Entry> entries = m_entries;
    for (const Entry &entry : entries) {
        if (!matchTopicFilter(entry.topicFilter, message.topic()))
            continue;
        // No exception may unwind through the event loop.
        try {
            (*entry.callback)(message);
        } catch (const std::exception &e) {
            qCWarning(lcClient) << "subscription callback for" << entry.topicFilter
                                << "threw:" << e.what();
        } catch (...) {
            qCWarning(lcClient) << "subscription callback for" << entry.topicFilter
                                << "threw an exception";
        }
    }
}

} // namespace OhMqtt
