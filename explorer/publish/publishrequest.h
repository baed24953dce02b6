// PublishRequest: everything the publish panel sends for one message, as the history keeps it.
#pragma once

#include <OhMqtt/mqttproperties.h>
#include <OhMqtt/mqttspec.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

namespace OhMqttExplorer {

// How the payload was written: the editor opens a history entry the same way. Hex: the bytes as
// hex digits, for payloads that are no text.
enum class PayloadMode { Text, Json, Hex, File };

struct PublishRequest
{
    QString topic;
    QByteArray payload; // implicitly shared: a history entry and a resend copy no bytes
    PayloadMode payloadMode = PayloadMode::Text;
    // PayloadMode::File: the file the payload was read from; empty for the bytes of a received
    // message too large to edit, carried as they are (see republish.h).
    QString fileName;
    OhMqtt::QoS qos = OhMqtt::QoS::Q0;
    bool retain = false;
    OhMqtt::PublishProperties properties; // empty on an MQTT 3.1.1 connection
    OhMqtt::AliasPolicy aliasPolicy = OhMqtt::AliasPolicy::Never;
};

} // namespace OhMqttExplorer
