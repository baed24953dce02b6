// PacketIdPool: a bitmap of identifiers in use, searched round-robin so ids are not reused at once.
#include "connection/packetidpool.h"

namespace OhMqtt {

std::optional<quint16> PacketIdPool::acquire() noexcept
{
    if (m_count == 65535)
        return std::nullopt;
    quint16 id = m_last;
    do {
        id = id == 65535 ? 1 : quint16(id + 1);
    } while (m_used.test(id));
    m_used.set(id);
    ++m_count;
    m_last = id;
    return id;
}

bool PacketIdPool::reserve(quint16 id) noexcept
{
    if (id == 0 || m_used.test(id))
        return false;
    m_used.set(id);
    ++m_count;
    return true;
}

void PacketIdPool::release(quint16 id) noexcept
{
    if (!isInUse(id))
        return;
    m_used.reset(id);
    --m_count;
}

void PacketIdPool::clear() noexcept
{
    m_used.reset();
    m_count = 0;
}

} // namespace OhMqtt
