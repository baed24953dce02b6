// OutboundAliases: aliases are handed out from 1 up to the broker's maximum, once each per
// connection.
#include "client/outboundaliases.h"

namespace OhMqtt {

void OutboundAliases::reset(quint16 maximum) noexcept
{
    m_aliases.clear();
    m_maximum = maximum;
    m_next = 1;
}

OutboundAliases::Lookup OutboundAliases::lookup(const QString &topic, AliasPolicy policy)
{
    if (policy == AliasPolicy::Never)
        return {};
    if (const auto known = m_aliases.constFind(topic); known != m_aliases.cend())
        return {*known, true};
    if (m_next > m_maximum) // [MQTT-3.3.2-9] no alias above the broker's maximum
        return {};
    const quint16 alias = m_next++;
    m_aliases.insert(topic, alias);
    return {alias, false};
}

void OutboundAliases::forget(const QString &topic)
{
    const auto it = m_aliases.constFind(topic);
    if (it == m_aliases.cend() || *it != m_next - 1)
        return;
    m_aliases.erase(it);
    --m_next;
}

} // namespace OhMqtt
