// SessionPersistence: the client's session in a session store — what is written when, and
// whether a commit is owed before the next bytes may leave.
#pragma once

#include <OhMqtt/mqttsessionstore.h>

#include "connection/engineevent.h"

#include <QtCore/qhash.h>

#include <functional>
#include <memory>

namespace OhMqtt {

// Lives in the client's thread. Outbound QoS 1 and 2 messages are keyed by a sequence number,
// given when the message is handed over; the packet identifier it gets when first sent maps back
// to it. Writes gather in one transaction until commit(): the client commits before it writes
// the bytes that depend on them (the PUBLISH with its identifier, PUBREC, PUBREL) and before it
// delivers an inbound QoS 2 message.
class SessionPersistence
{
public:
    // The session as the store had it when opened.
    struct Restored
    {
        QList<MqttStoredMessage> sent; // with a packet identifier, in sequence order
        QList<MqttStoredMessage> queued; // never sent, in sequence order
        QList<quint16> incoming;
    };

    SessionPersistence();
    ~SessionPersistence();

    // Called when a write opens a new transaction: the caller commits it at the end of this turn
    // of the event loop, whether or not bytes wait for it (an acknowledgement's removal does not).
    void setCommitScheduler(std::function<void()> schedule)
    {
        m_scheduleCommit = std::move(schedule);
    }

    // `store` (not owned) or `owned`; both null: no store, the session lives in the engine alone.
    // Between connections only.
    void setStore(MqttSessionStore *store, std::unique_ptr<MqttSessionStore> owned = {});
    MqttSessionStore *store() const noexcept { return m_store; }
    bool hasStore() const noexcept { return m_store != nullptr; }
    bool isOpen() const noexcept { return m_open; }
    QString clientId() const { return m_clientId; }

    bool open(const QString &clientId, Restored *restored, MqttError *error);
    // Destroys an owned store (in the client's thread, where it was made).
    void release();

    // Outbound. add() returns the message's sequence number.
    quint64 add(const PublishPacket &packet);
    void sent(quint64 sequence, quint16 packetId);
    void unsent(quint16 packetId); // the broker kept no session: it goes out as new
    quint64 sequenceOf(quint16 packetId) const { return m_sequences.value(packetId); }
    void completed(quint16 packetId); // acknowledged or refused: gone from the session
    void remove(quint64 sequence); // never sent, and never will be

    // Inbound QoS 2 and PUBREC, from the engine.
    void apply(const Engine::SessionChanged &change);

    bool hasUncommitted() const noexcept { return m_uncommitted; }
    bool commit(MqttError *error);

private:
    void written();

    MqttSessionStore *m_store = nullptr;
    std::unique_ptr<MqttSessionStore> m_owned;
    bool m_open = false;
    QString m_clientId;
    quint64 m_nextSequence = 1;
    QHash<quint16, quint64> m_sequences; // packet identifier → sequence, while in flight
    bool m_uncommitted = false;
    std::function<void()> m_scheduleCommit;
};

} // namespace OhMqtt
