// Helpers for the topic tree suites: messages made without a broker, and walks over a model.
#pragma once

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qstringlist.h>

namespace OhMqttExplorerTest {

inline OhMqtt::MqttMessage message(const QString &topic, const QByteArray &payload = "x",
                                   OhMqtt::QoS qos = OhMqtt::QoS::Q0, bool retain = false)
{
    OhMqtt::PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.retain = retain;
    packet.packetId = qos == OhMqtt::QoS::Q0 ? 0 : 1;
    return OhMqtt::MqttMessage(std::move(packet));
}

// Fetches every node, so that the whole tree is announced.
inline void fetchAll(QAbstractItemModel &model, const QModelIndex &parent = {})
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        fetchAll(model, model.index(row, 0, parent));
}

// The rows a model announces, depth first, as `role` (the display text by default) indented by
// two spaces per level.
inline QStringList outline(const QAbstractItemModel &model, int role = Qt::DisplayRole,
                           const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines.append(QString(depth * 2, u' ') + index.data(role).toString());
        lines += outline(model, role, index, depth + 1);
    }
    return lines;
}

} // namespace OhMqttExplorerTest
