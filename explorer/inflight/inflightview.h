// InflightView: the session's in-flight state — outbound QoS 1/2 messages awaiting their
// acknowledgements, the offline queue, inbound QoS 2 awaiting PUBREL — live, with a summary.
#pragma once

#include <QtWidgets/qwidget.h>

class QLabel;
class QTableView;

namespace OhMqtt {
class MqttClient;
class MqttInflightModel;
} // namespace OhMqtt

namespace OhMqttExplorer {

class InflightTable;

class InflightView : public QWidget
{
    Q_OBJECT

public:
    explicit InflightView(OhMqtt::MqttClient *client, QWidget *parent = nullptr);

    OhMqtt::MqttInflightModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // "12 in flight: 8 awaiting PUBACK, 4 queued", as the label shows it.
    QString summary() const;

Q_SIGNALS:
    void summaryChanged(const QString &summary);

private:
    void updateSummary();

    OhMqtt::MqttInflightModel *m_model;
    InflightTable *m_columns;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace OhMqttExplorer
