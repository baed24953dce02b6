// Helpers of the session store suite: stores by kind, messages with recognisable contents.
#pragma once

#include <OhMqtt/mqttmemorysessionstore.h>
#include <OhMqtt/mqttsqlitesessionstore.h>

#include <memory>

namespace StoreTesting {

enum class Kind { Memory, Durable, Fast };

// The SQLite kinds use `path`; the memory store ignores it.
std::unique_ptr<OhMqtt::MqttSessionStore> makeStore(Kind kind, const QString &path);
const char *kindName(Kind kind);

// Message `index`: its topic, QoS, retain, properties and binary payload all derive from it.
OhMqtt::PublishPacket packet(int index, int payloadSize = 32);
OhMqtt::MqttStoredMessage message(int index, int payloadSize = 32);

// The crash child: opens `path` in `kind`, commits `committed` messages one transaction each,
// writes `uncommitted` more (and inbound identifiers) without committing, and kills itself.
int runCrashChild(const QStringList &arguments);
inline constexpr char CrashChildFlag[] = "--crash-child";

// The holding child: opens `path` in `kind` as "client", writes "open\n" to its standard output
// and keeps the store open until its standard input ends.
int runHoldingChild(const QStringList &arguments);
inline constexpr char HoldingChildFlag[] = "--holding-child";

} // namespace StoreTesting
