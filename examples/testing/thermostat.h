// Thermostat: the application code under test. It reads a room's temperature from MQTT and
// switches the room's heater on below the target temperature, off at or above it.
#pragma once

#include <OhMqtt/mqttclient.h>

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

class Thermostat : public QObject
{
    Q_OBJECT

public:
    // Listens on home/<room>/temperature, switches home/<room>/heater ("on" / "off").
    Thermostat(const QString &room, double target, QObject *parent = nullptr);

    // Connects to the broker at `url` and subscribes; false, with errorString(), when the
    // broker refuses or cannot be reached within `timeoutMsecs`.
    bool start(const QString &url, int timeoutMsecs = 10'000);
    QString errorString() const { return m_client.lastError().message(); }
    OhMqtt::ReasonCode refusal() const { return m_client.connectResult().reasonCode(); }

private:
    void onTemperature(const OhMqtt::MqttMessage &message);

    OhMqtt::MqttClient m_client;
    QString m_room;
    double m_target;
};
