// MqttMemorySessionStore: session state in memory, lost with the process.
#pragma once

#include <OhMqtt/mqttsessionstore.h>

#include <memory>

namespace OhMqtt {

class MqttMemorySessionStorePrivate;

/// A session store in memory, for code that wants the MqttSessionStore interface without a file.
///
/// Every write takes effect at once and commit() has nothing to do: the state survives a lost
/// connection, not the process. One store keeps a session per client identifier while the object
/// lives: opening another identifier leaves the others as they are.
/// Not thread-safe: use it from one thread at a time.
class OHMQTT_EXPORT MqttMemorySessionStore : public MqttSessionStore
{
public:
    MqttMemorySessionStore();
    ~MqttMemorySessionStore() override;

    bool open(const QString &clientId, MqttError *error) override; ///< always true
    void clear() override;
    void addOutgoing(const MqttStoredMessage &message) override;
    void setPacketId(quint64 sequence, quint16 packetId) override;
    void setReleased(quint16 packetId) override;
    void removeOutgoing(quint64 sequence) override;
    QList<MqttStoredMessage> outgoing() const override;
    void addIncoming(quint16 packetId) override;
    void removeIncoming(quint16 packetId) override;
    QList<quint16> incoming() const override;
    bool commit(MqttError *error) override; ///< always true

private:
    std::unique_ptr<MqttMemorySessionStorePrivate> d;
};

} // namespace OhMqtt
