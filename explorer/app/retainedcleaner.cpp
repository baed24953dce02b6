#include "app/retainedcleaner.h"

#include <OhMqtt/mqttclient.h>

using namespace OhMqtt;

namespace OhMqttExplorer {

RetainedCleaner::RetainedCleaner(MqttClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void RetainedCleaner::clear(const QStringList &topics)
{
    if (topics.isEmpty()) {
        emit finished(0, 0, {});
        return;
    }
    if (m_pending == 0) {
        m_cleared = m_failed = 0;
        m_firstError.clear();
    }
    m_pending += int(topics.size());
    for (const QString &topic : topics) {
        // A retained PUBLISH with no payload removes the retained message [MQTT-3.3.1-6], and
        // is not itself kept [MQTT-3.3.1-7].
        const MqttPublishHandlePtr handle = m_client->publish(topic, {}, QoS::Q1, true);
        handle->onFinished(this, [this, handle] {
            if (handle->isAcknowledged()) {
                ++m_cleared;
            } else {
                ++m_failed;
                if (m_firstError.isEmpty())
                    m_firstError = handle->error().message();
            }
            if (--m_pending == 0)
                emit finished(m_cleared, m_failed, m_firstError);
        });
    }
}

} // namespace OhMqttExplorer
