// SubscriptionListModel: what the message and topic models share.
#include "subscriptionlistmodel.h"

namespace OhMqttQuick {

SubscriptionListModel::SubscriptionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SubscriptionListModel::setSubscription(QuickSubscription *subscription)
{
    if (m_subscription == subscription)
        return;
    if (m_subscription)
        m_subscription->disconnect(this);
    m_subscription = subscription;
    if (m_subscription) {
        connect(m_subscription, &QuickSubscription::messageReceived, this,
                &SubscriptionListModel::add);
        connect(m_subscription, &QObject::destroyed, this,
                &SubscriptionListModel::subscriptionChanged);
    }
    emit subscriptionChanged();
}

void SubscriptionListModel::clear()
{
    if (count() == 0)
        return;
    beginResetModel();
    clearRows();
    endResetModel();
    emit countChanged();
}

QVariant SubscriptionListModel::messageData(const OhMqtt::MqttMessage &message,
                                            const QDateTime &receivedAt, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case PayloadTextRole:
        return message.payloadText();
    case TopicRole:
        return message.topic();
    case PayloadRole:
        return message.payload();
    case QosRole:
        return int(message.qos());
    case RetainRole:
        return message.retain();
    case ReceivedAtRole:
        return receivedAt;
    case MessageRole:
        return QVariant::fromValue(message);
    default:
        return {};
    }
}

QHash<int, QByteArray> SubscriptionListModel::roleNames() const
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
