// A received message as a PublishRequest: to publish it again unchanged, or to edit it first in
// the publish panel. Pure functions, no widgets.
#pragma once

#include "publish/publishrequest.h"

#include <OhMqtt/mqttmessage.h>

namespace OhMqttExplorer {

// How the payload editor shows these bytes without changing one of them: JSON for an object or
// an array (a lone number or word reads better as text), Text for what editableText() accepts,
// Hex for other bytes; PayloadMode::File (no file name) past MaximumEditableTextBytes or
// MaximumEditableHexBytes.
PayloadMode editingModeFor(const QByteArray &payload);

// Topic, payload (in editingModeFor() its mode), QoS, RETAIN and the PUBLISH properties a client
// may send: all of them but the Topic Alias (the server's number, meaningless from us) and the
// Subscription Identifiers (the server adds them; a client must not send them [MQTT-3.3.4-6]).
// The Message Expiry Interval is what was left of it when the message arrived.
PublishRequest republishRequest(const OhMqtt::MqttMessage &message);

} // namespace OhMqttExplorer
