// BrokerAddress: a broker address string ("mqtt://host:port", "host:port", "unix:/path") parsed.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qstring.h>

namespace OhMqtt {

struct BrokerAddress
{
    enum class Scheme : quint8 { Mqtt, Mqtts, Ws, Wss, Unix };

    Scheme scheme = Scheme::Mqtt;
    QString host; // empty for unix:
    quint16 port = 0;
    QString path; // the socket path for unix:, the resource path for ws:// and wss://

    // Throws MqttError naming what is wrong. No scheme means mqtt://; no port means the
    // scheme's default (1883, 8883, 80, 443).
    static BrokerAddress parse(const QString &address);

    QString toString() const;
};

} // namespace OhMqtt
