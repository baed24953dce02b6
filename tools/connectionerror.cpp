// CONNACK refusal texts in libmosquitto's words, so scripts matching mosquitto's output still work.
#include "connectionerror.h"

namespace OhMqtt::Cli {

namespace {

// MQTT 3.1.1 return codes [MQTT-3.2.2.3], as mosquitto_connack_string() words them.
QString v311Text(ReasonCode reasonCode)
{
    switch (reasonCode) {
    case ReasonCode::UnsupportedProtocolVersion:
        return QStringLiteral("Connection Refused: unacceptable protocol version.");
    case ReasonCode::ClientIdentifierNotValid:
        return QStringLiteral("Connection Refused: identifier rejected.");
    case ReasonCode::ServerUnavailable:
        return QStringLiteral("Connection Refused: broker unavailable.");
    case ReasonCode::BadUserNameOrPassword:
        return QStringLiteral("Connection Refused: bad user name or password.");
    case ReasonCode::NotAuthorized:
        return QStringLiteral("Connection Refused: not authorised.");
    default:
        return QStringLiteral("Connection Refused: unknown reason.");
    }
}

// MQTT 5.0 CONNACK reason codes [MQTT-3.2.2.2], as mosquitto_reason_string() words them.
QString v5Text(ReasonCode reasonCode)
{
    switch (reasonCode) {
    case ReasonCode::UnspecifiedError:
        return QStringLiteral("Unspecified error");
    case ReasonCode::MalformedPacket:
        return QStringLiteral("Malformed packet");
    case ReasonCode::ProtocolError:
        return QStringLiteral("Protocol error");
    case ReasonCode::ImplementationSpecificError:
        return QStringLiteral("Implementation specific error");
    case ReasonCode::UnsupportedProtocolVersion:
        return QStringLiteral("Unsupported protocol version. Try connecting to an MQTT v5 broker, "
                              "or use MQTT v3.x mode.");
    case ReasonCode::ClientIdentifierNotValid:
        return QStringLiteral("Client identifier not valid");
    case ReasonCode::BadUserNameOrPassword:
        return QStringLiteral("Bad username or password");
    case ReasonCode::NotAuthorized:
        return QStringLiteral("Not authorized");
    case ReasonCode::ServerUnavailable:
        return QStringLiteral("Server unavailable");
    case ReasonCode::ServerBusy:
        return QStringLiteral("Server busy");
    case ReasonCode::Banned:
        return QStringLiteral("Banned");
    case ReasonCode::BadAuthenticationMethod:
        return QStringLiteral("Bad authentication method");
    case ReasonCode::TopicNameInvalid:
        return QStringLiteral("Topic name invalid");
    case ReasonCode::PacketTooLarge:
        return QStringLiteral("Packet too large");
    case ReasonCode::QuotaExceeded:
        return QStringLiteral("Quota exceeded");
    case ReasonCode::PayloadFormatInvalid:
        return QStringLiteral("Payload format invalid");
    case ReasonCode::RetainNotSupported:
        return QStringLiteral("Retain not supported");
    case ReasonCode::QoSNotSupported:
        return QStringLiteral("QoS not supported");
    case ReasonCode::UseAnotherServer:
        return QStringLiteral("Use another server");
    case ReasonCode::ServerMoved:
        return QStringLiteral("Server moved");
    case ReasonCode::ConnectionRateExceeded:
        return QStringLiteral("Connection rate exceeded");
    default:
        return reasonCodeName(reasonCode);
    }
}

} // namespace

QString connectionRefusedText(ReasonCode reasonCode, ProtocolVersion version)
{
    return QStringLiteral("Connection error: ") +
        (version == ProtocolVersion::V311 ? v311Text(reasonCode) : v5Text(reasonCode));
}

int connectionRefusedExitCode(ReasonCode reasonCode, ProtocolVersion version)
{
    if (version == ProtocolVersion::V5)
        return int(reasonCode);
    switch (reasonCode) { // back to the 3.1.1 return codes [MQTT-3.2.2.3]
    case ReasonCode::UnsupportedProtocolVersion:
        return 1;
    case ReasonCode::ClientIdentifierNotValid:
        return 2;
    case ReasonCode::ServerUnavailable:
        return 3;
    case ReasonCode::BadUserNameOrPassword:
        return 4;
    case ReasonCode::NotAuthorized:
        return 5;
    default:
        return int(reasonCode);
    }
}

} // namespace OhMqtt::Cli
