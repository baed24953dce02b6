// ActiveSubscriptions: few entries per client, kept in grant order; a list is enough.
#include "client/activesubscriptions.h"

#include <algorithm>

namespace OhMqtt {

void ActiveSubscriptions::granted(const QString &topicFilter, const SubscribePacket &request)
{
    SubscribePacket kept = request;
    kept.packetId = 0;
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &entry) {
        return entry.topicFilter == topicFilter;
    });
    if (it != m_entries.end())
        it->request = std::move(kept);
    else
        m_entries.append({topicFilter, std::move(kept)});
}

void ActiveSubscriptions::remove(const QString &topicFilter)
{
    m_entries.removeIf([&](const Entry &entry) { return entry.topicFilter == topicFilter; });
}

QList<SubscribePacket> ActiveSubscriptions::requests() const
{
    QList<SubscribePacket> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.request);
    return result;
}

} // namespace OhMqtt
