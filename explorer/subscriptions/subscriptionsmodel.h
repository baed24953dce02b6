// SubscriptionsModel: the connection's subscriptions as a table, each row backed by the library's
// live MqttSubscription, whose state and granted QoS it shows as they change.
#pragma once

#include <OhMqtt/mqttsubscribeoptions.h>
#include <OhMqtt/mqttsubscription.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qlist.h>

namespace OhMqtt {
class MqttClient;
}

namespace OhMqttExplorer {

// One row per topic filter and share name, as the library keeps one subscription per pair:
// subscribing to a pair already listed re-subscribes that row with the new options.
class SubscriptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FilterColumn,
        ShareNameColumn,
        RequestedQoSColumn,
        GrantedQoSColumn,
        OptionsColumn,
        StateColumn,
    };
    static constexpr int ColumnCount = StateColumn + 1;

    // The client is not owned; it must outlive the model.
    explicit SubscriptionsModel(OhMqtt::MqttClient *client, QObject *parent = nullptr);
    ~SubscriptionsModel() override;

    // `topicFilter` without "$share/…": the share name is options.shareName(). Sent at once, or
    // after the next CONNACK when there is no connection (Pending meanwhile). Returns the row.
    int subscribe(const QString &topicFilter, const OhMqtt::MqttSubscribeOptions &options);
    // Replaces the row's subscription: the same filter and share name re-subscribe (the broker
    // takes the new options); another filter unsubscribes the old one first. Returns the row.
    int change(int row, const QString &topicFilter, const OhMqtt::MqttSubscribeOptions &options);
    // Unsubscribes and removes the row.
    void unsubscribe(int row);
    // The row of a filter and share name; -1 when not listed.
    int find(const QString &topicFilter, const QString &shareName = {}) const;

    OhMqtt::MqttSubscriptionPtr subscription(int row) const { return m_rows.at(row).subscription; }
    QString topicFilter(int row) const { return m_rows.at(row).topicFilter; }
    OhMqtt::MqttSubscribeOptions options(int row) const;
    // The filters (without "$share/<name>/") of the rows Pending or Subscribed, in row order.
    QStringList activeTopicFilters() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Text for the Options column: what differs from the defaults.
    static QString optionsSummary(const OhMqtt::MqttSubscribeOptions &options);
    static QString stateName(OhMqtt::MqttSubscription::State state);

Q_SIGNALS:
    // A row came, went or was replaced, or a subscription's state changed.
    void subscriptionsChanged();

private:
    struct Row
    {
        QString topicFilter;
        OhMqtt::MqttSubscriptionPtr subscription;
    };

    OhMqtt::MqttSubscriptionPtr makeSubscription(const QString &topicFilter,
                                                 const OhMqtt::MqttSubscribeOptions &options);
    void forget(const OhMqtt::MqttSubscriptionPtr &subscription);
    void removeRow(int row);
    void onSubscriptionChanged(const OhMqtt::MqttSubscription *subscription, bool stateChanged);
    QVariant display(const Row &row, int column) const;

    OhMqtt::MqttClient *m_client;
    QList<Row> m_rows;
};

} // namespace OhMqttExplorer
