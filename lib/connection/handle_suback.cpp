// ProtocolEngine: SUBACK — one reason code per topic filter of the SUBSCRIBE it answers.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handleSubAck(SubAckPacket &&subAck)
{
    const quint16 packetId = subAck.packetId;
    const Awaiting awaiting = takeAwaiting(packetId, PacketType::SubAck, "SUBACK");
    if (subAck.reasonCodes.size() != awaiting.count) { // [MQTT-3.8.4-6]
        throw MqttError::protocol(QStringLiteral("SUBACK has %1 reason codes for %2 topic filters "
                                                 "[MQTT-3.8.4-6]")
                                      .arg(subAck.reasonCodes.size())
                                      .arg(awaiting.count));
    }
    m_events.push_back(Engine::PacketReceived {std::move(subAck)});
    release(packetId);
}

} // namespace OhMqtt
