// MqttError: reason code plus a message naming the packet and field.
#include <OhMqtt/mqtterror.h>

namespace OhMqtt {

MqttError::MqttError(QString message, ReasonCode code)
    : m_reasonCode(code)
    , m_message(std::move(message))
    , m_what(m_message.toUtf8())
{ }

const char *MqttError::what() const noexcept
{
    return m_what.constData();
}

MqttError MqttError::malformed(QString message)
{
    return MqttError(std::move(message), ReasonCode::MalformedPacket);
}

MqttError MqttError::protocol(QString message)
{
    return MqttError(std::move(message), ReasonCode::ProtocolError);
}

QDebug operator<<(QDebug debug, const MqttError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MqttError(" << reasonCodeName(error.reasonCode()) << ", " << error.message()
                    << ')';
    return debug;
}

} // namespace OhMqtt
