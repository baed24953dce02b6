// MqttMessageModel for QML: the last messages of a subscription, newest first, for a ListView.
#pragma once

#include "subscriptionlistmodel.h"

#include <deque>

namespace OhMqttQuick {

// Keeps at most maximumCount messages (the oldest go first). Not owned: the subscription.
class QuickMessageModel : public SubscriptionListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttMessageModel)
    Q_PROPERTY(int maximumCount READ maximumCount WRITE setMaximumCount NOTIFY maximumCountChanged)

public:
    static constexpr int DefaultMaximumCount = 100;

    explicit QuickMessageModel(QObject *parent = nullptr);
    ~QuickMessageModel() override;

    int maximumCount() const { return m_maximumCount; }
    // At least 1; lowering it drops the oldest at once.
    void setMaximumCount(int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void maximumCountChanged();

private:
    struct Row
    {
        OhMqtt::MqttMessage message;
        QDateTime receivedAt;
    };

    void add(const OhMqtt::MqttMessage &message) override;
    void clearRows() override { m_rows.clear(); }
    void trim();

    int m_maximumCount = DefaultMaximumCount;
    std::deque<Row> m_rows; // newest first
};

} // namespace OhMqttQuick
