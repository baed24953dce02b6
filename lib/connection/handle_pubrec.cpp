// ProtocolEngine: PUBREC — the middle of an outbound QoS 2 flow; PUBREL follows unless it failed.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePubRec(PubRecPacket &&pubRec)
{
    const quint16 packetId = pubRec.packetId;
    PubRelPacket pubRel;
    pubRel.packetId = packetId;
    Awaiting *const awaiting = m_awaiting.find(packetId);
    if (!awaiting) {
        // Unknown identifier: answer so the server can finish its side (MQTT 3.6.2.1).
        if (m_version == ProtocolVersion::V5)
            pubRel.reasonCode = ReasonCode::PacketIdentifierNotFound;
        write(pubRel, packetId);
        return;
    }
    switch (awaiting->ack) {
    case PacketType::PubRec:
        break;
    case PacketType::PubComp:
        // A repeated PUBREC: the identifier is still this flow's, whose PUBREL stays unacknowledged
        // until PUBCOMP [MQTT-4.3.3-5]; it gets the same PUBREL again [MQTT-4.3.3-4].
        if (isError(pubRec.reasonCode)) {
            throw MqttError::protocol(QStringLiteral("PUBREC %1 for packet identifier %2, whose "
                                                     "PUBREC was a success (MQTT 4.3.3)")
                                          .arg(reasonCodeName(pubRec.reasonCode))
                                          .arg(packetId));
        }
        write(pubRel, packetId);
        return;
    default:
        // PUBREC answers a QoS 2 PUBLISH only (MQTT 3.5); this identifier is another flow's.
        throw MqttError::protocol(QStringLiteral("PUBREC for packet identifier %1, which waits for "
                                                 "%2, not PUBREC (MQTT 3.5)")
                                      .arg(packetId)
                                      .arg(packetTypeName(awaiting->ack)));
    }
    if (isError(pubRec.reasonCode)) { // the flow ends here and frees its quota (MQTT 4.9)
        m_awaiting.remove(packetId);
        endPublishFlow(packetId, std::move(pubRec));
        return;
    }
    awaiting->ack = PacketType::PubComp;
    rememberRelease(packetId); // PUBRELs follow the order of the PUBRECs [MQTT-4.6.0-4]
    reportSessionChange(Engine::SessionChanged::Change::OutboundReleased, packetId);
    write(pubRel, packetId);
}

} // namespace OhMqtt
