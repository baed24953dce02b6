// ConnectionTab: one open connection — its client, the topic tree, the selected topic's messages,
// and the panels to publish, subscribe, watch the in-flight queue, record and replay.
#pragma once

#include "topics/receivedmessage.h"

#include <OhMqtt/mqttclient.h>

#include <QtWidgets/qwidget.h>

#include <optional>

class QScrollArea;
class QSplitter;
class QTabWidget;

namespace OhMqttExplorer {

class InflightView;
class MessageDetail;
class PublishPanel;
class RecordPanel;
class RetainedCleaner;
class SubscriptionsPanel;
class TopicBrowser;
class TopicTreeModel;
class TrafficMeter;

class ConnectionTab : public QWidget
{
    Q_OBJECT

public:
    ConnectionTab(const OhMqtt::MqttConnectOptions &options, const QString &title,
                  QWidget *parent = nullptr);
    ~ConnectionTab() override;

    OhMqtt::MqttClient *client() { return &m_client; }
    QString title() const { return m_title; }
    TrafficMeter *traffic() const { return m_traffic; }
    TopicTreeModel *topics() const { return m_topics; }
    TopicBrowser *browser() const { return m_browser; }
    MessageDetail *detail() const { return m_detail; }
    PublishPanel *publishPanel() const { return m_publish; }
    SubscriptionsPanel *subscriptionsPanel() const { return m_subscriptions; }
    InflightView *inflightView() const { return m_inflight; }
    RecordPanel *recordPanel() const { return m_record; }
    QTabWidget *panels() const { return m_panels; }

    bool connectToBroker();
    void disconnectFromBroker();
    // "Connected to mqtt://host:1883 as client-id", "Reconnecting: <error>", …
    QString stateText() const;
    // "1,234 topics · history 12.3 MB of 256 MB"; with a share of an app-wide budget, "… of
    // 128 MB (this connection's share of 256 MB)".
    QString memoryText() const;

    // Keeps `depth` messages per topic and `budgetShare` bytes of history: this connection's
    // share of the app-wide `appBudget` (the whole of it when they are equal). Lowering either
    // drops history at once.
    void setHistoryLimits(int depth, qint64 budgetShare, qint64 appBudget);
    qint64 appBudget() const { return m_appBudget; }

    // The topics at and below `topic` whose last message was retained.
    QStringList retainedTopicsBelow(const QString &topic) const;
    // The kept history of `topic` and every topic below it, oldest first per topic.
    ReceivedMessages messagesBelow(const QString &topic) const;

public Q_SLOTS:
    // Asks, then deletes the retained messages at and below the topic on the broker.
    void deleteRetained(const QString &topic);
    // Asks for a file, then writes the subtree's history as JSON or CSV.
    void exportSubtree(const QString &topic);
    void clearTree();
    void focusFilter();
    // Brings the publish panel into view (its tab current, the panels not collapsed, scrolled
    // to the payload) with the focus on the payload.
    void showPublishPanel();
    // "Publish to this topic…": the publish panel takes the topic, then showPublishPanel().
    void publishToTopic(const QString &topic);
    // "Edit in Publish": the publish panel takes the received message over, then
    // showPublishPanel().
    void editInPublish(const OhMqtt::MqttMessage &message);
    // "Publish Again": the received message published again now, unchanged; the publish tab
    // comes to the front to show how it went.
    void publishAgain(const OhMqtt::MqttMessage &message);

Q_SIGNALS:
    // State, rates or memory changed: the main window refreshes its status bar.
    void statusChanged();
    void message(const QString &text);

private:
    void showTopic(const QString &topic);
    void showHistoryOf(const QString &topic); // in the detail pane
    void onHistoryChanged(const QString &topic);
    void showTreeMenu(const QPoint &position);
    void reportEviction(qint64 messages);
    bool isBudgetShared() const;

    OhMqtt::MqttClient m_client;
    OhMqtt::MqttConnectOptions m_options;
    QString m_title;
    TrafficMeter *m_traffic;
    TopicTreeModel *m_topics;
    RetainedCleaner *m_cleaner;
    TopicBrowser *m_browser;
    MessageDetail *m_detail;
    QSplitter *m_splitter;
    QTabWidget *m_panels;
    PublishPanel *m_publish;
    QScrollArea *m_publishArea;
    SubscriptionsPanel *m_subscriptions;
    InflightView *m_inflight;
    RecordPanel *m_record;
    QString m_shownTopic;
    qint64 m_appBudget; // the history budget of the whole app, of which this tab has a share
    std::optional<ReceivedMessage> m_lastShown; // the newest message the detail pane has
};

} // namespace OhMqttExplorer
