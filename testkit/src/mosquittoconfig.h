// The mosquitto.conf MqttTestBroker writes, and the password file it makes for its users.
#pragma once

#include <OhMqttTest/mqtttestbroker.h>

#include <array>

namespace OhMqtt::TestKit {

inline constexpr int ListenerCount = 5;

// Where one broker's files are and which ports its listeners have (by Listener; Unix stays 0).
struct BrokerLayout
{
    std::array<quint16, ListenerCount> ports {};
    QString logPath;
    QString unixSocketPath;
    QString passwordFile; // empty: none
};

bool offers(const MqttTestBroker::Options &options, MqttTestBroker::Listener listener);

// The whole mosquitto.conf: logging, authentication, one block per listener, extra lines.
QString mosquittoConfig(const MqttTestBroker::Options &options, const BrokerLayout &layout);

// `mosquitto_passwd -b` for each user into `path`; false with `*error` saying why.
bool writePasswordFile(const QList<std::pair<QString, QString>> &users, const QString &path,
                       QString *error);

} // namespace OhMqtt::TestKit
