// MqttError: the one error type of the library, a reason code plus a message naming the field.
#pragma once

#include <OhMqtt/mqttspec.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qdebug.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>

#include <exception>

namespace OhMqtt {

class MqttErrorData;

/// Implicitly shared; a null error (no failure) holds no data. The library throws it inside the
/// codec and catches it before the public API: users meet it as a value (lastError(), a failed
/// handle, errorOccurred(), topicError()), never as an exception.
class OHMQTT_EXPORT MqttError : public std::exception
{
    Q_GADGET
    Q_PROPERTY(OhMqtt::ReasonCode reasonCode READ reasonCode)
    Q_PROPERTY(QString message READ message)
    Q_PROPERTY(bool isNull READ isNull)
    Q_PROPERTY(OhMqtt::MqttError::Kind kind READ kind)

public:
    /// What went wrong where no reason code says it: the reference's exception types that carry
    /// no MQTT reason. Most errors are General, and their reason code tells what they are.
    enum class Kind {
        General,
        /// A subscribe() to the same share name and topic filter replaced the subscription before
        /// the broker acknowledged it (the reference's ReconfiguredError).
        Reconfigured,
        /// unsubscribe() of a topic filter this client has no subscription to, neither granted
        /// nor pending (the reference's NoMatchingSubscriptionError); nothing was sent.
        NoMatchingSubscription,
    };
    Q_ENUM(Kind)

    MqttError() noexcept; ///< a null error
    /// An error with this message and reason code, of Kind General; an empty message makes a
    /// null error.
    explicit MqttError(QString message, ReasonCode code = ReasonCode::UnspecifiedError);
    MqttError(QString message, ReasonCode code, Kind kind); ///< the same, of another Kind
    ///@{
    /// Copies share the data (implicit sharing).
    MqttError(const MqttError &other) noexcept;
    MqttError(MqttError &&other) noexcept;
    MqttError &operator=(const MqttError &other) noexcept;
    MqttError &operator=(MqttError &&other) noexcept;
    ~MqttError() override;
    void swap(MqttError &other) noexcept { d.swap(other.d); }
    ///@}

    /// UnspecifiedError for a null error.
    ReasonCode reasonCode() const noexcept;
    Kind kind() const noexcept; ///< General for a null error
    /// What went wrong, naming the packet and field or the rule at fault; empty for a null
    /// error.
    QString message() const;
    /// True when there is no error: default-constructed, or made with an empty message.
    bool isNull() const noexcept;

    /// The message in UTF-8; "" for a null error.
    const char *what() const noexcept override;

    ///@{
    /// Shorthands for the two codes a decoder uses most: MalformedPacket, ProtocolError.
    static MqttError malformed(QString message);
    static MqttError protocol(QString message);
    ///@}

private:
    QSharedDataPointer<MqttErrorData> d;
};

/// Reason code and message, for qDebug().
OHMQTT_EXPORT QDebug operator<<(QDebug debug, const MqttError &error);

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttError)
Q_DECLARE_METATYPE(OhMqtt::MqttError)
