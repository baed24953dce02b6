// Checks a recorded state sequence against the client's private transition table; for the suites
// that link OhMqttInternal.
#pragma once

#include <OhMqtt/mqttclient.h>

#include "client/connectionstate.h"

#include <QtCore/qlist.h>

namespace OhMqttTest {

// Every change in `sequence`, starting from `from`, is in the transition table.
inline bool allAllowed(OhMqtt::MqttClient::State from,
                       const QList<OhMqtt::MqttClient::State> &sequence)
{
    for (const auto to : sequence) {
        if (!OhMqtt::ConnectionState::isAllowed(from, to))
            return false;
        from = to;
    }
    return true;
}

} // namespace OhMqttTest
