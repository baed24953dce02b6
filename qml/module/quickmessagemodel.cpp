// QuickMessageModel: a bounded list of the messages a subscription receives.
#include "quickmessagemodel.h"

#include "quicksubscription.h"

namespace OhMqttQuick {

QuickMessageModel::QuickMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QuickMessageModel::~QuickMessageModel() = default;

void QuickMessageModel::setSubscription(QuickSubscription *subscription)
{
    if (m_subscription == subscription)
        return;
    if (m_subscription)
        m_subscription->disconnect(this);
    m_subscription = subscription;
    if (m_subscription) {
        connect(m_subscription, &QuickSubscription::messageReceived, this, &QuickMessageModel::add);
        connect(m_subscription, &QObject::destroyed, this, &QuickMessageModel::subscriptionChanged);
    }
    emit subscriptionChanged();
}

void QuickMessageModel::setMaximumCount(int count)
{
    count = std::max(count, 1);
    if (m_maximumCount == count)
        return;
    m_maximumCount = count;
    emit maximumCountChanged();
    trim();
}

void QuickMessageModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
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
    const int excess = count() - m_maximumCount;
    if (excess <= 0)
        return;
    beginRemoveRows({}, m_maximumCount, count() - 1);
    m_rows.resize(size_t(m_maximumCount));
    endRemoveRows();
    emit countChanged();
}

int QuickMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QuickMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case PayloadTextRole:
        return row.message.payloadText();
    case TopicRole:
        return row.message.topic();
    case PayloadRole:
        return row.message.payload();
    case QosRole:
        return int(row.message.qos());
    case RetainRole:
        return row.message.retain();
    case ReceivedAtRole:
        return row.receivedAt;
    case MessageRole:
        return QVariant::fromValue(row.message);
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickMessageModel::roleNames() const
{
    return {
        {TopicRole, QByteArrayLiteral("topic")},
        {PayloadRole, QByteArrayLiteral("payload")},
        {PayloadTextRole, QByteArrayLiteral("payloadText")},
        {QosRole, QByteArrayLiteral("qos")},
        {RetainRole, QByteArrayLiteral("retain")},
        {ReceivedAtRole, QByteArrayLiteral("receivedAt")},
        {MessageRole, QByteArrayLiteral("message")},
    };
}

} // namespace OhMqttQuick
