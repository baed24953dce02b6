// ProtocolEngine: PUBCOMP — the end of an outbound QoS 2 flow.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePubComp(PubCompPacket &&pubComp)
{
    const quint16 packetId = pubComp.packetId;
    takeAwaiting(packetId, PacketType::PubComp, "PUBCOMP");
    endPublishFlow(packetId, std::move(pubComp));
}

} // namespace OhMqtt
