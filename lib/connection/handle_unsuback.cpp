// ProtocolEngine: UNSUBACK — answers UNSUBSCRIBE; MQTT 5.0 adds one reason code per topic filter.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handleUnsubAck(UnsubAckPacket &&unsubAck)
{
    const quint16 packetId = unsubAck.packetId;
    const Awaiting awaiting = takeAwaiting(packetId, PacketType::UnsubAck, "UNSUBACK");
    if (m_version == ProtocolVersion::V5 && unsubAck.reasonCodes.size() != awaiting.count) {
        throw MqttError::protocol(QStringLiteral("UNSUBACK has %1 reason codes for %2 topic "
                                                 "filters (MQTT 3.11.3)")
                                      .arg(unsubAck.reasonCodes.size())
                                      .arg(awaiting.count));
    }
    m_events.push_back(Engine::PacketReceived {std::move(unsubAck)});
    release(packetId);
}

} // namespace OhMqtt
