// ProtocolEngine: DISCONNECT from the server (MQTT 5.0 only) — report it and close.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handleDisconnect(DisconnectPacket &&disconnect)
{
    if (m_version != ProtocolVersion::V5)
        throw MqttError::protocol(QStringLiteral("a server sends DISCONNECT only in MQTT 5.0"));
    const ReasonCode reason = disconnect.reasonCode;
    std::optional<MqttError> error;
    if (isError(reason)) {
        QString message = QStringLiteral("the server disconnected: %1").arg(reasonCodeName(reason));
        if (const auto text = disconnect.properties.reasonString())
            message += QStringLiteral(" (%1)").arg(*text);
        error = MqttError(message, reason);
    }
    m_events.push_back(Engine::PacketReceived {std::move(disconnect)});
    if (error)
        m_events.push_back(Engine::ConnectionFailed {*error});
    endConnection(reason); // the client closes the connection after DISCONNECT (MQTT 3.14.4)
}

} // namespace OhMqtt
