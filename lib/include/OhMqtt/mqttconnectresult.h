// MqttConnectResult: the broker's answer to CONNECT (CONNACK), with the specification's defaults
// filled in for what the broker left out.
#pragma once

#include <OhMqtt/packet/connackpacket.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qshareddata.h>

namespace OhMqtt {

class MqttConnectResultData;

/// The broker's CONNACK, read: accepted or why not, Session Present, and the broker's limits and
/// capabilities, which MqttClient honours. Implicitly shared.
class OHMQTT_EXPORT MqttConnectResult
{
    Q_GADGET
    Q_PROPERTY(bool null READ isNull)
    Q_PROPERTY(bool accepted READ isAccepted)
    Q_PROPERTY(OhMqtt::ReasonCode reasonCode READ reasonCode)
    Q_PROPERTY(bool sessionPresent READ isSessionPresent)
    Q_PROPERTY(QString assignedClientIdentifier READ assignedClientIdentifier)
    Q_PROPERTY(int serverKeepAlive READ serverKeepAlive)
    Q_PROPERTY(qint64 sessionExpiryInterval READ sessionExpiryInterval)
    Q_PROPERTY(int receiveMaximum READ receiveMaximum)
    Q_PROPERTY(OhMqtt::QoS maximumQoS READ maximumQoS)
    Q_PROPERTY(bool retainAvailable READ isRetainAvailable)
    Q_PROPERTY(quint32 maximumPacketSize READ maximumPacketSize)
    Q_PROPERTY(int topicAliasMaximum READ topicAliasMaximum)
    Q_PROPERTY(bool wildcardSubscriptionAvailable READ isWildcardSubscriptionAvailable)
    Q_PROPERTY(bool subscriptionIdentifierAvailable READ isSubscriptionIdentifierAvailable)
    Q_PROPERTY(bool sharedSubscriptionAvailable READ isSharedSubscriptionAvailable)
    Q_PROPERTY(QString responseInformation READ responseInformation)
    Q_PROPERTY(QString serverReference READ serverReference)
    Q_PROPERTY(QString reasonString READ reasonString)

public:
    MqttConnectResult(); ///< null: no CONNACK yet
    explicit MqttConnectResult(const ConnAckPacket &connAck); ///< what this CONNACK says
    ///@{
    /// Copies share the data until one of them is changed (implicit sharing).
    MqttConnectResult(const MqttConnectResult &other);
    MqttConnectResult(MqttConnectResult &&other) noexcept;
    MqttConnectResult &operator=(const MqttConnectResult &other);
    MqttConnectResult &operator=(MqttConnectResult &&other) noexcept;
    ~MqttConnectResult();
    void swap(MqttConnectResult &other) noexcept { d.swap(other.d); }
    ///@}

    bool isNull() const noexcept; ///< no CONNACK
    bool isAccepted() const noexcept; ///< reason code Success
    ReasonCode reasonCode() const noexcept; ///< MQTT 3.1.1 return codes map to these
    /// Session Present: the broker resumed the session it kept [MQTT-3.2.2-2].
    bool isSessionPresent() const noexcept;
    /// MQTT 5.0 properties; absent ones read as the specification says they then mean.
    QString assignedClientIdentifier() const; ///< empty: none assigned
    int serverKeepAlive() const noexcept; ///< seconds; -1: the broker kept the client's value
    qint64 sessionExpiryInterval() const noexcept; ///< -1: the one CONNECT asked for applies
    int receiveMaximum() const noexcept; ///< absent: 65,535 [MQTT-3.2.2.3.3]
    QoS maximumQoS() const noexcept; ///< absent: QoS 2
    bool isRetainAvailable() const noexcept; ///< absent: true
    quint32 maximumPacketSize() const noexcept; ///< 0: no limit beyond the protocol's
    int topicAliasMaximum() const noexcept; ///< absent: 0, no aliases toward the broker
    bool isWildcardSubscriptionAvailable() const noexcept; ///< absent: true
    bool isSubscriptionIdentifierAvailable() const noexcept; ///< absent: true
    bool isSharedSubscriptionAvailable() const noexcept; ///< absent: true
    ///@{
    /// The property of that name; empty when absent.
    QString responseInformation() const;
    QString serverReference() const;
    QString reasonString() const;
    QList<StringPair> userProperties() const;
    ///@}

    ConnAckPacket packet() const; ///< as received

    /// Equal when their CONNACK packets are.
    friend OHMQTT_EXPORT bool operator==(const MqttConnectResult &a, const MqttConnectResult &b);

private:
    QSharedDataPointer<MqttConnectResultData> d;
};

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttConnectResult)
Q_DECLARE_METATYPE(OhMqtt::MqttConnectResult)
