// MqttSubscribeOptions: the options of one subscription; Python's subscribe() keywords.
#pragma once

#include <OhMqtt/serialization.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>

namespace OhMqtt {

class MqttSubscribeOptionsData;

/// Implicitly shared. The defaults: maximum QoS 2, not shared, no options of MQTT 5.0.
class OHMQTT_EXPORT MqttSubscribeOptions
{
    Q_GADGET
    Q_PROPERTY(OhMqtt::QoS maximumQoS READ maximumQoS WRITE setMaximumQoS)
    Q_PROPERTY(QString shareName READ shareName WRITE setShareName)
    Q_PROPERTY(bool noLocal READ noLocal WRITE setNoLocal)
    Q_PROPERTY(bool retainAsPublished READ retainAsPublished WRITE setRetainAsPublished)
    Q_PROPERTY(OhMqtt::RetainPolicy retainPolicy READ retainPolicy WRITE setRetainPolicy)
    Q_PROPERTY(
        quint32 subscriptionIdentifier READ subscriptionIdentifier WRITE setSubscriptionIdentifier)

public:
    MqttSubscribeOptions();
    ///@{
    /// Copies share the data until one of them is changed (implicit sharing).
    MqttSubscribeOptions(const MqttSubscribeOptions &other);
    MqttSubscribeOptions(MqttSubscribeOptions &&other) noexcept;
    MqttSubscribeOptions &operator=(const MqttSubscribeOptions &other);
    MqttSubscribeOptions &operator=(MqttSubscribeOptions &&other) noexcept;
    ~MqttSubscribeOptions();
    void swap(MqttSubscribeOptions &other) noexcept { d.swap(other.d); }
    ///@}

    ///@{
    /// The highest QoS the broker may deliver messages of this subscription with.
    QoS maximumQoS() const noexcept;
    void setMaximumQoS(QoS qos);
    ///@}

    ///@{
    /// Non-empty: subscribe to "$share/<shareName>/<topicFilter>".
    QString shareName() const;
    void setShareName(const QString &shareName);
    ///@}

    ///@{
    /// No Local (MQTT 5.0 only, as are the options below): the broker sends none of this
    /// client's own messages to it through this subscription.
    bool noLocal() const noexcept;
    void setNoLocal(bool noLocal);
    ///@}

    ///@{
    /// Retain As Published: messages keep the RETAIN flag they were published with (otherwise
    /// only retained messages sent for the new subscription have it). False by default.
    bool retainAsPublished() const noexcept;
    void setRetainAsPublished(bool retainAsPublished);
    ///@}

    ///@{
    /// When the broker sends its retained messages for the filter; Always by default.
    RetainPolicy retainPolicy() const noexcept;
    void setRetainPolicy(RetainPolicy policy);
    ///@}

    ///@{
    /// 1..268,435,455; 0 (the default) sends none, as 0 is no valid Subscription Identifier
    /// (MQTT 3.8.2.1.2). A value out of range fails the subscription when it is encoded.
    quint32 subscriptionIdentifier() const noexcept;
    void setSubscriptionIdentifier(quint32 identifier);
    ///@}

    ///@{
    /// User Properties of the SUBSCRIBE.
    QList<StringPair> userProperties() const;
    void setUserProperties(const QList<StringPair> &userProperties);
    ///@}

    /// Equal when every option is.
    friend OHMQTT_EXPORT bool operator==(const MqttSubscribeOptions &a,
                                         const MqttSubscribeOptions &b);

private:
    QSharedDataPointer<MqttSubscribeOptionsData> d;
};

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttSubscribeOptions)
Q_DECLARE_METATYPE(OhMqtt::MqttSubscribeOptions)
