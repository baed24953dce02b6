// ProtocolEngine: AUTH — only part of an enhanced authentication the client started (MQTT 4.12).
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handleAuth(AuthPacket &&auth)
{
    if (m_version != ProtocolVersion::V5 || !m_client.authenticating) {
        throw MqttError::protocol(QStringLiteral(
            "AUTH received, but CONNECT carried no Authentication Method (MQTT 4.12)"));
    }
    m_events.push_back(Engine::PacketReceived {std::move(auth)});
}

} // namespace OhMqtt
