// How the tool names a broker's refusal: the reason code's name and value, and its reason string.
#pragma once

#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/mqttspec.h>

#include <QtCore/qstring.h>

#include <optional>

namespace OhMqtt::Cli {

// "NotAuthorized (0x87)". MQTT 3.1.1 knows one failure code, 0x80 in SUBACK, which it calls
// Failure [MQTT-3.9.3]; the library reads it as UnspecifiedError.
QString reasonCodeText(ReasonCode code, ProtocolVersion version = ProtocolVersion::V5);

// "refused: NotAuthorized (0x87)", and ": <reason string>" when the broker gave one.
QString refusalText(ReasonCode code, const std::optional<QString> &reasonString,
                    ProtocolVersion version = ProtocolVersion::V5);

// Why a failed request failed: refusalText() of the broker's PUBACK, PUBREC, SUBACK or UNSUBACK
// when it refused, else "failed: <the handle's error>" (no connection, a bad topic...).
QString publishFailureText(const MqttPublishHandle &handle, ProtocolVersion version);
QString subscribeFailureText(const MqttSubscribeHandle &handle, ProtocolVersion version);
QString unsubscribeFailureText(const MqttUnsubscribeHandle &handle, ProtocolVersion version);

// A failed publish that the connection's end cost, not the broker nor the message: no
// refusing PUBACK or PUBREC, and no reason code of its own (the library fails a QoS 0 message
// not yet written, and a QoS 2 message the broker took over in a session it then did not keep,
// with UnspecifiedError; a message too large or a QoS not supported names its code).
bool isLostWithConnection(const MqttPublishHandle &handle);

} // namespace OhMqtt::Cli
