// MessageHistoryModel: rows over the topic's history, newest first.
#include "viewers/messagehistorymodel.h"

#include "viewers/payloadformat.h"

#include <QtCore/qdatetime.h>

namespace OhMqttExplorer {

MessageHistoryModel::MessageHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MessageHistoryModel::~MessageHistoryModel() = default;

void MessageHistoryModel::setMessages(const ReceivedMessages &history)
{
    beginResetModel();
    m_messages = history.size() > m_limit ? history.sliced(history.size() - m_limit) : history;
    endResetModel();
}

void MessageHistoryModel::appendMessages(const ReceivedMessages &newOnes)
{
    if (newOnes.isEmpty())
        return;
    const ReceivedMessages tail =
        newOnes.size() > m_limit ? newOnes.sliced(newOnes.size() - m_limit) : newOnes;
    beginInsertRows({}, 0, int(tail.size()) - 1);
    m_messages.append(tail);
    endInsertRows();
    dropOldest();
}

void MessageHistoryModel::clear()
{
    setMessages({});
}

void MessageHistoryModel::setHistoryLimit(qsizetype limit)
{
    m_limit = std::max<qsizetype>(1, limit);
    dropOldest();
}

void MessageHistoryModel::dropOldest()
{
    const qsizetype excess = m_messages.size() - m_limit;
    if (excess <= 0)
        return;
    // The oldest messages are the bottom rows.
    const int rows = rowCount();
    beginRemoveRows({}, rows - int(excess), rows - 1);
    m_messages.remove(0, excess);
    endRemoveRows();
}

const ReceivedMessage &MessageHistoryModel::messageAt(int row) const
{
    return m_messages.at(m_messages.size() - 1 - row);
}

int MessageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageHistoryModel::previewOf(const QByteArray &payload)
{
    // Cut at a character boundary, so a text payload still reads as text.
    qsizetype cut = std::min(payload.size(), PreviewBytes);
    for (int back = 0;
         back < 3 && cut > 0 && cut < payload.size() && (uchar(payload.at(cut)) & 0xC0) == 0x80;
         ++back)
        --cut;
    const QByteArrayView head(payload.constData(), cut);
    const QString text = looksLikeText(head)
        ? QString::fromUtf8(head).simplified()
        : QString::fromLatin1(head.first(std::min<qsizetype>(cut, 16)).toByteArray().toHex(' '));
    return cut < payload.size() ? text + QChar(0x2026) : text;
}

QVariant MessageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReceivedMessage &received = messageAt(index.row());
    const OhMqtt::MqttMessage &message = received.message;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(received.receivedAtMs)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case SizeColumn:
            return tr("%1 B").arg(groupedNumber(message.payload().size()));
        case FlagsColumn: {
            QString flags = tr("Q%1", "QoS level").arg(int(message.qos()));
            if (message.retain())
                flags += tr(" R", "retained");
            if (message.isDuplicate())
                flags += tr(" D", "duplicate");
            return flags;
        }
        case PreviewColumn:
            return previewOf(message.payload());
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(received.receivedAtMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case SizeColumn:
            return byteCountText(message.payload().size());
        case FlagsColumn:
            return tr("QoS %1%2%3")
                .arg(int(message.qos()))
                .arg(message.retain() ? tr(", retained") : QString())
                .arg(message.isDuplicate() ? tr(", duplicate") : QString());
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MessageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SizeColumn:
        return tr("Size");
    case FlagsColumn:
        return tr("Flags");
    case PreviewColumn:
        return tr("Payload");
    }
    return {};
}

} // namespace OhMqttExplorer
