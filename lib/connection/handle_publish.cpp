// ProtocolEngine: inbound PUBLISH — the acknowledgement its QoS asks for, then delivery.
#include "connection/protocolengine.h"

#include "connection/logging.h"

#include <OhMqtt/serialization.h>

namespace OhMqtt {

namespace {

// A payload that its Payload Format Indicator calls UTF-8 but is not (MQTT 3.3.2.3.2). U+0000
// is a character like any other in a payload: only the rules of UTF-8 itself apply.
bool breaksPayloadFormat(const PublishPacket &publish, ProtocolVersion version)
{
    if (version != ProtocolVersion::V5 || publish.properties.payloadFormatIndicator() != 1)
        return false;
    QByteArrayView rest(publish.payload);
    for (;;) {
        const qsizetype zero = rest.indexOf('\0');
        if (Serialization::utf8Problem(zero < 0 ? rest : rest.first(zero)))
            return true;
        if (zero < 0)
            return false;
        rest = rest.sliced(zero + 1);
    }
}

} // namespace

// The acknowledgement's SendBytes comes before PacketReceived: holding the message, the engine has
// taken ownership of it [MQTT-4.3.2-4] [MQTT-4.3.3-8], and a caller that ends the connection while
// handling the message (nothing may follow DISCONNECT) has then already acknowledged it.
void ProtocolEngine::handlePublish(PublishPacket &&publish)
{
    resolveTopicAlias(publish); // engine_topicalias.cpp
    const quint16 packetId = publish.packetId;
    // The receiver MAY check the Payload Format Indicator: then PUBACK, PUBREC or DISCONNECT
    // 0x99 (MQTT 3.3.2.3.2), and the message is not delivered.
    if (breaksPayloadFormat(publish, m_version) && !m_inboundQos2.contains(packetId))
        return refusePayloadFormat(publish);
    switch (publish.qos) {
    case QoS::Q0:
        m_events.push_back(Engine::PacketReceived {std::move(publish)});
        return;
    case QoS::Q1: {
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

void ProtocolEngine::refusePayloadFormat(const PublishPacket &publish)
{
    const QString message = QStringLiteral("PUBLISH payload is not UTF-8, although its Payload "
                                           "Format Indicator says so (MQTT 3.3.2.3.2)");
    switch (publish.qos) {
    case QoS::Q0:
        throw MqttError(message, ReasonCode::PayloadFormatInvalid);
    case QoS::Q1:
        write(PubAckPacket {publish.packetId, ReasonCode::PayloadFormatInvalid, {}},
              publish.packetId);
        break;
    case QoS::Q2: // a PUBREC of 0x80 or more ends the exchange (MQTT 4.3.3)
        write(PubRecPacket {publish.packetId, ReasonCode::PayloadFormatInvalid, {}},
              publish.packetId);
        break;
    }
    qCDebug(lcConnection) << message;
}

} // namespace OhMqtt
