// ProtocolEngine: CONNACK — accept or refuse the connection, and adopt the server's limits.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handleConnAck(ConnAckPacket &&connAck)
{
    if (m_state != Engine::State::ConnectSent)
        throw MqttError::protocol(QStringLiteral("a second CONNACK [MQTT-3.2.0-2]"));
    m_connAck = std::move(connAck);
    const ReasonCode code = m_connAck.reasonCode;
    if (isError(code)) {
        // The server closes the connection after a refusal [MQTT-3.2.2-7], and so does the
        // client [MQTT-4.13.2-1]: nothing to send.
        QString message =
            QStringLiteral("CONNACK refused the connection: %1").arg(reasonCodeName(code));
        if (const auto reason = m_connAck.properties.reasonString())
            message += QStringLiteral(" (%1)").arg(*reason);
        fail(MqttError(message, code), false);
        return;
    }
    if (m_client.cleanStart && m_connAck.sessionPresent) // [MQTT-3.2.2-4]
        throw MqttError::protocol(
            QStringLiteral("CONNACK has Session Present after Clean Start [MQTT-3.2.2-4]"));
    if (!m_connAck.sessionPresent) {
        m_inboundQos2.clear();
        reportSessionChange(Engine::SessionChanged::Change::InboundCleared);
    }
    if (m_version == ProtocolVersion::V5)
        applyServerLimits(m_connAck.properties);
    if (!acceptConnAckAuthentication(m_connAck.properties)) // handle_auth.cpp [MQTT-4.12.0-5]
        return;

    m_state = Engine::State::Connected;
    // engine_session.cpp: what the session kept goes out before anything new [MQTT-4.4.0-1]
    if (m_connAck.sessionPresent)
        resumeSession();
    else
        discardSession();
    m_events.push_back(Engine::Connected {m_connAck});
    if (m_keepAlive.count() > 0)
        m_events.push_back(Engine::StartTimer {Engine::Timer::KeepAlive, m_keepAlive});
}

void ProtocolEngine::applyServerLimits(const ConnAckProperties &properties)
{
    if (const auto serverKeepAlive = properties.serverKeepAlive()) // [MQTT-3.2.2-21]
        m_keepAlive = std::chrono::seconds(*serverKeepAlive);
    if (properties.receiveMaximum() == 0)
        throw MqttError::protocol(QStringLiteral("CONNACK Receive Maximum is 0 (MQTT 3.2.2.3.3)"));
    m_server.maximumPacketSize = properties.maximumPacketSize().value_or(0);
    m_server.receiveMaximum = properties.receiveMaximum().value_or(65535);
    m_server.topicAliasMaximum = properties.topicAliasMaximum().value_or(0);
    m_server.maximumQoS = QoS(qMin<quint8>(properties.maximumQoS().value_or(2), 2));
    m_server.retainAvailable = properties.retainAvailable().value_or(true);
    m_server.subscriptionIdsAvailable = properties.subscriptionIdentifierAvailable().value_or(true);
    m_server.sharedSubscriptionsAvailable = properties.sharedSubscriptionAvailable().value_or(true);
    m_server.wildcardSubscriptionsAvailable =
        properties.wildcardSubscriptionAvailable().value_or(true);
}

} // namespace OhMqtt
