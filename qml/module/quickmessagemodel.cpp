// QuickMessageModel: a bounded list of the messages a subscription receives.
#include "quickmessagemodel.h"

namespace OhMqttQuick {

QuickMessageModel::QuickMessageModel(QObject *parent)
    : SubscriptionListModel(parent)
{ }

QuickMessageModel::~QuickMessageModel() = default;

void QuickMessageModel::setMaximumCount(int count)
{
    count = std::max(count, 1);
    if (m_maximumCount == count)
        return;
    m_maximumCount = count;
    emit maximumCountChanged();
    trim();
}

void QuickMessageModel::add(const OhMqtt::MqttMessage &message)
{
    beginInsertRows({}, 0, 0);
    m_rows.push_front({message, QDateTime::currentDateTime()});
    endInsertRows();
    trim();
    emit countChanged();
}

void QuickMessageModel::trim()
{
    if (count() <= m_maximumCount)
        return;
    beginRemoveRows({}, m_maximumCount, count() - 1);
    m_rows.resize(size_t(m_maximumCount));
    endRemoveRows();
    emit countChanged();
}

int QuickMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuickMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    return messageData(row.message, row.receivedAt, role);
}

} // namespace OhMqttQuick
