// InflightTracker: what the client notes of each PUBLISH in flight beyond what the engine keeps —
// when it was taken and how often it was written — for MqttClient::inflightMessages().
#pragma once

#include <OhMqtt/packet/publishpacket.h>

#include "connection/packetidmap.h"

namespace OhMqtt {

// Lives in the client's thread. Cheap on the hot path: a request carries its Track by value until
// it gets a packet identifier; from then on one hash entry per identifier, written when the
// PUBLISH is written and dropped when the flow ends. Inbound QoS 2 messages get an entry when
// they are delivered (topic and size: the engine keeps only the identifier), dropped at PUBCOMP
// or when the session is lost.
class InflightTracker
{
public:
    struct Track
    {
        quint64 sequence = 0; // 0: not taken yet
        qint64 since = 0; // now() when taken
        int sendCount = 0; // PUBLISH writes (inbound: receptions)
    };
    struct Inbound
    {
        Track track;
        QString topic;
        qint64 payloadSize = -1; // -1: unknown (restored from a session store)
    };

    // Milliseconds on the monotonic clock.
    static qint64 now() noexcept;

    // A message the client takes: outbound at publish(), inbound at delivery.
    Track take() noexcept { return {++m_lastSequence, now(), 0}; }

    // Outbound, from the packet identifier's assignment until the flow ends.
    void assigned(quint16 packetId, const Track &track) { m_outbound.insert(packetId, track); }
    Track finished(quint16 packetId) { return m_outbound.take(packetId); }
    void clearOutbound() { m_outbound.clear(); }
    // Sent before this client object existed (a session store's): at least once.
    void restoredOutbound(quint16 packetId);
    const Track *outbound(quint16 packetId) const;

    // Inbound QoS 2, delivered or restored: awaiting PUBREL.
    void delivered(const PublishPacket &publish);
    void restoredInbound(quint16 packetId);
    void clearInbound() { m_inbound.clear(); }
    const Inbound *inbound(quint16 packetId) const;

    // The engine wrote a packet: PUBLISH counts a send, PUBREC a reception (the broker's resends
    // are acknowledged again), PUBCOMP ends an inbound flow.
    void written(PacketType type, quint16 packetId);

private:
    PacketIdMap<Track> m_outbound;
    PacketIdMap<Inbound> m_inbound;
    quint64 m_lastSequence = 0;
};

} // namespace OhMqtt
