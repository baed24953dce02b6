// ProtocolEngine: PUBACK — the end of an outbound QoS 1 flow.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePubAck(PubAckPacket &&pubAck)
{
    const quint16 packetId = pubAck.packetId;
    takeAwaiting(packetId, PacketType::PubAck, "PUBACK");
    endPublishFlow(packetId, std::move(pubAck));
}

} // namespace OhMqtt
