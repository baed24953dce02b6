// PublishPanel: compose a message — topic, payload (text, JSON or a file), QoS, retain, every
// MQTT 5.0 PUBLISH property — publish it through the connection's client, follow its outcome,
// and send it again from the history.
#pragma once

#include "publish/publishrequest.h"

#include <QtWidgets/qwidget.h>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace OhMqtt {
class MqttClient;
}

namespace OhMqttExplorer {

class FieldError;
class PayloadEditor;
class PublishHistoryModel;
class PublishPropertiesEditor;

// On an MQTT 3.1.1 connection (the client's connectOptions().protocolVersion()), the property
// fields and the Topic Alias policy are disabled and nothing of them is sent: 3.1.1 has no
// properties. They keep what was typed, for a later 5.0 connection.
class PublishPanel : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned; it must outlive the panel.
    explicit PublishPanel(OhMqtt::MqttClient *client, QWidget *parent = nullptr);
    ~PublishPanel() override;

    OhMqtt::MqttClient *client() const { return m_client; }
    QString topic() const;
    // The message as the editor holds it now.
    PublishRequest request() const;
    // Up to PublishHistoryModel::DefaultMaximumEntries messages sent, newest first.
    PublishHistoryModel *history() const { return m_history; }

public Q_SLOTS:
    // E.g. the topic of the node selected in the tree.
    void setTopic(const QString &topic);
    // Puts a message into the editor, as selecting it in the history does.
    void setRequest(const OhMqttExplorer::PublishRequest &request);
    // What the Publish button and Ctrl+Return do; nothing while the editor holds an error.
    void publish();
    // Publishes this message as it is, without the editor (which keeps what it holds), e.g. a
    // received message again. False, with the reason in the status line, when the topic is not
    // one to publish to or the client is shut down.
    bool publishRequest(const OhMqttExplorer::PublishRequest &request);
    // Moves the keyboard focus to the payload, e.g. once the topic is filled in.
    void focusPayload();
    // Publishes the message selected in the history again.
    void resendSelected();

Q_SIGNALS:
    // A PUBLISH was handed to the client (its outcome follows in the status line and history).
    void published(const OhMqttExplorer::PublishRequest &request);

private:
    QWidget *createEditor();
    QWidget *createHistory();
    bool isMqtt5() const;
    bool canPublish() const;
    void updateTopicError();
    void updatePublishable();
    void updateProtocolVersion();
    void send(PublishRequest request);
    void loadHistoryRow(int row);
    void showStatus(const QString &text);

    OhMqtt::MqttClient *m_client;
    PublishHistoryModel *m_history;
    QLineEdit *m_topic;
    FieldError *m_topicError;
    PayloadEditor *m_payload;
    QButtonGroup *m_qos;
    QCheckBox *m_retain;
    QGroupBox *m_propertiesBox;
    PublishPropertiesEditor *m_properties;
    QPushButton *m_publishButton;
    QLabel *m_status;
    QTreeView *m_historyView;
    QPushButton *m_resendButton;
    quint64 m_latestEntry = 0;
    bool m_addingToHistory = false;
};

} // namespace OhMqttExplorer
