// Helpers of the session store suite, and the child processes: one dies mid-transaction, one
// holds a store open.
#include "storetesting.h"

#include <QtCore/qdebug.h>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace OhMqtt;

namespace StoreTesting {

std::unique_ptr<MqttSessionStore> makeStore(Kind kind, const QString &path)
{
    switch (kind) {
    case Kind::Memory:
        return std::make_unique<MqttMemorySessionStore>();
    case Kind::Durable:
        return std::make_unique<MqttSqliteSessionStore>(
            path, MqttSqliteSessionStore::Durability::Durable);
    case Kind::Fast:
        return std::make_unique<MqttSqliteSessionStore>(path,
                                                        MqttSqliteSessionStore::Durability::Fast);
    }
    return nullptr;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Memory:
        return "memory";
    case Kind::Durable:
        return "durable";
    case Kind::Fast:
        return "fast";
    }
    return "?";
}

PublishPacket packet(int index, int payloadSize)
{
    PublishPacket p;
    p.topic = u"store/%1"_s.arg(index);
    p.qos = index % 2 ? QoS::Q1 : QoS::Q2;
    p.retain = index % 3 == 0;
    p.payload.resize(payloadSize);
    for (int i = 0; i < payloadSize; ++i)
        p.payload[i] = char((index * 31 + i) & 0xFF); // zero bytes included
    p.properties.setContentType(u"application/x-%1"_s.arg(index));
    p.properties.addUserProperty(u"index"_s, QString::number(index));
    return p;
}

MqttStoredMessage message(int index, int payloadSize)
{
    return MqttStoredMessage(quint64(index), packet(index, payloadSize));
}

static Kind sqliteKind(const QString &name)
{
    return name == "fast"_L1 ? Kind::Fast : Kind::Durable;
}

int runCrashChild(const QStringList &arguments)
{
    // arguments: path kind committed uncommitted
    if (arguments.size() != 4)
        return 2;
    const Kind kind = sqliteKind(arguments.at(1));
    const int committed = arguments.at(2).toInt();
    const int uncommitted = arguments.at(3).toInt();
    auto store = makeStore(kind, arguments.at(0));
    MqttError error;
    if (!store->open(u"crash"_s, &error)) {
        qCritical() << error;
        return 3;
    }
    for (int i = 1; i <= committed; ++i) {
        store->addOutgoing(message(i, 1024));
        if (!store->commit(&error)) {
            qCritical() << error;
            return 4;
        }
    }
    // Enough uncommitted pages to spill from SQLite's cache into the file: the next open must
    // roll them back, not just never see them.
    store->removeOutgoing(1);
    for (int i = committed + 1; i <= committed + uncommitted; ++i) {
        store->addOutgoing(message(i, 1024));
        store->addIncoming(quint16(i));
    }
    std::raise(SIGKILL);
    return 5;
}

int runHoldingChild(const QStringList &arguments)
{
    // arguments: path kind
    if (arguments.size() != 2)
        return 2;
    auto store = makeStore(sqliteKind(arguments.at(1)), arguments.at(0));
    MqttError error;
    if (!store->open(u"client"_s, &error)) {
        qCritical() << error;
        return 3;
    }
    std::fputs("open\n", stdout);
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    return 0;
}

} // namespace StoreTesting
