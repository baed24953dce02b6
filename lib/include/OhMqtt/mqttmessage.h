// MqttMessage: a received application message; implicitly shared, so passing it never copies the
// payload.
#pragma once

#include <OhMqtt/packet/publishpacket.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>

namespace OhMqtt {

class MqttMessageData;

/// An application message as a subscription or MqttClient::messageReceived() delivers it: topic,
/// payload, QoS, flags and MQTT 5.0 properties, read-only.
class OHMQTT_EXPORT MqttMessage
{
    Q_GADGET
    Q_PROPERTY(QString topic READ topic)
    Q_PROPERTY(QByteArray payload READ payload)
    Q_PROPERTY(QString payloadText READ payloadText)
    Q_PROPERTY(OhMqtt::QoS qos READ qos)
    Q_PROPERTY(bool retain READ retain)
    Q_PROPERTY(bool duplicate READ isDuplicate)

public:
    MqttMessage();
    /// Takes the packet over; pass an rvalue to keep the payload where the decoder put it.
    explicit MqttMessage(PublishPacket packet);
    ///@{
    /// Copies share the data, payload included (implicit sharing).
    MqttMessage(const MqttMessage &other);
    MqttMessage(MqttMessage &&other) noexcept;
    MqttMessage &operator=(const MqttMessage &other);
    MqttMessage &operator=(MqttMessage &&other) noexcept;
    ~MqttMessage();
    void swap(MqttMessage &other) noexcept { d.swap(other.d); }
    ///@}

    /// The topic name, with a Topic Alias already resolved.
    const QString &topic() const noexcept;
    const QByteArray &payload() const noexcept; ///< the bytes as received
    /// The payload decoded as UTF-8, invalid sequences replaced: for display (QML has no UTF-8
    /// decoder of its own).
    QString payloadText() const;
    QoS qos() const noexcept; ///< the QoS the broker delivered it with
    /// The RETAIN flag: a retained message sent for a new subscription, or the publisher's flag
    /// kept by MqttSubscribeOptions::retainAsPublished().
    bool retain() const noexcept;
    /// The DUP flag: the broker may have sent this message before [MQTT-3.3.1-1].
    bool isDuplicate() const noexcept;
    /// MQTT 5.0: Payload Format Indicator, Content Type, Response Topic, Correlation Data,
    /// Subscription Identifiers, User Properties...
    const PublishProperties &properties() const noexcept;
    const PublishPacket &packet() const noexcept; ///< the PUBLISH packet it came in

    /// Equal when their packets are.
    friend OHMQTT_EXPORT bool operator==(const MqttMessage &a, const MqttMessage &b);

private:
    QSharedDataPointer<MqttMessageData> d;
};

/// Topic, payload size, QoS and RETAIN, for qDebug().
OHMQTT_EXPORT QDebug operator<<(QDebug debug, const MqttMessage &message);

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttMessage)
Q_DECLARE_METATYPE(OhMqtt::MqttMessage)
