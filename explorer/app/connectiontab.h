// ConnectionTab: one open connection — its client, the topic tree, the selected topic's messages,
// and the panels to publish, subscribe, watch the in-flight queue, record and replay.
#pragma once

#include <OhMqtt/mqttclient.h>

#include <QtWidgets/qwidget.h>

class QSplitter;
class QTabWidget;

namespace OhMqttExplorer {

class InflightView;
class RecordPanel;
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
    QTabWidget *panels() const { return m_panels; }

    bool connectToBroker();
    void disconnectFromBroker();
    // "Connected to mqtt://host:1883 as client-id", "Reconnecting: <error>", …
    QString stateText() const;

Q_SIGNALS:
    // State, rates or memory changed: the main window refreshes its status bar.
    void statusChanged();
    void message(const QString &text);

private:
    void onStateChanged();

    OhMqtt::MqttClient m_client;
    OhMqtt::MqttConnectOptions m_options;
    QString m_title;
    TrafficMeter *m_traffic;
    QSplitter *m_splitter;
    QTabWidget *m_panels;
    InflightView *m_inflight;
    RecordPanel *m_record;
};

} // namespace OhMqttExplorer
