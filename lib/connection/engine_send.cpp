// ProtocolEngine: outbound packets — what a client may send, checked against the server's limits.
#include "connection/protocolengine.h"

#include "connection/logging.h"

namespace OhMqtt {

using Engine::State;

namespace {

quint16 packetIdOf(const Packet &packet) noexcept
{
    if (const auto *publish = std::get_if<PublishPacket>(&packet))
        return publish->packetId;
    if (const auto *subscribe = std::get_if<SubscribePacket>(&packet))
        return subscribe->packetId;
    if (const auto *unsubscribe = std::get_if<UnsubscribePacket>(&packet))
        return unsubscribe->packetId;
    return 0;
}

bool isWildcardFilter(QStringView filter) noexcept
{
    return filter.contains(u'+') || filter.contains(u'#');
}

} // namespace

ProtocolEngine::Events ProtocolEngine::send(const Packet &packet)
{
    if (const auto *disconnectPacket = std::get_if<DisconnectPacket>(&packet))
        return disconnect(*disconnectPacket);
    if (const auto *authPacket = std::get_if<AuthPacket>(&packet))
        return auth(*authPacket); // handle_auth.cpp: also before CONNACK (MQTT 4.12)
    try {
        sendChecked(packet);
    } catch (const MqttError &error) {
        reject(packet, error);
    } catch (const std::exception &e) {
        reject(packet,
               MqttError(QString::fromUtf8(e.what()), ReasonCode::ImplementationSpecificError));
    }
    return take();
}

void ProtocolEngine::reject(const Packet &packet, const MqttError &error)
{
    const quint16 packetId = packetIdOf(packet);
    releasePacketId(packetId);
    qCDebug(lcConnection) << "not sending" << packetTypeName(packetType(packet)) << error;
    m_events.push_back(Engine::SendRejected {packetType(packet), packetId, error});
}

void ProtocolEngine::sendChecked(const Packet &packet)
{
    const PacketType type = packetType(packet);
    if (m_state != State::Connected) {
        throw MqttError(
            QStringLiteral("%1 cannot be sent: not connected").arg(packetTypeName(type)));
    }
    switch (type) {
    case PacketType::Publish: {
        const auto &publish = std::get<PublishPacket>(packet);
        checkPublish(publish);
        write(packet, publish.packetId);
        if (publish.qos != QoS::Q0)
            rememberPublish(publish); // engine_session.cpp; before the alias is learnt
        rememberOutboundTopicAlias(publish);
        if (publish.qos != QoS::Q0) {
            m_awaiting.insert(publish.packetId,
                              {publish.qos == QoS::Q1 ? PacketType::PubAck : PacketType::PubRec});
            ++m_publishesInFlight;
        }
        return;
    }
    case PacketType::Subscribe: {
        const auto &subscribe = std::get<SubscribePacket>(packet);
        checkSubscribe(subscribe);
        write(packet, subscribe.packetId);
        m_awaiting.insert(subscribe.packetId,
                          {PacketType::SubAck, int(subscribe.subscriptions.size())});
        return;
    }
    case PacketType::Unsubscribe: {
        const auto &unsubscribe = std::get<UnsubscribePacket>(packet);
        checkNewFlow(unsubscribe.packetId, "UNSUBSCRIBE");
        if (unsubscribe.topicFilters.isEmpty()) // [MQTT-3.10.3-2]
            throw MqttError::protocol(
                QStringLiteral("UNSUBSCRIBE needs a topic filter [MQTT-3.10.3-2]"));
        write(packet, unsubscribe.packetId);
        m_awaiting.insert(unsubscribe.packetId,
                          {PacketType::UnsubAck, int(unsubscribe.topicFilters.size())});
        return;
    }
    case PacketType::PingReq:
        sendPing();
        return;
    default:
        break;
    }
    throw MqttError::protocol(
        QStringLiteral("%1 is not sent through send(): the engine sends it when the protocol "
                       "asks for it")
            .arg(packetTypeName(type)));
}

void ProtocolEngine::checkPublish(const PublishPacket &publish) const
{
    const int qos = int(publish.qos);
    if (publish.qos == QoS::Q0) {
        if (publish.packetId != 0)
            throw MqttError::protocol(QStringLiteral(
                "PUBLISH with QoS 0 must not carry a packet identifier [MQTT-2.2.1-2]"));
    } else {
        checkNewFlow(publish.packetId, "PUBLISH");
        // A quota of zero stops QoS 1 and 2 PUBLISH only [MQTT-4.9.0-2]: QoS 0, the
        // acknowledgements and the other packets still go out [MQTT-4.9.0-3].
        if (sendQuota() <= 0) {
            throw MqttError(QStringLiteral("PUBLISH: the server's Receive Maximum of %1 is reached "
                                           "[MQTT-3.3.4-7]")
                                .arg(m_server.receiveMaximum),
                            ReasonCode::ReceiveMaximumExceeded);
        }
    }
    if (qos > int(m_server.maximumQoS)) {
        throw MqttError(
            QStringLiteral("PUBLISH QoS %1 exceeds the server's Maximum QoS %2 [MQTT-3.2.2-11]")
                .arg(qos)
                .arg(int(m_server.maximumQoS)),
            ReasonCode::QoSNotSupported);
    }
    if (publish.retain && !m_server.retainAvailable) {
        throw MqttError(QStringLiteral("PUBLISH: the server does not support retained messages "
                                       "[MQTT-3.2.2-14]"),
                        ReasonCode::RetainNotSupported);
    }
    if (!publish.properties.subscriptionIdentifiers().isEmpty()) {
        throw MqttError::protocol(QStringLiteral("PUBLISH from a client must not carry a "
                                                 "Subscription Identifier [MQTT-3.3.4-6]"));
    }
    checkOutboundTopicAlias(publish); // engine_topicalias.cpp
}

void ProtocolEngine::checkSubscribe(const SubscribePacket &subscribe) const
{
    checkNewFlow(subscribe.packetId, "SUBSCRIBE");
    if (subscribe.subscriptions.isEmpty()) // [MQTT-3.8.3-2]
        throw MqttError::protocol(QStringLiteral("SUBSCRIBE needs a topic filter [MQTT-3.8.3-2]"));
    if (m_version != ProtocolVersion::V5)
        return;
    if (subscribe.properties.subscriptionIdentifier() && !m_server.subscriptionIdsAvailable) {
        throw MqttError(
            QStringLiteral("SUBSCRIBE: the server does not support Subscription Identifiers"),
            ReasonCode::SubscriptionIdentifiersNotSupported);
    }
    for (const SubscriptionRequest &request : subscribe.subscriptions) {
        const bool shared = request.topicFilter.startsWith(QLatin1StringView("$share/"));
        if (shared && !m_server.sharedSubscriptionsAvailable) {
            throw MqttError(QStringLiteral("SUBSCRIBE '%1': the server does not support shared "
                                           "subscriptions")
                                .arg(request.topicFilter),
                            ReasonCode::SharedSubscriptionsNotSupported);
        }
        if (shared && request.noLocal) {
            throw MqttError::protocol(QStringLiteral("SUBSCRIBE '%1': No Local on a shared "
                                                     "subscription [MQTT-3.8.3-4]")
                                          .arg(request.topicFilter));
        }
        if (!m_server.wildcardSubscriptionsAvailable && isWildcardFilter(request.topicFilter)) {
            throw MqttError(QStringLiteral("SUBSCRIBE '%1': the server does not support wildcard "
                                           "subscriptions")
                                .arg(request.topicFilter),
                            ReasonCode::WildcardSubscriptionsNotSupported);
        }
    }
}

// A new flow needs an identifier from acquirePacketId() that no other flow uses [MQTT-2.2.1-3].
void ProtocolEngine::checkNewFlow(quint16 packetId, const char *packetName) const
{
    if (!m_packetIds.isInUse(packetId)) {
        throw MqttError::protocol(QStringLiteral("%1 packet identifier %2 was not acquired "
                                                 "[MQTT-2.2.1-3]")
                                      .arg(QLatin1StringView(packetName))
                                      .arg(packetId));
    }
    if (m_awaiting.contains(packetId)) {
        throw MqttError(QStringLiteral("%1 packet identifier %2 is in use [MQTT-2.2.1-3]")
                            .arg(QLatin1StringView(packetName))
                            .arg(packetId),
                        ReasonCode::PacketIdentifierInUse);
    }
}

ProtocolEngine::Events ProtocolEngine::disconnect(const DisconnectPacket &packet)
{
    if (m_state != State::ConnectSent && m_state != State::Connected)
        return take();
    if (m_version == ProtocolVersion::V5 && !clientMaySendDisconnectReason(packet.reasonCode)) {
        m_events.push_back(Engine::SendRejected {
            PacketType::Disconnect, 0,
            MqttError::protocol(QStringLiteral("DISCONNECT reason code %1 is for servers only "
                                               "(MQTT 3.14.2.1)")
                                    .arg(reasonCodeName(packet.reasonCode)))});
        return take();
    }
    const quint32 sessionExpiry = packet.properties.sessionExpiryInterval().value_or(0);
    if (m_version == ProtocolVersion::V5 && m_client.sessionExpiry == 0 && sessionExpiry != 0) {
        m_events.push_back(Engine::SendRejected {
            PacketType::Disconnect, 0,
            MqttError::protocol(QStringLiteral("DISCONNECT Session Expiry Interval %1 after a "
                                               "CONNECT without one (MQTT 3.14.2.2.2)")
                                    .arg(sessionExpiry))});
        return take();
    }
    m_state = State::Closing; // nothing follows DISCONNECT [MQTT-3.14.4-1]
    try {
        // MQTT 3.1.1 DISCONNECT has no reason code or properties to carry.
        write(m_version == ProtocolVersion::V5 ? packet : DisconnectPacket {});
    } catch (const MqttError &error) {
        m_events.push_back(Engine::ConnectionFailed {error}); // closing anyway, without it
    }
    endConnection(packet.reasonCode); // also after a reason code of 0x80 or above [MQTT-4.13.2-1]
    return take();
}

} // namespace OhMqtt
