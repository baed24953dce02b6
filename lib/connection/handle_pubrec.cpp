// ProtocolEngine: PUBREC — the middle of an outbound QoS 2 flow; PUBREL follows unless it failed.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePubRec(PubRecPacket &&pubRec)
{
    const quint16 packetId = pubRec.packetId;
    PubRelPacket pubRel;
    pubRel.packetId = packetId;
    const auto it = m_awaiting.find(packetId);
    if (it == m_awaiting.end() || it->ack != PacketType::PubRec) {
        // Unknown identifier: answer so the server can finish its side (MQTT 3.6.2.1).
        if (m_version == ProtocolVersion::V5)
            pubRel.reasonCode = ReasonCode::PacketIdentifierNotFound;
        write(pubRel);
        return;
    }
    if (isError(pubRec.reasonCode)) { // the flow ends here and frees its quota (MQTT 4.9)
        m_awaiting.erase(it);
        endPublishFlow(packetId, std::move(pubRec));
        return;
    }
    it->ack = PacketType::PubComp;
    write(pubRel);
}

} // namespace OhMqtt
