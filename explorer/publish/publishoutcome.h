// PublishOutcome: how a publish ended, in words for the status line and the history.
#pragma once

#include <OhMqtt/mqtthandles.h>

#include <QtCore/qcoreapplication.h>

namespace OhMqttExplorer {

class PublishOutcome
{
    Q_DECLARE_TR_FUNCTIONS(OhMqttExplorer::PublishOutcome)

public:
    // For a handle that has ended: what the broker acknowledged with (QoS 0: that the message
    // was written), or the error and its reason code.
    static QString describe(const OhMqtt::MqttPublishHandle &handle);
    // "0x97 QuotaExceeded"
    static QString reasonCodeText(OhMqtt::ReasonCode code);
};

} // namespace OhMqttExplorer
