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
    return m_outbound.find(packetId);
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
    return m_inbound.find(packetId);
}

void InflightTracker::written(PacketType type, quint16 packetId)
{
    if (packetId == 0) // QoS 0: nothing to note
        return;
    switch (type) {
    case PacketType::Publish:
        if (Track *track = m_outbound.find(packetId))
            ++track->sendCount;
        return;
    case PacketType::PubRec:
        if (Inbound *inbound = m_inbound.find(packetId))
            ++inbound->track.sendCount;
        return;
    case PacketType::PubComp:
        m_inbound.remove(packetId);
        return;
    default:
        return;
    }
}

} // namespace OhMqtt
