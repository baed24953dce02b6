// MqttMessage: the shared data holding one PUBLISH packet.
#include <OhMqtt/mqttmessage.h>

namespace OhMqtt {

class MqttMessageData : public QSharedData
{
public:
    MqttMessageData() = default;
    explicit MqttMessageData(PublishPacket &&p)
        : packet(std::move(p))
    { }

    PublishPacket packet;
};

MqttMessage::MqttMessage()
    : d(new MqttMessageData)
{ }

MqttMessage::MqttMessage(PublishPacket packet)
    : d(new MqttMessageData(std::move(packet)))
{ }

MqttMessage::MqttMessage(const MqttMessage &other) = default;
MqttMessage::MqttMessage(MqttMessage &&other) noexcept = default;
MqttMessage &MqttMessage::operator=(const MqttMessage &other) = default;
MqttMessage &MqttMessage::operator=(MqttMessage &&other) noexcept = default;
MqttMessage::~MqttMessage() = default;

const QString &MqttMessage::topic() const noexcept
{
    return d->packet.topic;
}

const QByteArray &MqttMessage::payload() const noexcept
{
    return d->packet.payload;
}

QString MqttMessage::payloadText() const
{
    return QString::fromUtf8(payload());
}

QoS MqttMessage::qos() const noexcept
{
    return d->packet.qos;
}

bool MqttMessage::retain() const noexcept
{
    return d->packet.retain;
}

bool MqttMessage::isDuplicate() const noexcept
{
    return d->packet.dup;
}

const PublishProperties &MqttMessage::properties() const noexcept
{
    return d->packet.properties;
}

const PublishPacket &MqttMessage::packet() const noexcept
{
    return d->packet;
}

bool operator==(const MqttMessage &a, const MqttMessage &b)
{
    return a.d == b.d || a.d->packet == b.d->packet;
}

QDebug operator<<(QDebug debug, const MqttMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MqttMessage(" << message.topic() << ", " << message.payload().size()
                    << " bytes, QoS " << int(message.qos())
                    << (message.retain() ? ", retained" : "") << ')';
    return debug;
}

namespace {

// By name too, for queued connections and lookups made with the type's name.
void registerMqttMessageMetaType()
{
    qRegisterMetaType<MqttMessage>();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(registerMqttMessageMetaType)

} // namespace OhMqtt
