// QuickMqttClient: the QML face of MqttClient's requests.
#include "quickmqttclient.h"

#include "payloadconversion.h"
#include "quickhandle.h"

namespace OhMqttQuick {

QuickMqttClient::QuickMqttClient(QObject *parent)
    : OhMqtt::MqttClient(parent)
    , m_address(connectOptions().address())
{
    connect(this, &MqttClient::connectOptionsChanged, this,
            [this](const OhMqtt::MqttConnectOptions &options) {
                if (options.address() != m_address) {
                    m_address = options.address();
                    emit addressChanged();
                }
            });
}

QString QuickMqttClient::address() const
{
    return connectOptions().address();
}

void QuickMqttClient::setAddress(const QString &address)
{
    OhMqtt::MqttConnectOptions options = connectOptions();
    options.setAddress(address);
    setConnectOptions(options);
}

QuickHandle *QuickMqttClient::publish(const QString &topic, const QVariant &payload, int qos,
                                      bool retain)
{
    if (qos < 0 || qos > 2) {
        return refuse(OhMqtt::MqttError(QStringLiteral("publish: qos %1 is not 0, 1 or 2").arg(qos),
                                        OhMqtt::ReasonCode::QoSNotSupported));
    }
    const std::optional<QByteArray> bytes = payloadBytes(payload);
    if (!bytes) {
        return refuse(OhMqtt::MqttError(
            QStringLiteral("publish: the payload (a %1) is neither a string, an ArrayBuffer, "
                           "a number, a boolean, an object nor an array")
                .arg(QString::fromLatin1(payload.typeName()))));
    }
    return new QuickHandle(MqttClient::publish(topic, *bytes, OhMqtt::QoS(qos), retain));
}

QuickHandle *QuickMqttClient::unsubscribe(const QString &topicFilter, const QString &shareName)
{
    return new QuickHandle(MqttClient::unsubscribe(topicFilter, shareName));
}

QuickHandle *QuickMqttClient::refuse(const OhMqtt::MqttError &error)
{
    return new QuickHandle(error);
}

} // namespace OhMqttQuick
