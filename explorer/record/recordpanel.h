// RecordPanel: record a subtree's traffic to a file, and replay a file through this connection.
#pragma once

#include <QtWidgets/qwidget.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace OhMqtt {
class MqttClient;
} // namespace OhMqtt

namespace OhMqttExplorer {

class Recorder;
class Replayer;

class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPanel(OhMqtt::MqttClient *client, QWidget *parent = nullptr);

    // Prefills the filter, e.g. "sensors/#" for the selected subtree.
    void setTopicFilter(const QString &topicFilter);

    Recorder *recorder() const { return m_recorder; }
    Replayer *replayer() const { return m_replayer; }

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    void toggleRecording();
    void toggleReplay();
    QString chooseFile(QLineEdit *edit, bool forWriting);

    Recorder *m_recorder;
    Replayer *m_replayer;
    QLineEdit *m_filter;
    QLineEdit *m_recordFile;
    QPushButton *m_recordButton;
    QLabel *m_recordStatus;
    QLineEdit *m_replayFile;
    QComboBox *m_speed;
    QPushButton *m_replayButton;
    QProgressBar *m_progress;
    QLabel *m_replayStatus;
};

} // namespace OhMqttExplorer
