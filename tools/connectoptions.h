// The library's MqttConnectOptions for parsed Options: address, TLS, credentials, will, session.
#pragma once

#include "options.h"

#include <OhMqtt/mqttconnectoptions.h>

#include <chrono>
#include <optional>

namespace OhMqtt::Cli {

// "mqtt://host:port", "mqtts://host:port", "ws://host:port/mqtt", "wss://host:port/mqtt" or
// "unix:/path"; IPv6 hosts in brackets.
QString brokerAddress(const Options &options);

// The first wait before reconnecting (keepsReconnecting()), as mosquitto's clients; the library
// doubles it after each failed attempt, up to 32 s, and spreads it by ±20 %.
inline constexpr std::chrono::seconds ReconnectDelay {1};

// "host:port", or the socket path for --unix: how messages name the broker.
QString brokerName(const Options &options);

// Everything CONNECT and the transport need. Reads the TLS files for mqtts:// and wss://:
// nullopt with `*error` when one is missing or unusable. --insecure accepts a certificate for
// another host name (QSslError::HostNameMismatch), as mosquitto's --insecure does.
std::optional<MqttConnectOptions> connectOptions(const Options &options, QString *error);

} // namespace OhMqtt::Cli
