// The stderr line for a connection the broker refused, in mosquitto_pub's and mosquitto_sub's words
#pragma once

#include <OhMqtt/mqttspec.h>

#include <QtCore/qstring.h>

namespace OhMqtt::Cli {

// "Connection error: Connection Refused: not authorised." for MQTT 3.1.1 (its CONNACK return
// codes 1-5 arrive mapped to the MQTT 5.0 codes), "Connection error: Not authorized" for 5.0.
QString connectionRefusedText(ReasonCode reasonCode, ProtocolVersion version);

// The exit code mosquitto's clients give a refused connection: the CONNACK return code (3.1.1,
// 1-5) or reason code (5.0, e.g. 135 for Not authorized).
int connectionRefusedExitCode(ReasonCode reasonCode, ProtocolVersion version);

} // namespace OhMqtt::Cli
