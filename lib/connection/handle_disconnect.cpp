// ProtocolEngine: DISCONNECT from the server (MQTT 5.0 only) — report it and close.
#include "connection/protocolengine.h"

namespace OhMqtt {

namespace {

// "the server disconnected: Server moved (going away) — use broker2:1883": the reason code, its
// Reason String and Server Reference, for errorOccurred() and lastError().
QString describe(const DisconnectPacket &disconnect)
{
    QString message =
        QStringLiteral("the server disconnected: %1").arg(reasonCodeName(disconnect.reasonCode));
    if (const auto text = disconnect.properties.reasonString())
        message += QStringLiteral(" (%1)").arg(*text);
    if (const auto reference = disconnect.properties.serverReference()) // MQTT 4.11
        message += QStringLiteral("; server reference: %1").arg(*reference);
    return message;
}

} // namespace

void ProtocolEngine::handleDisconnect(DisconnectPacket &&disconnect)
{
    if (m_version != ProtocolVersion::V5)
        throw MqttError::protocol(QStringLiteral("a server sends DISCONNECT only in MQTT 5.0"));
    if (disconnect.properties.sessionExpiryInterval()) {
        throw MqttError::protocol(QStringLiteral(
            "DISCONNECT from the server carries a Session Expiry Interval [MQTT-3.14.2-2]"));
    }
    const ReasonCode reason = disconnect.reasonCode;
    std::optional<MqttError> error;
    if (isError(reason))
        error = MqttError(describe(disconnect), reason);
    m_events.push_back(Engine::PacketReceived {std::move(disconnect)});
    if (error)
        m_events.push_back(Engine::ConnectionFailed {*error});
    // The client closes the connection after DISCONNECT (MQTT 3.14.4) [MQTT-4.13.2-1].
    endConnection(reason);
}

} // namespace OhMqtt
