// MqttInflightMessage: one PUBLISH in flight, as a snapshot.
#include <OhMqtt/mqttinflightmessage.h>

#include <QtCore/qdebug.h>

#include <tuple>

namespace OhMqtt {

class MqttInflightMessageData : public QSharedData
{
public:
    quint64 sequence = 0;
    QString topic;
    qint64 payloadSize = 0;
    qint64 age = 0;
    int sendCount = 0;
    quint16 packetId = 0;
    MqttInflightMessage::Direction direction = MqttInflightMessage::Direction::Outbound;
    MqttInflightMessage::Stage stage = MqttInflightMessage::Stage::Queued;
    QoS qos = QoS::Q0;

    auto fields() const
    {
        return std::tie(sequence, topic, payloadSize, age, sendCount, packetId, direction, stage,
                        qos);
    }
};

MqttInflightMessage::MqttInflightMessage()
    : d(new MqttInflightMessageData)
{ }

MqttInflightMessage::MqttInflightMessage(const MqttInflightMessage &other) = default;
MqttInflightMessage::MqttInflightMessage(MqttInflightMessage &&other) noexcept = default;
MqttInflightMessage &MqttInflightMessage::operator=(const MqttInflightMessage &other) = default;
MqttInflightMessage &MqttInflightMessage::operator=(MqttInflightMessage &&other) noexcept = default;
MqttInflightMessage::~MqttInflightMessage() = default;

quint64 MqttInflightMessage::sequence() const noexcept
{
    return d->sequence;
}

void MqttInflightMessage::setSequence(quint64 sequence)
{
    d->sequence = sequence;
}

MqttInflightMessage::Direction MqttInflightMessage::direction() const noexcept
{
    return d->direction;
}

void MqttInflightMessage::setDirection(Direction direction)
{
    d->direction = direction;
}

quint16 MqttInflightMessage::packetId() const noexcept
{
    return d->packetId;
}

void MqttInflightMessage::setPacketId(quint16 packetId)
{
    d->packetId = packetId;
}

QString MqttInflightMessage::topic() const
{
    return d->topic;
}

void MqttInflightMessage::setTopic(const QString &topic)
{
    d->topic = topic;
}

QoS MqttInflightMessage::qos() const noexcept
{
    return d->qos;
}

void MqttInflightMessage::setQos(QoS qos)
{
    d->qos = qos;
}

qint64 MqttInflightMessage::payloadSize() const noexcept
{
    return d->payloadSize;
}

void MqttInflightMessage::setPayloadSize(qint64 bytes)
{
    d->payloadSize = bytes;
}

MqttInflightMessage::Stage MqttInflightMessage::stage() const noexcept
{
    return d->stage;
}

void MqttInflightMessage::setStage(Stage stage)
{
    d->stage = stage;
}

qint64 MqttInflightMessage::age() const noexcept
{
    return d->age;
}

void MqttInflightMessage::setAge(qint64 msecs)
{
    d->age = msecs;
}

int MqttInflightMessage::sendCount() const noexcept
{
    return d->sendCount;
}

void MqttInflightMessage::setSendCount(int count)
{
    d->sendCount = count;
}

bool operator==(const MqttInflightMessage &a, const MqttInflightMessage &b)
{
    return a.d == b.d || a.d->fields() == b.d->fields();
}

QDebug operator<<(QDebug debug, const MqttInflightMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MqttInflightMessage(" << message.sequence() << ", " << message.direction()
                    << ", " << message.stage() << ", id " << message.packetId() << ", "
                    << message.topic() << ", QoS " << int(message.qos()) << ", "
                    << message.payloadSize() << " bytes, " << message.age() << " ms, sent "
                    << message.sendCount() << ')';
    return debug;
}

namespace {

// By name too, for queued connections, QVariant and lookups made with the type's name.
void registerMqttInflightMessageMetaType()
{
    qRegisterMetaType<MqttInflightMessage>();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(registerMqttInflightMessageMetaType)

} // namespace OhMqtt
