// MqttStoredMessage: an outbound message with its place in the session.
#include <OhMqtt/mqttstoredmessage.h>

namespace OhMqtt {

class MqttStoredMessageData : public QSharedData
{
public:
    quint64 sequence = 0;
    bool released = false;
    PublishPacket packet;
};

MqttStoredMessage::MqttStoredMessage()
    : d(new MqttStoredMessageData)
{ }

MqttStoredMessage::MqttStoredMessage(quint64 sequence, const PublishPacket &packet)
    : d(new MqttStoredMessageData)
{
    d->sequence = sequence;
    d->packet = packet;
}

MqttStoredMessage::MqttStoredMessage(const MqttStoredMessage &other) = default;
MqttStoredMessage::MqttStoredMessage(MqttStoredMessage &&other) noexcept = default;
MqttStoredMessage &MqttStoredMessage::operator=(const MqttStoredMessage &other) = default;
MqttStoredMessage &MqttStoredMessage::operator=(MqttStoredMessage &&other) noexcept = default;
MqttStoredMessage::~MqttStoredMessage() = default;

quint64 MqttStoredMessage::sequence() const noexcept
{
    return d->sequence;
}

void MqttStoredMessage::setSequence(quint64 sequence)
{
    d->sequence = sequence;
}

quint16 MqttStoredMessage::packetId() const noexcept
{
    return d->packet.packetId;
}

void MqttStoredMessage::setPacketId(quint16 packetId)
{
    d->packet.packetId = packetId;
}

bool MqttStoredMessage::isReleased() const noexcept
{
    return d->released;
}

void MqttStoredMessage::setReleased(bool released)
{
    d->released = released;
}

PublishPacket MqttStoredMessage::packet() const
{
    return d->packet;
}

void MqttStoredMessage::setPacket(const PublishPacket &packet)
{
    d->packet = packet;
}

QString MqttStoredMessage::topic() const
{
    return d->packet.topic;
}

QByteArray MqttStoredMessage::payload() const
{
    return d->packet.payload;
}

QoS MqttStoredMessage::qos() const noexcept
{
    return d->packet.qos;
}

bool MqttStoredMessage::isRetain() const noexcept
{
    return d->packet.retain;
}

bool operator==(const MqttStoredMessage &a, const MqttStoredMessage &b)
{
    return a.d == b.d ||
        (a.d->sequence == b.d->sequence && a.d->released == b.d->released &&
         a.d->packet == b.d->packet);
}

QDebug operator<<(QDebug debug, const MqttStoredMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MqttStoredMessage(" << message.sequence() << ", id=" << message.packetId()
                    << (message.isReleased() ? ", released" : "") << ", " << message.topic() << ", "
                    << message.payload().size() << " bytes)";
    return debug;
}

} // namespace OhMqtt
