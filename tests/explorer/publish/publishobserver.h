// PublishObserver: a second client that checks what the explorer published, subscribed to
// everything under a prefix with Retain As Published (it sees the RETAIN flag as sent).
#pragma once

#include "support/clienttesting.h"

#include <OhMqtt/mqttclient.h>

namespace OhMqttExplorerTest {

class PublishObserver
{
public:
    // Connects (MQTT 5.0) and subscribes; a non-zero subscriptionIdentifier goes with the
    // subscription, and comes back in every message it gets.
    bool start(const QString &url, const QString &prefix, quint32 subscriptionIdentifier = 0,
               int timeoutMs = 10'000)
    {
        if (!OhMqttTest::connectAndWait(m_client, url,
                                        OhMqttTest::uniqueClientId("explorer-observer")))
            return false;
        OhMqtt::MqttSubscribeOptions options;
        options.setRetainAsPublished(true);
        options.setSubscriptionIdentifier(subscriptionIdentifier);
        QObject::connect(
            &m_client, &OhMqtt::MqttClient::messageReceived,
            [this](const OhMqtt::MqttMessage &message) { m_messages.append(message); });
        return m_client.subscribe(prefix + QStringLiteral("/#"), options)
            ->waitForAcknowledged(timeoutMs);
    }

    OhMqtt::MqttClient &client() { return m_client; }
    const QList<OhMqtt::MqttMessage> &messages() const { return m_messages; }
    QStringList payloads() const
    {
        QStringList result;
        for (const OhMqtt::MqttMessage &message : m_messages)
            result.append(QString::fromUtf8(message.payload()));
        return result;
    }

private:
    OhMqtt::MqttClient m_client;
    QList<OhMqtt::MqttMessage> m_messages;
};

} // namespace OhMqttExplorerTest
