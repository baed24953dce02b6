// MqttMessageModel for QML: the last messages of a subscription, newest first, for a ListView.
#pragma once

#include "quicksubscription.h"

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qpointer.h>
#include <QtQml/qqmlengine.h>

#include <deque>

namespace OhMqttQuick {

// Keeps at most maximumCount messages (the oldest go first). Not owned: the subscription.
class QuickMessageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttMessageModel)
    Q_PROPERTY(OhMqttQuick::QuickSubscription *subscription READ subscription WRITE setSubscription
                   NOTIFY subscriptionChanged)
    Q_PROPERTY(int maximumCount READ maximumCount WRITE setMaximumCount NOTIFY maximumCountChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // QML names: topic, payload (ArrayBuffer), payloadText, qos, retain, receivedAt, message.
    enum Role {
        TopicRole = Qt::UserRole + 1,
        PayloadRole,
        PayloadTextRole,
        QosRole,
        RetainRole,
        ReceivedAtRole,
        MessageRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaximumCount = 100;

    explicit QuickMessageModel(QObject *parent = nullptr);
    ~QuickMessageModel() override;

    QuickSubscription *subscription() const { return m_subscription; }
    void setSubscription(QuickSubscription *subscription);
    int maximumCount() const { return m_maximumCount; }
    // At least 1; lowering it drops the oldest at once.
    void setMaximumCount(int count);
    int count() const { return int(m_rows.size()); }

    Q_INVOKABLE void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void subscriptionChanged();
    void maximumCountChanged();
    void countChanged();

private:
    struct Row
    {
        OhMqtt::MqttMessage message;
        QDateTime receivedAt;
    };

    void add(const OhMqtt::MqttMessage &message);
    void trim();

    QPointer<QuickSubscription> m_subscription;
    int m_maximumCount = DefaultMaximumCount;
    std::deque<Row> m_rows; // newest first
};

} // namespace OhMqttQuick
