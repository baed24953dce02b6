// ActiveSubscriptions: by filter, so that granting and removing cost the same with 100,000
// subscriptions as with one; the grant order is kept for requests() alone.
#include "client/activesubscriptions.h"

#include <algorithm>

namespace OhMqtt {

void ActiveSubscriptions::granted(const QString &topicFilter, const SubscribePacket &request)
{
    SubscribePacket kept = request;
    kept.packetId = 0;
    const auto it = m_entries.find(topicFilter);
    if (it != m_entries.end())
        it->request = std::move(kept);
    else
        m_entries.insert(topicFilter, {m_nextOrder++, std::move(kept)});
}

void ActiveSubscriptions::remove(const QString &topicFilter)
{
    m_entries.remove(topicFilter);
}

QList<SubscribePacket> ActiveSubscriptions::requests() const
{
    QList<const Entry *> ordered;
    ordered.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        ordered.append(&entry);
    std::sort(ordered.begin(), ordered.end(),
              [](const Entry *a, const Entry *b) { return a->order < b->order; });
    QList<SubscribePacket> result;
    result.reserve(ordered.size());
    for (const Entry *entry : std::as_const(ordered))
        result.append(entry->request);
    return result;
}

} // namespace OhMqtt
