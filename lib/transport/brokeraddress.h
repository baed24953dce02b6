// BrokerAddress: a broker address string ("mqtt://host:port", "host:port", "unix:/path") parsed.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

namespace OhMqtt {

struct BrokerAddress
{
    enum class Scheme : quint8 { Mqtt, Mqtts, Ws, Wss, Unix };

    Scheme scheme = Scheme::Mqtt;
    QString host; // without brackets for IPv6 literals; empty for unix:
    quint16 port = 0; // 0 for unix:
    QString path; // the socket path for unix:, the resource path for ws:// and wss://

    // Throws MqttError naming what is wrong, before any I/O.
    // - No scheme means mqtt://; schemes are mqtt, mqtts, ws, wss (any case) and unix.
    // - No port means the scheme's default: 1883, 8883, 80, 443. Port 0 is an error.
    // - IPv6 literals go in brackets: "mqtt://[::1]:1883".
    // - ws:// and wss:// keep their path ("ws://host/mqtt"); without one the path is "/".
    //   mqtt:// and mqtts:// take no path; no scheme takes a query, fragment or user info.
    // - "unix:/run/mosquitto.sock" and "unix:///run/mosquitto.sock" name a Unix socket; a
    //   relative path ("unix:broker.sock") is taken from the current directory, as connect(2)
    //   would.
    static BrokerAddress parse(const QString &address);

    bool isSecure() const noexcept { return scheme == Scheme::Mqtts || scheme == Scheme::Wss; }
    bool isWebSocket() const noexcept { return scheme == Scheme::Ws || scheme == Scheme::Wss; }

    // "ws://host:port/path" for the WebSocket schemes, for QWebSocket::open().
    QUrl webSocketUrl() const;
    // The address with every default filled in, e.g. "mqtt://[::1]:1883" or "unix:/tmp/s".
    QString toString() const;

    friend bool operator==(const BrokerAddress &, const BrokerAddress &) = default;
};

} // namespace OhMqtt
