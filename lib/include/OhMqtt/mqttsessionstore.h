// MqttSessionStore: where a client keeps the state of its MQTT session, to implement or pick one.
#pragma once

#include <OhMqtt/mqtterror.h>
#include <OhMqtt/mqttstoredmessage.h>

#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

namespace OhMqtt {

/// The session state that must outlive a connection, and with a durable store the process
/// (MQTT 4.1): outbound QoS 1 and 2 messages awaiting acknowledgement, in the order they were
/// handed over, with their packet identifiers and QoS 2 state; inbound QoS 2 packet identifiers
/// awaiting PUBREL. MqttMemorySessionStore and MqttSqliteSessionStore implement it; an
/// application may implement its own.
///
/// The rules every implementation keeps:
/// - open(clientId) selects the session of that client identifier; open() again with the same
///   identifier reopens it. Whether one store keeps the sessions of several identifiers is up to
///   the implementation, and its class says: one that does shows another identifier's session
///   (empty if it has none) and leaves the others as they are; one that does not fails open()
///   for another identifier, with an error saying so. Calls before a successful open(), or after
///   a failed one, do nothing and the lists read as empty.
/// - Writes between two commit() calls form one transaction. Until commit() returns true they
///   may be lost; after it they survive what the store promises (its class says). The caller
///   commits before it reports a message accepted and before it acknowledges an inbound QoS 2
///   PUBLISH (PUBREC).
/// - Writes report no error themselves: a failed write makes the next commit() return false,
///   and then no write of that transaction is stored.
/// - No exception leaves a store (user implementations included: the caller does not catch).
class OHMQTT_EXPORT MqttSessionStore
{
public:
    virtual ~MqttSessionStore();

    /// Selects the session of `clientId` (see the rules above); false, with `*error` saying why,
    /// when the store cannot be used.
    virtual bool open(const QString &clientId, MqttError *error) = 0;
    /// Forgets this client identifier's whole session (Clean Start, or the broker kept none).
    virtual void clear() = 0;

    /// Outbound: keeps a message handed over; replaces one of the same sequence.
    virtual void addOutgoing(const MqttStoredMessage &message) = 0;
    /// The packet identifier the message of `sequence` was sent with.
    virtual void setPacketId(quint64 sequence, quint16 packetId) = 0;
    virtual void setReleased(quint16 packetId) = 0; ///< PUBREC received
    /// Forgets the message: acknowledged (PUBACK, PUBCOMP), or failed for good.
    virtual void removeOutgoing(quint64 sequence) = 0;
    virtual QList<MqttStoredMessage> outgoing() const = 0; ///< in sequence order

    ///@{
    /// Inbound QoS 2 packet identifiers that await PUBREL. Adding one twice keeps one.
    virtual void addIncoming(quint16 packetId) = 0;
    virtual void removeIncoming(quint16 packetId) = 0;
    virtual QList<quint16> incoming() const = 0; ///< in ascending order
    ///@}

    /// Makes every write since the last commit durable, as one transaction.
    virtual bool commit(MqttError *error) = 0;

protected:
    MqttSessionStore() = default;
    Q_DISABLE_COPY_MOVE(MqttSessionStore)
};

} // namespace OhMqtt
