// MqttTopicModel for QML: every topic a subscription has received, one row each with its last
// message, sorted by topic.
#pragma once

#include "subscriptionlistmodel.h"

#include <vector>

namespace OhMqttQuick {

// The topics seen under the subscription's filter since it was set (or clear()). Not owned: the
// subscription.
class QuickTopicModel : public SubscriptionListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttTopicModel)

public:
    // QML name: messageCount; the message roles are the last message's (display: the topic).
    enum TopicModelRole { MessageCountRole = LastMessageRole + 1 };
    Q_ENUM(TopicModelRole)

    explicit QuickTopicModel(QObject *parent = nullptr);
    ~QuickTopicModel() override;

    // The row of `topic`, or -1.
    Q_INVOKABLE int indexOf(const QString &topic) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        OhMqtt::MqttMessage message;
        int messageCount = 0;
        QDateTime receivedAt;
    };

    void add(const OhMqtt::MqttMessage &message) override;
    void clearRows() override { m_rows.clear(); }
    std::vector<Row>::const_iterator lowerBound(const QString &topic) const;

    std::vector<Row> m_rows; // by topic
};

} // namespace OhMqttQuick
