// ProtocolEngine: inbound PUBLISH — delivery, and the acknowledgement its QoS asks for.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePublish(PublishPacket &&publish)
{
    resolveTopicAlias(publish);
    const quint16 packetId = publish.packetId;
    switch (publish.qos) {
    case QoS::Q0:
        m_events.push_back(Engine::PacketReceived {std::move(publish)});
        return;
    case QoS::Q1: { // deliver, then PUBACK [MQTT-4.3.2-4]
        m_events.push_back(Engine::PacketReceived {std::move(publish)});
        PubAckPacket pubAck;
        pubAck.packetId = packetId;
        write(pubAck);
        return;
    }
    case QoS::Q2: {
        // Delivered once when it first arrives; a resend before PUBREL is only acknowledged
        // again [MQTT-4.3.3-10].
        if (!m_inboundQos2.contains(packetId)) {
            if (m_inboundQos2.size() >= m_client.receiveMaximum) { // [MQTT-3.3.4-9]
                throw MqttError(QStringLiteral("PUBLISH: more than our Receive Maximum of %1 QoS 2 "
                                               "messages in flight [MQTT-3.3.4-9]")
                                    .arg(m_client.receiveMaximum),
                                ReasonCode::ReceiveMaximumExceeded);
            }
            m_inboundQos2.insert(packetId);
            m_events.push_back(Engine::PacketReceived {std::move(publish)});
        }
        PubRecPacket pubRec;
        pubRec.packetId = packetId;
        write(pubRec);
        return;
    }
    }
    throw MqttError::malformed(QStringLiteral("PUBLISH QoS 3 [MQTT-3.3.1-4]"));
}

} // namespace OhMqtt
