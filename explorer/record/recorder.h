// Recorder: writes the messages a connection receives on a topic filter to a recording file
// (recording.h), with their times relative to the start. It taps the client's messageReceived()
// and subscribes to nothing itself, so it records exactly what the explorer shows.
#pragma once

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

namespace OhMqtt {
class MqttClient;
class MqttMessage;
} // namespace OhMqtt

namespace OhMqttExplorer {

class Recorder : public QObject
{
    Q_OBJECT

public:
    explicit Recorder(OhMqtt::MqttClient *client, QObject *parent = nullptr);
    ~Recorder() override;

    // Starts a new recording of `topicFilter` into `path` (replaced); false with `error` set
    // when the filter is invalid or the file cannot be written.
    bool start(const QString &topicFilter, const QString &path, QString *error = nullptr);
    // Writes what is buffered and closes the file.
    void stop();

    bool isRecording() const { return m_file.isOpen(); }
    qint64 count() const { return m_count; }
    QString topicFilter() const { return m_topicFilter; }

Q_SIGNALS:
    void recordingChanged(bool recording);
    void countChanged(qint64 count);
    // A write failed (disk full...): the recording stops.
    void failed(const QString &error);

private:
    void record(const OhMqtt::MqttMessage &message);
    void flush();

    OhMqtt::MqttClient *m_client;
    QFile m_file;
    QString m_topicFilter;
    QElapsedTimer m_clock;
    QTimer m_flushTimer;
    qint64 m_count = 0;
};

} // namespace OhMqttExplorer
