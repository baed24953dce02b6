// SessionPersistence: writes the session's changes to the store, and commits them in batches.
#include "client/sessionpersistence.h"

#include "connection/logging.h"

namespace OhMqtt {

SessionPersistence::SessionPersistence() = default;
SessionPersistence::~SessionPersistence() = default;

void SessionPersistence::setStore(MqttSessionStore *store, std::unique_ptr<MqttSessionStore> owned)
{
    m_owned = std::move(owned);
    m_store = m_owned ? m_owned.get() : store;
    m_open = false;
    m_clientId.clear();
    m_sequences.clear();
    m_uncommitted = false;
}

bool SessionPersistence::open(const QString &clientId, Restored *restored, MqttError *error)
{
    m_open = false;
    m_sequences.clear();
    m_uncommitted = false;
    if (!m_store->open(clientId, error))
        return false;
    m_open = true;
    m_clientId = clientId;
    *restored = {};
    m_nextSequence = 1;
    for (const MqttStoredMessage &message : m_store->outgoing()) {
        m_nextSequence = qMax(m_nextSequence, message.sequence() + 1);
        if (message.packetId() != 0) {
            if (m_sequences.contains(message.packetId()))
                qCWarning(lcSession)
                    << "two stored messages share packet identifier" << message.packetId()
                    << ": sequences" << m_sequences.value(message.packetId()) << message.sequence();
            m_sequences.insert(message.packetId(), message.sequence());
            restored->sent.append(message);
        } else {
            restored->queued.append(message);
        }
    }
    restored->incoming = m_store->incoming();
    return true;
}

void SessionPersistence::release()
{
    m_owned.reset();
    m_store = nullptr;
    m_open = false;
}

quint64 SessionPersistence::add(const PublishPacket &packet)
{
    const quint64 sequence = m_nextSequence++;
    PublishPacket stored = packet;
    stored.packetId = 0;
    stored.dup = false;
    m_store->addOutgoing(MqttStoredMessage(sequence, stored));
    written();
    return sequence;
}

void SessionPersistence::sent(quint64 sequence, quint16 packetId)
{
    m_sequences.insert(packetId, sequence);
    m_store->setPacketId(sequence, packetId);
    written();
}

void SessionPersistence::unsent(quint16 packetId)
{
    const quint64 sequence = m_sequences.take(packetId);
    if (sequence == 0)
        return;
    m_store->setPacketId(sequence, 0);
    written();
}

void SessionPersistence::completed(quint16 packetId)
{
    const quint64 sequence = m_sequences.take(packetId);
    if (sequence != 0)
        remove(sequence);
}

void SessionPersistence::remove(quint64 sequence)
{
    m_store->removeOutgoing(sequence);
    written();
}

void SessionPersistence::apply(const Engine::SessionChanged &change)
{
    using Change = Engine::SessionChanged::Change;
    switch (change.change) {
    case Change::InboundAwaitingRelease:
        m_store->addIncoming(change.packetId);
        break;
    case Change::InboundReleased:
        m_store->removeIncoming(change.packetId);
        break;
    case Change::InboundCleared:
        for (const quint16 packetId : m_store->incoming())
            m_store->removeIncoming(packetId);
        break;
    case Change::OutboundReleased:
        m_store->setReleased(change.packetId);
        break;
    }
    written();
}

void SessionPersistence::written()
{
    if (!std::exchange(m_uncommitted, true) && m_scheduleCommit)
        m_scheduleCommit();
}

bool SessionPersistence::commit(MqttError *error)
{
    if (!m_uncommitted)
        return true;
    m_uncommitted = false;
    return m_store->commit(error);
}

} // namespace OhMqtt
