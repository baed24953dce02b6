// BrokerUrl: scheme, user, host, port and topic of an -L URL, as mosquitto's -L reads it.
#pragma once

#include <QtCore/qstring.h>

#include <optional>

namespace OhMqtt::Cli {

struct BrokerUrl
{
    QString scheme; // "mqtt", "mqtts", "ws" or "wss", in lower case
    std::optional<QString> username; // "user@" or "user:password@", percent-decoded
    std::optional<QString> password;
    QString host;
    quint16 port = 0; // 0 when the URL gives none: the scheme's default applies
    QString topic; // everything after the first '/' of the path, '#' and '?' included
    QString error; // empty when the URL was understood
};

// mqtt(s)://[user[:password]@]host[:port]/topic as mosquitto's clients read it, and ws(s)://
// in the same form; mosquitto 2.0's -L refuses ws:// and wss://, ohmqtt takes them.
BrokerUrl parseBrokerUrl(const QString &text);

} // namespace OhMqtt::Cli
