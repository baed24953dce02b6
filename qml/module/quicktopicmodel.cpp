// QuickTopicModel: the topics under a subscription and their last messages.
#include "quicktopicmodel.h"

#include <algorithm>

namespace OhMqttQuick {

QuickTopicModel::QuickTopicModel(QObject *parent)
    : SubscriptionListModel(parent)
{ }

QuickTopicModel::~QuickTopicModel() = default;

std::vector<QuickTopicModel::Row>::const_iterator
QuickTopicModel::lowerBound(const QString &topic) const
{
    return std::lower_bound(
        m_rows.begin(), m_rows.end(), topic,
        [](const Row &row, const QString &wanted) { return row.message.topic() < wanted; });
}

int QuickTopicModel::indexOf(const QString &topic) const
{
    const auto found = lowerBound(topic);
    if (found == m_rows.end() || found->message.topic() != topic)
        return -1;
    return int(found - m_rows.begin());
}

void QuickTopicModel::add(const OhMqtt::MqttMessage &message)
{
    const auto found = lowerBound(message.topic());
    const int row = int(found - m_rows.begin());
    if (found != m_rows.end() && found->message.topic() == message.topic()) {
        Row &existing = m_rows[size_t(row)];
        existing.message = message;
        ++existing.messageCount;
        existing.receivedAt = QDateTime::currentDateTime();
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed);
        return;
    }
    beginInsertRows({}, row, row);
    m_rows.insert(found, Row {message, 1, QDateTime::currentDateTime()});
    endInsertRows();
    emit countChanged();
}

int QuickTopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuickTopicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == MessageCountRole)
        return row.messageCount;
    if (role == Qt::DisplayRole)
        return row.message.topic();
    return messageData(row.message, row.receivedAt, role);
}

QHash<int, QByteArray> QuickTopicModel::roleNames() const
{
    QHash<int, QByteArray> names = SubscriptionListModel::roleNames();
    names.insert(MessageCountRole, QByteArrayLiteral("messageCount"));
    return names;
}

} // namespace OhMqttQuick
