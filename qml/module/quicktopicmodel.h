// MqttTopicModel for QML: every topic a subscription has received, one row each with its last
// message, sorted by topic.
#pragma once

#include "quicksubscription.h"

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qpointer.h>
#include <QtQml/qqmlengine.h>

#include <vector>

namespace OhMqttQuick {

// The topics seen under the subscription's filter since it was set (or clear()). Not owned: the
// subscription.
class QuickTopicModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttTopicModel)
    Q_PROPERTY(OhMqttQuick::QuickSubscription *subscription READ subscription WRITE setSubscription
                   NOTIFY subscriptionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // QML names: topic, payload (ArrayBuffer), payloadText, qos, retain, messageCount,
    // receivedAt, message (the last one).
    enum Role {
        TopicRole = Qt::UserRole + 1,
        PayloadRole,
        PayloadTextRole,
        QosRole,
        RetainRole,
        MessageCountRole,
        ReceivedAtRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit QuickTopicModel(QObject *parent = nullptr);
    ~QuickTopicModel() override;

    QuickSubscription *subscription() const { return m_subscription; }
    void setSubscription(QuickSubscription *subscription);
    int count() const { return int(m_rows.size()); }

    // The row of `topic`, or -1.
    Q_INVOKABLE int indexOf(const QString &topic) const;
    Q_INVOKABLE void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void subscriptionChanged();
    void countChanged();

private:
    struct Row
    {
        OhMqtt::MqttMessage message;
        int messageCount = 0;
        QDateTime receivedAt;
    };

    void add(const OhMqtt::MqttMessage &message);
    std::vector<Row>::const_iterator lowerBound(const QString &topic) const;

    QPointer<QuickSubscription> m_subscription;
    std::vector<Row> m_rows; // by topic
};

} // namespace OhMqttQuick
