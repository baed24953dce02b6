// ProtocolEngine: inbound PUBLISH — topic aliases, delivery, and the acknowledgement its QoS asks
// for.
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

// Replaces an empty topic by the one its Topic Alias stands for, and learns new aliases.
void ProtocolEngine::resolveTopicAlias(PublishPacket &publish)
{
    const std::optional<quint16> alias =
        m_version == ProtocolVersion::V5 ? publish.properties.topicAlias() : std::nullopt;
    if (!alias)
        return; // the codec made sure the topic is there
    if (*alias == 0 || *alias > m_client.topicAliasMaximum) { // [MQTT-3.3.2-8] [MQTT-3.3.2-11]
        throw MqttError(QStringLiteral("PUBLISH Topic Alias %1 is outside 1..%2, our Topic Alias "
                                       "Maximum [MQTT-3.3.2-11]")
                            .arg(*alias)
                            .arg(m_client.topicAliasMaximum),
                        ReasonCode::TopicAliasInvalid);
    }
    if (!publish.topic.isEmpty()) {
        m_inboundAliases.insert(*alias, publish.topic);
        return;
    }
    const auto it = m_inboundAliases.constFind(*alias);
    if (it == m_inboundAliases.constEnd()) {
        throw MqttError::protocol(
            QStringLiteral("PUBLISH uses Topic Alias %1 before it was set").arg(*alias));
    }
    publish.topic = *it;
}

} // namespace OhMqtt
