// ProtocolEngine: PUBREL — the server releases an inbound QoS 2 message; PUBCOMP ends the flow.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePubRel(PubRelPacket &&pubRel)
{
    PubCompPacket pubComp;
    pubComp.packetId = pubRel.packetId;
    const bool known = m_inboundQos2.remove(pubRel.packetId);
    if (known)
        reportSessionChange(Engine::SessionChanged::Change::InboundReleased, pubRel.packetId);
    else if (m_version == ProtocolVersion::V5) // (MQTT 3.7.2.1)
        pubComp.reasonCode = ReasonCode::PacketIdentifierNotFound;
    write(pubComp, pubComp.packetId);
}

} // namespace OhMqtt
