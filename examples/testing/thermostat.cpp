// Thermostat: one subscription in, one publication out per reading.
#include "thermostat.h"

Thermostat::Thermostat(const QString &room, double target, QObject *parent)
    : QObject(parent)
    , m_room(room)
    , m_target(target)
{ }

bool Thermostat::start(const QString &url, int timeoutMsecs)
{
    OhMqtt::MqttConnectOptions options;
    options.setAddress(url);
    options.setClientId(QStringLiteral("thermostat-") + m_room);
    if (!m_client.connectToBroker(options) || !m_client.waitForConnected(timeoutMsecs))
        return false;
    const OhMqtt::MqttSubscriptionPtr subscription =
        m_client.subscribe(QStringLiteral("home/%1/temperature").arg(m_room), {},
                           [this](const OhMqtt::MqttMessage &message) { onTemperature(message); });
    return subscription->waitForAcknowledged(timeoutMsecs);
}

void Thermostat::onTemperature(const OhMqtt::MqttMessage &message)
{
    bool isNumber = false;
    const double celsius = message.payload().toDouble(&isNumber);
    if (!isNumber)
        return;
    m_client.publish(QStringLiteral("home/%1/heater").arg(m_room),
                     celsius < m_target ? QByteArray("on") : QByteArray("off"), OhMqtt::QoS::Q1);
}
