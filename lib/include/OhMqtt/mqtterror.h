// MqttError: the one error type of the library, a reason code plus a message naming the field.
#pragma once

#include <OhMqtt/mqttspec.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qdebug.h>
#include <QtCore/qstring.h>

#include <exception>

namespace OhMqtt {

class OHMQTT_EXPORT MqttError : public std::exception
{
public:
    MqttError() = default;
    explicit MqttError(QString message, ReasonCode code = ReasonCode::UnspecifiedError);

    ReasonCode reasonCode() const noexcept { return m_reasonCode; }
    QString message() const { return m_message; }
    bool isNull() const noexcept { return m_message.isEmpty(); }

    const char *what() const noexcept override;

    // Shorthands for the two codes a decoder uses most.
    static MqttError malformed(QString message);
    static MqttError protocol(QString message);

private:
    ReasonCode m_reasonCode = ReasonCode::UnspecifiedError;
    QString m_message;
    QByteArray m_what;
};

OHMQTT_EXPORT QDebug operator<<(QDebug debug, const MqttError &error);

} // namespace OhMqtt
