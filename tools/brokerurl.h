// BrokerUrl: host, port and topic of an "mqtt://host[:port]/topic" URL, as mosquitto's -L reads it.
#pragma once

#include <QtCore/qstring.h>

namespace OhMqtt::Cli {

struct BrokerUrl
{
    QString host;
    quint16 port = 1883;
    QString topic; // everything after the first '/' of the path, '#' and '?' included
    QString error; // empty when the URL was understood
};

// Schemes mosquitto knows but ohmqtt cannot serve yet (mqtts, ws, wss) and user information
// ("user:password@") are refused with an error naming them, never ignored.
BrokerUrl parseBrokerUrl(const QString &text);

} // namespace OhMqtt::Cli
