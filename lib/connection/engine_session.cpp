// ProtocolEngine: the outbound half of the session — QoS 1 and 2 PUBLISH packets not yet
// acknowledged outlive their connection, and go out again when the server kept the session.
#include "connection/protocolengine.h"

#include "connection/logging.h"

namespace OhMqtt {

// Kept as it will be resent: a Topic Alias lasts one connection [MQTT-3.3.2-7], so the copy
// carries the full topic instead.
void ProtocolEngine::rememberPublish(const PublishPacket &publish)
{
    PublishPacket kept = publish;
    if (const auto alias = kept.properties.topicAlias()) {
        if (kept.topic.isEmpty())
            kept.topic = m_outboundAliases.value(*alias);
        kept.properties.setTopicAlias(std::nullopt);
    }
    m_sessionOrder.append(publish.packetId);
    m_sessionPublishes.insert(publish.packetId, std::move(kept));
}

void ProtocolEngine::forgetPublish(quint16 packetId)
{
    if (m_sessionPublishes.remove(packetId)) {
        m_sessionOrder.removeOne(packetId);
        m_releaseOrder.removeOne(packetId);
    }
}

// PUBREC came for a flow of the session (once per flow): its PUBREL is what goes again.
void ProtocolEngine::rememberRelease(quint16 packetId)
{
    if (m_sessionPublishes.contains(packetId))
        m_releaseOrder.append(packetId);
}

// The order of a resumed session: the flows in the order first sent [MQTT-4.6.0-1], except that
// the places of the released ones take their PUBRELs in the order the PUBRECs came
// [MQTT-4.6.0-4]; each kind keeps its own order, as on the connection that ended.
QList<quint16> ProtocolEngine::resendOrder() const
{
    QList<quint16> order = m_sessionOrder;
    auto released = m_releaseOrder.cbegin();
    for (quint16 &packetId : order) {
        if (m_awaiting.value(packetId).ack == PacketType::PubComp &&
            released != m_releaseOrder.cend())
            packetId = *released++;
    }
    return order;
}

// The connection is gone: SUBSCRIBE and UNSUBSCRIBE waiting for their answer will get none
// (the caller ends them), while the PUBLISH flows stay, with their identifiers, for a session
// that resumes.
void ProtocolEngine::keepSessionAcrossClose()
{
    m_resendPending.clear(); // the next CONNACK decides again
    m_packetIds.clear();
    m_awaiting.removeIf([this](quint16 packetId, const Awaiting &) {
        if (!m_sessionPublishes.contains(packetId))
            return true;
        m_packetIds.reserve(packetId);
        return false;
    });
    m_publishesInFlight = int(m_sessionOrder.size());
}

// Session Present 1: every PUBLISH not yet acknowledged goes out again with DUP set, and every
// PUBREL not yet answered by PUBCOMP again, with their identifiers, in resendOrder()
// [MQTT-4.4.0-1] [MQTT-3.3.1-1]. They count against the server's Receive Maximum
// as before: no more than it allows go out at once [MQTT-3.3.4-7], the others as flows complete
// (resendNext()), all before anything new.
void ProtocolEngine::resumeSession()
{
    m_resendPending.clear();
    if (m_sessionOrder.isEmpty())
        return;
    qCDebug(lcConnection) << "resending" << m_sessionOrder.size() << "unacknowledged PUBLISH flows";
    const QList<quint16> order = resendOrder();
    const qsizetype allowed = qMax(qsizetype(m_server.receiveMaximum), qsizetype(1));
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i < allowed)
            resend(order.at(i));
        else
            m_resendPending.append(order.at(i));
    }
}

// A flow completed while resent flows wait for the quota: the next one goes out in its place.
void ProtocolEngine::resendNext()
{
    while (!m_resendPending.isEmpty()) {
        const quint16 packetId = m_resendPending.takeFirst();
        if (m_sessionPublishes.contains(packetId)) {
            resend(packetId);
            return;
        }
    }
}

void ProtocolEngine::resend(quint16 packetId)
{
    try {
        if (m_awaiting.value(packetId).ack == PacketType::PubComp) {
            PubRelPacket pubRel;
            pubRel.packetId = packetId;
            write(pubRel, packetId);
            return;
        }
        PublishPacket publish = m_sessionPublishes.value(packetId);
        publish.dup = true;
        write(publish, packetId);
    } catch (const MqttError &error) { // too large for this server's Maximum Packet Size
        m_awaiting.remove(packetId);
        forgetPublish(packetId);
        --m_publishesInFlight;
        m_packetIds.release(packetId);
        m_events.push_back(Engine::SendRejected {PacketType::Publish, packetId, error});
    }
}

// Session Present 0: the server keeps nothing of earlier connections [MQTT-3.2.2-2]; the caller
// gets the unacknowledged messages back.
void ProtocolEngine::discardSession()
{
    if (m_sessionOrder.isEmpty())
        return;
    Engine::SessionDiscarded discarded;
    for (const quint16 packetId : std::as_const(m_sessionOrder)) {
        const bool received = m_awaiting.value(packetId).ack == PacketType::PubComp;
        discarded.publishes.push_back({m_sessionPublishes.value(packetId), received});
        m_awaiting.remove(packetId);
        m_packetIds.release(packetId);
    }
    m_resendPending.clear();
    qCDebug(lcConnection) << "the server kept no session:" << m_sessionOrder.size()
                          << "unacknowledged PUBLISH flows given back";
    m_sessionOrder.clear();
    m_sessionPublishes.clear();
    m_releaseOrder.clear();
    m_publishesInFlight = 0;
    m_events.push_back(std::move(discarded));
}

void ProtocolEngine::forgetSession() noexcept
{
    if (m_state != Engine::State::Idle)
        return;
    m_resendPending.clear();
    for (const quint16 packetId : std::as_const(m_sessionOrder)) {
        m_awaiting.remove(packetId);
        m_packetIds.release(packetId);
    }
    m_sessionOrder.clear();
    m_sessionPublishes.clear();
    m_releaseOrder.clear();
    m_publishesInFlight = 0;
}

void ProtocolEngine::restoreSession(const QList<StoredPublish> &publishes,
                                    const QList<quint16> &inbound)
{
    if (m_state != Engine::State::Idle || !m_sessionOrder.isEmpty())
        return;
    for (const StoredPublish &stored : publishes) {
        const quint16 packetId = stored.packet.packetId;
        if (packetId == 0 || stored.packet.qos == QoS::Q0 || m_sessionPublishes.contains(packetId))
            continue;
        m_packetIds.reserve(packetId);
        const PacketType ack = stored.packet.qos == QoS::Q1 ? PacketType::PubAck
            : stored.released                               ? PacketType::PubComp
                                                            : PacketType::PubRec;
        m_awaiting.insert(packetId, Awaiting {ack});
        rememberPublish(stored.packet);
        if (ack == PacketType::PubComp) // a store keeps no PUBREC order: the order first sent
            rememberRelease(packetId);
    }
    m_publishesInFlight = int(m_sessionOrder.size());
    for (const quint16 packetId : inbound)
        m_inboundQos2.insert(packetId);
}

void ProtocolEngine::reportSessionChange(Engine::SessionChanged::Change change, quint16 packetId)
{
    if (m_reportSessionChanges)
        m_events.push_back(Engine::SessionChanged {change, packetId});
}

} // namespace OhMqtt
