// MqttMemorySessionStore: sessions per client identifier in maps, for the life of the object.
#include <OhMqtt/mqttmemorysessionstore.h>

#include <QtCore/qhash.h>
#include <QtCore/qmap.h>

namespace OhMqtt {

namespace {

struct Session
{
    QMap<quint64, MqttStoredMessage> outgoing; // by sequence, so in order
    QMap<quint16, bool> incoming; // the keys, in ascending order
};

} // namespace

class MqttMemorySessionStorePrivate
{
public:
    QHash<QString, Session> sessions;
    Session *current = nullptr;
};

MqttMemorySessionStore::MqttMemorySessionStore()
    : d(std::make_unique<MqttMemorySessionStorePrivate>())
{ }

MqttMemorySessionStore::~MqttMemorySessionStore() = default;

bool MqttMemorySessionStore::open(const QString &clientId, MqttError *error)
{
    d->current = &d->sessions[clientId];
    if (error)
        *error = MqttError();
    return true;
}

void MqttMemorySessionStore::clear()
{
    if (d->current)
        *d->current = Session();
}

void MqttMemorySessionStore::addOutgoing(const MqttStoredMessage &message)
{
    if (d->current)
        d->current->outgoing.insert(message.sequence(), message);
}

void MqttMemorySessionStore::setPacketId(quint64 sequence, quint16 packetId)
{
    if (!d->current)
        return;
    const auto it = d->current->outgoing.find(sequence);
    if (it != d->current->outgoing.end())
        it->setPacketId(packetId);
}

void MqttMemorySessionStore::setReleased(quint16 packetId)
{
    if (!d->current)
        return;
    for (MqttStoredMessage &message : d->current->outgoing) {
        if (message.packetId() == packetId)
            message.setReleased(true);
    }
}

void MqttMemorySessionStore::removeOutgoing(quint64 sequence)
{
    if (d->current)
        d->current->outgoing.remove(sequence);
}

QList<MqttStoredMessage> MqttMemorySessionStore::outgoing() const
{
    return d->current ? d->current->outgoing.values() : QList<MqttStoredMessage>();
}

void MqttMemorySessionStore::addIncoming(quint16 packetId)
{
    if (d->current)
        d->current->incoming.insert(packetId, true);
}

void MqttMemorySessionStore::removeIncoming(quint16 packetId)
{
    if (d->current)
        d->current->incoming.remove(packetId);
}

QList<quint16> MqttMemorySessionStore::incoming() const
{
    return d->current ? d->current->incoming.keys() : QList<quint16>();
}

bool MqttMemorySessionStore::commit(MqttError *error)
{
    if (error)
        *error = MqttError();
    return true;
}

} // namespace OhMqtt
