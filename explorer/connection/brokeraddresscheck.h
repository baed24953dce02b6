// Checks a broker address as the library will read it, so that the editor can say what is wrong
// while the user types, before any connection is tried.
#pragma once

#include <QtCore/qstring.h>

namespace OhMqttExplorer {

// What is wrong with `address` ("mqtt://host:port", "mqtts://", "ws://host:port/path", "wss://",
// "unix:/path"; no scheme means mqtt://), translated; an empty string when it is usable. The
// rules are those of MqttConnectOptions::address(); the library checks again at connect.
QString brokerAddressProblem(const QString &address);

// True for mqtts:// and wss:// (any case): the addresses that use the TLS settings.
bool isSecureBrokerAddress(const QString &address);

} // namespace OhMqttExplorer
