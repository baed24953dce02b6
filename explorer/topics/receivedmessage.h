// ReceivedMessage: one message as the explorer keeps it — the message and when it arrived.
#pragma once

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qlist.h>

namespace OhMqttExplorer {

struct ReceivedMessage
{
    OhMqtt::MqttMessage message;
    // Milliseconds since the epoch, when the explorer received it.
    qint64 receivedAtMs = 0;
};

using ReceivedMessages = QList<ReceivedMessage>;

} // namespace OhMqttExplorer
