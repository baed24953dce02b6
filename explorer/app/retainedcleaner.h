// RetainedCleaner: deletes the retained messages of a list of topics on the broker, the MQTT
// way — an empty retained PUBLISH to each [MQTT-3.3.1-6] — and reports when the broker has
// acknowledged every one.
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qstringlist.h>

namespace OhMqtt {
class MqttClient;
} // namespace OhMqtt

namespace OhMqttExplorer {

class RetainedCleaner : public QObject
{
    Q_OBJECT

public:
    explicit RetainedCleaner(OhMqtt::MqttClient *client, QObject *parent = nullptr);

    // Sends the deletions at QoS 1; finished() follows once every one has ended.
    void clear(const QStringList &topics);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(int cleared, int failed, const QString &firstError);

private:
    OhMqtt::MqttClient *m_client;
    int m_pending = 0;
    int m_cleared = 0;
    int m_failed = 0;
    QString m_firstError;
};

} // namespace OhMqttExplorer
