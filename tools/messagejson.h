// The %j and %J fields of sub -F: one message as a JSON object, as mosquitto_sub writes it.
#pragma once

#include "messageformat.h"

namespace OhMqtt::Cli {

// Appends {"tst":…,"topic":…,"qos":…,"retain":…,"payloadlen":…,"mid":… (QoS 1 and 2),
// "properties":{…} (when the message has any),"payload":…} in mosquitto_sub's key order. With
// `payloadIsJson` (%J) the payload goes in as it is and must be JSON; when it is not, nothing is
// appended and the result is false. Otherwise (%j) it is a JSON string.
bool writeMessageJson(QByteArray &out, const MqttMessage &message, const PrintTime &time,
                      bool payloadIsJson);

} // namespace OhMqtt::Cli
