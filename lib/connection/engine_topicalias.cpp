// ProtocolEngine: Topic Aliases (MQTT 3.3.2.3.4) — the server's inbound, ours outbound; both
// mappings last one Network Connection.
#include "connection/protocolengine.h"

namespace OhMqtt {

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

// An outbound alias must be within the server's Topic Alias Maximum, and an alias-only PUBLISH
// (empty Topic Name) needs a mapping set earlier on this connection: a mapping from an earlier
// connection does not exist for the server [MQTT-3.3.2-7]. The codec refuses an empty Topic Name
// without any alias.
void ProtocolEngine::checkOutboundTopicAlias(const PublishPacket &publish) const
{
    const std::optional<quint16> alias = publish.properties.topicAlias();
    if (!alias)
        return;
    if (*alias == 0 || *alias > m_server.topicAliasMaximum) { // [MQTT-3.3.2-8] [MQTT-3.3.2-9]
        throw MqttError(
            QStringLiteral("PUBLISH Topic Alias %1 is outside 1..%2, the server's Topic "
                           "Alias Maximum [MQTT-3.3.2-9]")
                .arg(*alias)
                .arg(m_server.topicAliasMaximum),
            ReasonCode::TopicAliasInvalid);
    }
    if (publish.topic.isEmpty() && !m_outboundAliases.contains(*alias)) {
        throw MqttError::protocol(
            QStringLiteral("PUBLISH Topic Alias %1 with an empty Topic Name: this connection has "
                           "not set that alias; mappings last one connection [MQTT-3.3.2-7]")
                .arg(*alias));
    }
}

// After a PUBLISH with a Topic Name and an alias was written, the alias stands for that topic.
void ProtocolEngine::rememberOutboundTopicAlias(const PublishPacket &publish)
{
    if (const std::optional<quint16> alias = publish.properties.topicAlias();
        alias && !publish.topic.isEmpty())
        m_outboundAliases.insert(*alias, publish.topic);
}

// A new Network Connection starts without mappings in either direction [MQTT-3.3.2-7].
void ProtocolEngine::forgetTopicAliases() noexcept
{
    m_inboundAliases.clear();
    m_outboundAliases.clear();
}

} // namespace OhMqtt
