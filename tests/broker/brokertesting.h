// What the broker suite's test classes share: client options, connecting, brokers with a
// configuration of their own, topics of their own, received messages.
#pragma once

#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtTest/qsignalspy.h>

#include <initializer_list>
#include <memory>

namespace OhMqttTest {

inline constexpr int WaitMs = 10'000;

// A client of this suite: a client identifier of its own, Clean Start, Keep Alive 30 s.
OhMqtt::MqttConnectOptions suiteOptions(const QString &address, OhMqtt::ProtocolVersion version);

// Connects and waits for CONNACK; false (and the client's lastError() says why) when none came.
bool connectTo(OhMqtt::MqttClient &client, const OhMqtt::MqttConnectOptions &options);
// Connects each of `clients` to `address` with suiteOptions(); empty when all are connected,
// else which one was not and why.
QString connectAll(std::initializer_list<OhMqtt::MqttClient *> clients, const QString &address,
                   OhMqtt::ProtocolVersion version);

// "ohmqtt/tst_broker/<what>/<n>", a topic no other test of the suite uses.
QString uniqueTopic(const QString &what);

// A running mosquitto with `extraConfig` appended to the fixture's configuration; null, and
// `error` says why, when it did not start.
std::unique_ptr<MosquittoBroker> startBroker(const QStringList &extraConfig, QString *error);

// The messages a spy on MqttClient::messageReceived recorded, in order.
QList<OhMqtt::MqttMessage> messages(const QSignalSpy &spy);
QList<QByteArray> payloads(const QList<OhMqtt::MqttMessage> &messages);
QList<QByteArray> payloads(const QSignalSpy &spy);

} // namespace OhMqttTest
