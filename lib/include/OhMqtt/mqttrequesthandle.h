// MqttRequestHandle: what MqttClient::request() returns — a request that ends with its response.
#pragma once

#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/mqttmessage.h>

namespace OhMqtt {

class MqttRequestHandlePrivate;

/// Request / response (MQTT 5.0 4.10): the request went out with the client's Response Topic and
/// this handle's Correlation Data; the handle is acknowledged by the first message on that topic
/// carrying the same Correlation Data (responded(), response()), and fails when the request could
/// not be published, the response topic could not be subscribed, or no response came in time.
/// Ownership and threads as for every handle (mqtthandles.h).
class OHMQTT_EXPORT MqttRequestHandle : public MqttHandle
{
    Q_OBJECT
    Q_PROPERTY(QString topic READ topic CONSTANT)
    Q_PROPERTY(QByteArray correlationData READ correlationData CONSTANT)
    Q_PROPERTY(OhMqtt::MqttMessage response READ response NOTIFY finished)

public:
    ~MqttRequestHandle() override;

    QString topic() const; ///< the request's
    QByteArray correlationData() const; ///< what the response must carry
    MqttMessage response() const; ///< null until the response came

Q_SIGNALS:
    void responded(const OhMqtt::MqttMessage &response); ///< the response; finished() follows

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    MqttRequestHandle(const QString &topic, const QByteArray &correlationData);
    Q_DECLARE_PRIVATE(MqttRequestHandle)
    Q_DISABLE_COPY_MOVE(MqttRequestHandle)
};

/// How a request handle is held (see the ownership rule of MqttHandle).
using MqttRequestHandlePtr = QSharedPointer<MqttRequestHandle>;

} // namespace OhMqtt
