// PacketIdPool: hands out packet identifiers that are non-zero and not in use [MQTT-2.2.1-3].
#pragma once

#include <QtCore/qglobal.h>

#include <bitset>
#include <optional>

namespace OhMqtt {

class PacketIdPool
{
public:
    // The next free identifier after the last one handed out, or nothing when all 65,535 are in
    // use.
    std::optional<quint16> acquire() noexcept;
    // Marks a specific identifier as used, e.g. one restored from a session; false if taken or 0.
    bool reserve(quint16 id) noexcept;
    void release(quint16 id) noexcept;
    bool isInUse(quint16 id) const noexcept { return id != 0 && m_used.test(id); }
    int inUse() const noexcept { return m_count; }
    void clear() noexcept;

private:
    std::bitset<65536> m_used; // bit 0 stays clear: 0 is never an identifier
    quint16 m_last = 0;
    int m_count = 0;
};

} // namespace OhMqtt
