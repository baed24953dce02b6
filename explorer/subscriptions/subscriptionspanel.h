// SubscriptionsPanel: the connection's subscriptions — a live table, Add / Edit / Remove through
// SubscriptionDialog, and switches for the two default subscriptions, "#" and "$SYS/#".
#pragma once

#include <OhMqtt/mqttsubscribeoptions.h>

#include <QtWidgets/qwidget.h>

class QCheckBox;
class QPushButton;
class QTreeView;

namespace OhMqtt {
class MqttClient;
}

namespace OhMqttExplorer {

class SubscriptionDialog;
class SubscriptionsModel;

// A new panel subscribes to "#" (every topic but the $-topics) and not to "$SYS/#" (the
// broker's statistics change every few seconds and would crowd the tree); setDefaults() changes
// that. Subscriptions made without a connection wait in the client and go out after the next
// CONNACK, shown as Pending meanwhile. Destroying the panel leaves the subscriptions with the
// client, which keeps them for as long as it lives.
class SubscriptionsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView AllTopicsFilter {"#"};
    static constexpr QLatin1StringView SystemTopicsFilter {"$SYS/#"};

    // The client is not owned; it must outlive the panel.
    explicit SubscriptionsPanel(OhMqtt::MqttClient *client, QWidget *parent = nullptr);
    ~SubscriptionsPanel() override;

    OhMqtt::MqttClient *client() const { return m_client; }
    SubscriptionsModel *model() const { return m_model; }
    // The filters (without "$share/<name>/") of the subscriptions Pending or Subscribed.
    QStringList activeTopicFilters() const;
    bool allTopicsSubscribed() const;
    bool systemTopicsSubscribed() const;
    // The options of the default subscriptions: maximum QoS 2, so that messages arrive with the
    // QoS they were published with, and in MQTT 5.0 Retain As Published.
    static OhMqtt::MqttSubscribeOptions defaultOptions(OhMqtt::ProtocolVersion version);

public Q_SLOTS:
    // Subscribes to or unsubscribes from "#" and "$SYS/#", as the switches do.
    void setDefaults(bool allTopics, bool systemTopics);
    // Subscribes without the dialog; returns the row in model().
    int subscribe(const QString &topicFilter, const OhMqtt::MqttSubscribeOptions &options = {});
    // Open the dialog, window-modal without blocking: the table goes on updating meanwhile.
    void addSubscription();
    void editSelected();
    void removeSelected();

Q_SIGNALS:
    // The list of subscriptions or the state of one changed: activeTopicFilters() may differ.
    void subscriptionsChanged();

private:
    SubscriptionDialog *createDialog();
    int selectedRow() const;
    void setDefault(QLatin1StringView filter, bool subscribed);
    void syncSwitches();
    void updateButtons();

    OhMqtt::MqttClient *m_client;
    SubscriptionsModel *m_model;
    QCheckBox *m_allTopics;
    QCheckBox *m_systemTopics;
    QTreeView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
};

} // namespace OhMqttExplorer
