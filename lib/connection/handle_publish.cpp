// ProtocolEngine: inbound PUBLISH — the acknowledgement its QoS asks for, then delivery.
#include "connection/protocolengine.h"

namespace OhMqtt {

// The acknowledgement's SendBytes comes before PacketReceived: holding the message, the engine has
// taken ownership of it [MQTT-4.3.2-4] [MQTT-4.3.3-8], and a caller that ends the connection while
// handling the message (nothing may follow DISCONNECT) has then already acknowledged it.
void ProtocolEngine::handlePublish(PublishPacket &&publish)
{
    resolveTopicAlias(publish); // engine_topicalias.cpp
    const quint16 packetId = publish.packetId;
    switch (publish.qos) {
    case QoS::Q0:
        m_events.push_back(Engine::PacketReceived {std::move(publish)});
        return;
    case QoS::Q1: {
        // Every QoS 1 PUBLISH is a new message, acknowledged whatever becomes of it
        // [MQTT-4.3.2-5] [MQTT-4.5.0-2].
        PubAckPacket pubAck;
        pubAck.packetId = packetId;
        write(pubAck, packetId);
        m_events.push_back(Engine::PacketReceived {std::move(publish)});
        return;
    }
    case QoS::Q2: {
        // Delivered once when it first arrives; a resend before PUBREL is only acknowledged
        // again [MQTT-4.3.3-10].
        const bool isNew = !m_inboundQos2.contains(packetId);
        if (isNew && m_inboundQos2.size() >= m_client.receiveMaximum) { // [MQTT-3.3.4-9]
            throw MqttError(QStringLiteral("PUBLISH: more than our Receive Maximum of %1 QoS 2 "
                                           "messages in flight [MQTT-3.3.4-9]")
                                .arg(m_client.receiveMaximum),
                            ReasonCode::ReceiveMaximumExceeded);
        }
        if (isNew) {
            m_inboundQos2.insert(packetId);
            reportSessionChange(Engine::SessionChanged::Change::InboundAwaitingRelease, packetId);
        }
        PubRecPacket pubRec;
        pubRec.packetId = packetId;
        write(pubRec, packetId);
        if (isNew)
            m_events.push_back(Engine::PacketReceived {std::move(publish)});
        return;
    }
    }
    throw MqttError::malformed(QStringLiteral("PUBLISH QoS 3 [MQTT-3.3.1-4]"));
}

} // namespace OhMqtt
