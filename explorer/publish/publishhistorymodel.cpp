// PublishHistoryModel: the messages sent, newest first, bounded.
#include "publish/publishhistorymodel.h"

#include <QtCore/qlocale.h>

namespace OhMqttExplorer {

PublishHistoryModel::PublishHistoryModel(QObject *parent, int maximumEntries, qint64 maximumBytes)
    : QAbstractTableModel(parent)
    , m_maximumEntries(qMax(1, maximumEntries))
    , m_maximumBytes(maximumBytes)
{ }

quint64 PublishHistoryModel::add(const PublishRequest &request, const QDateTime &sentAt)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry {request, sentAt, Outcome::Pending, tr("Pending")});
    m_payloadBytes += request.payload.size();
    endInsertRows();
    trim();
    return m_nextEntry++;
}

void PublishHistoryModel::setOutcome(quint64 entry, Outcome outcome, const QString &text)
{
    if (entry >= m_nextEntry)
        return;
    const quint64 row = m_nextEntry - 1 - entry;
    if (row >= quint64(m_entries.size()))
        return;
    Entry &changed = m_entries[qsizetype(row)];
    changed.outcome = outcome;
    changed.outcomeText = text;
    const QModelIndex cell = index(int(row), ResultColumn);
    Q_EMIT dataChanged(cell, cell);
}

int PublishHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PublishHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublishHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn)
            return entry.outcomeText;
        if (index.column() == TopicColumn)
            return entry.request.topic;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == QoSColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PublishHistoryModel::display(const Entry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.sentAt.time(), QStringLiteral("HH:mm:ss.zzz"));
    case TopicColumn:
        return entry.request.topic;
    case QoSColumn:
        return int(entry.request.qos);
    case RetainColumn:
        return entry.request.retain ? tr("Retain") : QString();
    case SizeColumn:
        return QLocale().toString(qint64(entry.request.payload.size()));
    case ResultColumn:
        switch (entry.outcome) {
        case Outcome::Pending:
            return tr("Pending");
        case Outcome::Acknowledged:
            return tr("Done");
        case Outcome::Failed:
            return tr("Failed");
        }
    }
    return {};
}

QVariant PublishHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TopicColumn:
        return tr("Topic");
    case QoSColumn:
        return tr("QoS");
    case RetainColumn:
        return tr("Retain");
    case SizeColumn:
        return tr("Bytes");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

void PublishHistoryModel::trim()
{
    int keep = int(m_entries.size());
    qint64 bytes = m_payloadBytes;
    while (keep > 1 && (keep > m_maximumEntries || bytes > m_maximumBytes))
        bytes -= m_entries.at(--keep).request.payload.size();
    if (keep == m_entries.size())
        return;
    beginRemoveRows({}, keep, int(m_entries.size()) - 1);
    m_entries.resize(keep);
    m_payloadBytes = bytes;
    endRemoveRows();
}

} // namespace OhMqttExplorer
