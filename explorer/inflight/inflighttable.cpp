#include "inflight/inflighttable.h"

#include <OhMqtt/mqttinflightmodel.h>

#include <QtCore/qlocale.h>
#include <QtGui/qbrush.h>
#include <QtGui/qcolor.h>
#include <QtGui/qpalette.h>

using OhMqtt::MqttInflightMessage;
using OhMqtt::MqttInflightModel;

namespace OhMqttExplorer {

namespace {

QString formatAge(qint64 msecs)
{
    if (msecs < 0)
        return InflightTable::tr("unknown");
    if (msecs < 10'000)
        return InflightTable::tr("%1 s").arg(QLocale().toString(double(msecs) / 1000.0, 'f', 1));
    if (msecs < 120'000)
        return InflightTable::tr("%1 s").arg(msecs / 1000);
    return InflightTable::tr("%1 min").arg(msecs / 60'000);
}

} // namespace

InflightTable::InflightTable(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void InflightTable::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QIdentityProxyModel::setSourceModel(model);
    if (!model)
        return;
    // The source has one column: a change of a row is a change of every column here.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                emit dataChanged(index(topLeft.row(), 0),
                                 index(bottomRight.row(), ColumnCount - 1));
            });
}

int InflightTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex InflightTable::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel() || row < 0 || row >= sourceModel()->rowCount() ||
        column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex InflightTable::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex InflightTable::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex InflightTable::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), 0);
}

QModelIndex InflightTable::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    return index(sourceIndex.row(), 0);
}

QString InflightTable::stageName(int stage)
{
    switch (MqttInflightMessage::Stage(stage)) {
    case MqttInflightMessage::Stage::Queued:
        return tr("queued");
    case MqttInflightMessage::Stage::AwaitingPubAck:
        return tr("awaiting PUBACK");
    case MqttInflightMessage::Stage::AwaitingPubRec:
        return tr("awaiting PUBREC");
    case MqttInflightMessage::Stage::AwaitingPubComp:
        return tr("awaiting PUBCOMP");
    case MqttInflightMessage::Stage::AwaitingPubRel:
        return tr("awaiting PUBREL");
    }
    return {};
}

QVariant InflightTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !sourceModel())
        return {};
    const QModelIndex source = mapToSource(index);
    if (role >= Qt::UserRole) // the source's roles, from any column
        return source.data(role);
    const auto message = source.data(MqttInflightModel::MessageRole).value<MqttInflightMessage>();
    const bool outbound = message.direction() == MqttInflightMessage::Direction::Outbound;
    if (role == Qt::TextAlignmentRole && index.column() != Topic)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && message.stage() == MqttInflightMessage::Stage::Queued)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Direction:
        return outbound ? tr("out") : tr("in");
    case PacketId:
        return message.packetId() == 0 ? QString() : QString::number(message.packetId());
    case Topic:
        return message.topic().isEmpty() ? tr("(restored, topic unknown)") : message.topic();
    case QoS:
        return int(message.qos());
    case Size:
        return message.payloadSize() < 0 ? QString() : QLocale().toString(message.payloadSize());
    case Stage:
        return stageName(int(message.stage()));
    case Age:
        return formatAge(message.age());
    case Sends:
        return message.sendCount();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InflightTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Direction:
        return tr("Dir");
    case PacketId:
        return tr("Packet id");
    case Topic:
        return tr("Topic");
    case QoS:
        return tr("QoS");
    case Size:
        return tr("Bytes");
    case Stage:
        return tr("Stage");
    case Age:
        return tr("Age");
    case Sends:
        return tr("Sends");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OhMqttExplorer
