// QuickTopicModel: the topics under a subscription and their last messages.
#include "quicktopicmodel.h"

#include "quicksubscription.h"

#include <algorithm>

namespace OhMqttQuick {

QuickTopicModel::QuickTopicModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QuickTopicModel::~QuickTopicModel() = default;

void QuickTopicModel::setSubscription(QuickSubscription *subscription)
{
    if (m_subscription == subscription)
        return;
    if (m_subscription)
        m_subscription->disconnect(this);
    m_subscription = subscription;
    if (m_subscription) {
        connect(m_subscription, &QuickSubscription::messageReceived, this, &QuickTopicModel::add);
        connect(m_subscription, &QObject::destroyed, this, &QuickTopicModel::subscriptionChanged);
    }
    emit subscriptionChanged();
}

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

void QuickTopicModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
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
    return parent.isValid() ? 0 : count();
}

QVariant QuickTopicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TopicRole:
        return row.message.topic();
    case PayloadRole:
        return row.message.payload();
    case PayloadTextRole:
        return row.message.payloadText();
    case QosRole:
        return int(row.message.qos());
    case RetainRole:
        return row.message.retain();
    case MessageCountRole:
        return row.messageCount;
    case ReceivedAtRole:
        return row.receivedAt;
    case MessageRole:
        return QVariant::fromValue(row.message);
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickTopicModel::roleNames() const
{
    return {
        {TopicRole, QByteArrayLiteral("topic")},
        {PayloadRole, QByteArrayLiteral("payload")},
        {PayloadTextRole, QByteArrayLiteral("payloadText")},
        {QosRole, QByteArrayLiteral("qos")},
        {RetainRole, QByteArrayLiteral("retain")},
        {MessageCountRole, QByteArrayLiteral("messageCount")},
        {ReceivedAtRole, QByteArrayLiteral("receivedAt")},
        {MessageRole, QByteArrayLiteral("message")},
    };
}

} // namespace OhMqttQuick
