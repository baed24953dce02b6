// MqttHandle for QML: a request's handle (publish, unsubscribe) as an object QML owns, so that
// a script may keep it and read it after the request has ended, and drop it at will.
#pragma once

#include <OhMqtt/mqtthandles.h>

#include <QtQml/qqmlengine.h>

namespace OhMqttQuick {

// The library's handles are shared pointers, which QML cannot hold; this object holds one.
// The request goes on whether or not QML keeps the object.
class QuickHandle : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttHandle)
    QML_UNCREATABLE("MqttHandle comes from MqttClient.publish() and MqttClient.unsubscribe()")
    Q_PROPERTY(bool done READ isDone NOTIFY finished)
    Q_PROPERTY(bool acknowledged READ isAcknowledged NOTIFY finished)
    Q_PROPERTY(bool failed READ isFailed NOTIFY finished)
    Q_PROPERTY(OhMqtt::MqttError error READ error NOTIFY finished)
    Q_PROPERTY(int packetId READ packetId NOTIFY finished)

public:
    explicit QuickHandle(QSharedPointer<OhMqtt::MqttHandle> handle, QObject *parent = nullptr);
    // A request refused before it reached the library (an argument QML cannot convert).
    explicit QuickHandle(OhMqtt::MqttError refusal, QObject *parent = nullptr);
    ~QuickHandle() override;

    bool isDone() const;
    bool isAcknowledged() const;
    bool isFailed() const;
    OhMqtt::MqttError error() const;
    // A publish handle's packet identifier (0 for QoS 0 and other requests).
    int packetId() const;

    // Null for a refused request.
    const QSharedPointer<OhMqtt::MqttHandle> &handle() const { return m_handle; }

Q_SIGNALS:
    // Once, when the request has ended; at once (queued) for a request that failed on the spot.
    void finished();

private:
    void finishLater();

    QSharedPointer<OhMqtt::MqttHandle> m_handle;
    OhMqtt::MqttError m_refusal;
};

} // namespace OhMqttQuick
