// MqttStoredMessage: one outbound message as a session store keeps it until it is acknowledged.
#pragma once

#include <OhMqtt/packet/publishpacket.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qshareddata.h>

namespace OhMqtt {

class MqttStoredMessageData;

/// Implicitly shared. The packet identifier is the one in packet(): setPacketId() changes both.
class OHMQTT_EXPORT MqttStoredMessage
{
    Q_GADGET
    Q_PROPERTY(quint64 sequence READ sequence)
    Q_PROPERTY(quint16 packetId READ packetId)
    Q_PROPERTY(bool released READ isReleased)
    Q_PROPERTY(QString topic READ topic)
    Q_PROPERTY(QByteArray payload READ payload)
    Q_PROPERTY(OhMqtt::QoS qos READ qos)
    Q_PROPERTY(bool retain READ isRetain)

public:
    MqttStoredMessage(); ///< sequence 0, an empty QoS 0 packet
    /// A message handed over as `sequence`, not sent yet (packet identifier 0).
    MqttStoredMessage(quint64 sequence, const PublishPacket &packet);
    ///@{
    /// Copies share the data until one of them is changed (implicit sharing).
    MqttStoredMessage(const MqttStoredMessage &other);
    MqttStoredMessage(MqttStoredMessage &&other) noexcept;
    MqttStoredMessage &operator=(const MqttStoredMessage &other);
    MqttStoredMessage &operator=(MqttStoredMessage &&other) noexcept;
    ~MqttStoredMessage();
    void swap(MqttStoredMessage &other) noexcept { d.swap(other.d); }
    ///@}

    ///@{
    /// The order in which messages were handed over: increasing, unique within a session.
    quint64 sequence() const noexcept;
    void setSequence(quint64 sequence);
    /// 0 while the message has not been sent.
    quint16 packetId() const noexcept;
    void setPacketId(quint16 packetId);
    /// QoS 2: PUBREC received, so PUBREL (not the PUBLISH) is what goes out again.
    bool isReleased() const noexcept;
    void setReleased(bool released);
    ///@}

    ///@{
    /// The PUBLISH to send again: topic, payload, QoS, retain, properties.
    PublishPacket packet() const;
    void setPacket(const PublishPacket &packet);
    ///@}
    ///@{
    /// Shorthands for the packet's fields.
    QString topic() const;
    QByteArray payload() const;
    QoS qos() const noexcept;
    bool isRetain() const noexcept;
    ///@}

    /// Equal when every field is.
    friend OHMQTT_EXPORT bool operator==(const MqttStoredMessage &a, const MqttStoredMessage &b);

private:
    QSharedDataPointer<MqttStoredMessageData> d;
};

/// Sequence, packet identifier, released, topic and payload size, for qDebug().
OHMQTT_EXPORT QDebug operator<<(QDebug debug, const MqttStoredMessage &message);

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttStoredMessage)
Q_DECLARE_METATYPE(OhMqtt::MqttStoredMessage)
