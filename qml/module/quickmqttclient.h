// MqttClient for QML: the library's client with everything it has, plus `address` and the
// requests in a form QML can call.
#pragma once

#include <OhMqtt/mqttclient.h>

#include <QtQml/qqmlengine.h>

namespace OhMqttQuick {

class QuickHandle;

// The library's MqttClient as it is (properties, connectToBroker(), disconnectFromBroker(),
// messageReceived(), ...). Its publish() and unsubscribe() return shared pointers, which QML
// cannot use; here they return a QuickHandle that QML owns. Bad input gives a failed handle
// whose error names the argument, never an exception.
class QuickMqttClient : public OhMqtt::MqttClient
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttClient)
    // connectOptions.address, for the common case: "mqtt://localhost:1883", "ws://host/mqtt", ...
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY addressChanged)

public:
    explicit QuickMqttClient(QObject *parent = nullptr);

    QString address() const;
    void setAddress(const QString &address);

    // `payload`: a string (sent as UTF-8), an ArrayBuffer, a number or boolean (as text), or an
    // object or array (as compact JSON). `qos` 0, 1 or 2.
    Q_INVOKABLE OhMqttQuick::QuickHandle *publish(const QString &topic, const QVariant &payload,
                                                  int qos = 0, bool retain = false);
    Q_INVOKABLE OhMqttQuick::QuickHandle *unsubscribe(const QString &topicFilter,
                                                      const QString &shareName = {});

Q_SIGNALS:
    void addressChanged();

private:
    QuickHandle *refuse(const OhMqtt::MqttError &error);

    QString m_address; // as last announced
};

} // namespace OhMqttQuick
