// MqttSubscribeResult: the broker's answer to SUBSCRIBE (SUBACK) for one topic filter.
#pragma once

#include <OhMqtt/packet/subackpacket.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qshareddata.h>

namespace OhMqtt {

class MqttSubscribeResultData;

/// The broker's answer to one topic filter of SUBSCRIBE: the QoS granted, or why it refused.
/// Implicitly shared.
class OHMQTT_EXPORT MqttSubscribeResult
{
    Q_GADGET
    Q_PROPERTY(bool null READ isNull)
    Q_PROPERTY(bool granted READ isGranted)
    Q_PROPERTY(OhMqtt::ReasonCode reasonCode READ reasonCode)
    Q_PROPERTY(OhMqtt::QoS grantedQoS READ grantedQoS)
    Q_PROPERTY(QString reasonString READ reasonString)

public:
    MqttSubscribeResult(); ///< null: no SUBACK yet
    explicit MqttSubscribeResult(const SubAckPacket &subAck); ///< the SUBACK's first filter
    ///@{
    /// Copies share the data until one of them is changed (implicit sharing).
    MqttSubscribeResult(const MqttSubscribeResult &other);
    MqttSubscribeResult(MqttSubscribeResult &&other) noexcept;
    MqttSubscribeResult &operator=(const MqttSubscribeResult &other);
    MqttSubscribeResult &operator=(MqttSubscribeResult &&other) noexcept;
    ~MqttSubscribeResult();
    void swap(MqttSubscribeResult &other) noexcept { d.swap(other.d); }
    ///@}

    bool isNull() const noexcept; ///< no SUBACK
    bool isGranted() const noexcept; ///< reason code below 0x80
    ReasonCode reasonCode() const noexcept; ///< GrantedQoS0..2, or why the broker refused
    QoS grantedQoS() const noexcept; ///< the maximum QoS the broker grants; QoS 0 when refused
    ///@{
    /// MQTT 5.0: the SUBACK's property of that name; empty when absent.
    QString reasonString() const;
    QList<StringPair> userProperties() const;
    ///@}

    SubAckPacket packet() const; ///< as received

    /// Equal when their SUBACK packets are.
    friend OHMQTT_EXPORT bool operator==(const MqttSubscribeResult &a,
                                         const MqttSubscribeResult &b);

private:
    QSharedDataPointer<MqttSubscribeResultData> d;
};

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttSubscribeResult)
Q_DECLARE_METATYPE(OhMqtt::MqttSubscribeResult)
