// MqttInflightMessage: one PUBLISH on its way through the client, as MqttClient::inflightMessages()
// and MqttInflightModel show it.
#pragma once

#include <OhMqtt/mqttspec.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qshareddata.h>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace OhMqtt {

class MqttInflightMessageData;

/// Implicitly shared; a snapshot: it does not change as the message moves on.
class OHMQTT_EXPORT MqttInflightMessage
{
    Q_GADGET
    Q_PROPERTY(quint64 sequence READ sequence)
    Q_PROPERTY(OhMqtt::MqttInflightMessage::Direction direction READ direction)
    Q_PROPERTY(quint16 packetId READ packetId)
    Q_PROPERTY(QString topic READ topic)
    Q_PROPERTY(OhMqtt::QoS qos READ qos)
    Q_PROPERTY(qint64 payloadSize READ payloadSize)
    Q_PROPERTY(OhMqtt::MqttInflightMessage::Stage stage READ stage)
    Q_PROPERTY(qint64 age READ age)
    Q_PROPERTY(int sendCount READ sendCount)

public:
    /// Which way the message goes.
    enum class Direction {
        Outbound, ///< published by this client
        Inbound, ///< a QoS 2 message from the broker
    };
    Q_ENUM(Direction)

    /// What the message waits for (MQTT 4.3).
    enum class Stage {
        Queued, ///< outbound, not sent yet: no connection, or the broker's Receive Maximum
        AwaitingPubAck, ///< outbound QoS 1, sent
        AwaitingPubRec, ///< outbound QoS 2, sent
        AwaitingPubComp, ///< outbound QoS 2, PUBREC came and PUBREL went out
        AwaitingPubRel, ///< inbound QoS 2, delivered and acknowledged with PUBREC
    };
    Q_ENUM(Stage)

    MqttInflightMessage(); ///< outbound, queued, sequence 0
    ///@{
    /// Copies share the data until one of them is changed (implicit sharing).
    MqttInflightMessage(const MqttInflightMessage &other);
    MqttInflightMessage(MqttInflightMessage &&other) noexcept;
    MqttInflightMessage &operator=(const MqttInflightMessage &other);
    MqttInflightMessage &operator=(MqttInflightMessage &&other) noexcept;
    ~MqttInflightMessage();
    void swap(MqttInflightMessage &other) noexcept { d.swap(other.d); }
    ///@}

    // Each getter with its setter; the client sets the fields when it makes the snapshot.

    ///@{
    /// The order in which the client took the message (outbound: publish(); inbound: delivery),
    /// unique within one client object and shared by both directions: a key that stays while
    /// the message moves from stage to stage.
    quint64 sequence() const noexcept;
    void setSequence(quint64 sequence);
    ///@}
    ///@{
    /// Published by this client, or a QoS 2 message from the broker.
    Direction direction() const noexcept;
    void setDirection(Direction direction);
    ///@}
    ///@{
    /// 0 while queued (and for QoS 0).
    quint16 packetId() const noexcept;
    void setPacketId(quint16 packetId);
    ///@}
    ///@{
    /// Empty, and payloadSize() and age() -1, for an inbound identifier restored from a session
    /// store: the store keeps the identifier only.
    QString topic() const;
    void setTopic(const QString &topic);
    ///@}
    ///@{
    /// The message's QoS, 1 or 2 once sent (QoS 0 ones leave the queue when written).
    QoS qos() const noexcept;
    void setQos(QoS qos);
    ///@}
    ///@{
    /// The payload's size in bytes.
    qint64 payloadSize() const noexcept;
    void setPayloadSize(qint64 bytes);
    ///@}
    ///@{
    /// What the message waits for.
    Stage stage() const noexcept;
    void setStage(Stage stage);
    ///@}
    ///@{
    /// Milliseconds since the client took the message, when the snapshot was made.
    qint64 age() const noexcept;
    void setAge(qint64 msecs);
    ///@}
    ///@{
    /// How often the PUBLISH was written: 0 while queued, 1 once sent, more after resends when a
    /// session resumed (with DUP). A message the broker's lost session gave back keeps its count
    /// while it waits to go out again. Inbound: how often the broker sent it (its resends before
    /// PUBREL are acknowledged, not delivered again).
    int sendCount() const noexcept;
    void setSendCount(int count);
    ///@}

    /// Equal when every field is.
    friend OHMQTT_EXPORT bool operator==(const MqttInflightMessage &a,
                                         const MqttInflightMessage &b);

private:
    QSharedDataPointer<MqttInflightMessageData> d;
};

/// Every field, for qDebug().
OHMQTT_EXPORT QDebug operator<<(QDebug debug, const MqttInflightMessage &message);

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttInflightMessage)
Q_DECLARE_METATYPE(OhMqtt::MqttInflightMessage)
