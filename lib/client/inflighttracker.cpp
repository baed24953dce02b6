// InflightTracker: sequence, time taken and send count of each PUBLISH in flight.
#include "client/inflighttracker.h"

#include <chrono>

namespace OhMqtt {

qint64 InflightTracker::now() noexcept
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void InflightTracker::restoredOutbound(quint16 packetId)
{
    Track track = take();
    track.sendCount = 1;
    m_outbound.insert(packetId, track);
}

const InflightTracker::Track *InflightTracker::outbound(quint16 packetId) const
{
    const auto it = m_outbound.constFind(packetId);
    return it == m_outbound.constEnd() ? nullptr : &*it;
}

void InflightTracker::delivered(const PublishPacket &publish)
{
    Inbound inbound {take(), publish.topic, publish.payload.size()};
    inbound.track.sendCount = 1;
    m_inbound.insert(publish.packetId, std::move(inbound));
}

void InflightTracker::restoredInbound(quint16 packetId)
{
    m_inbound.insert(packetId, Inbound {take(), {}, -1});
}

const InflightTracker::Inbound *InflightTracker::inbound(quint16 packetId) const
{
    const auto it = m_inbound.constFind(packetId);
    return it == m_inbound.constEnd() ? nullptr : &*it;
}

void InflightTracker::written(PacketType type, quint16 packetId)
{
    if (packetId == 0) // QoS 0: nothing to note
        return;
    switch (type) {
    case PacketType::Publish:
        if (const auto it = m_outbound.find(packetId); it != m_outbound.end())
            ++it->sendCount;
        return;
    case PacketType::PubRec:
        if (const auto it = m_inbound.find(packetId); it != m_inbound.end())
            ++it->track.sendCount;
        return;
    case PacketType::PubComp:
        m_inbound.remove(packetId);
        return;
    default:
        return;
    }
}

} // namespace OhMqtt
