// MqttClient: an MQTT 5.0 / 3.1.1 client on the Qt event loop, the library's main class.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>
#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/mqttmessage.h>
#include <OhMqtt/mqttsubscribeoptions.h>
#include <OhMqtt/packet/connackpacket.h>
#include <OhMqtt/packet/disconnectpacket.h>

#include <QtCore/qobject.h>

#include <functional>
#include <memory>

namespace OhMqtt {

class MqttClientPrivate;

// Requests made while the client is connecting are queued and sent after CONNACK; requests
// made while it is closed fail their handle. Errors of the connection go to errorOccurred()
// and lastError(); errors of one request go to its handle.
class OHMQTT_EXPORT MqttClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Closed, // no connection; connectToBroker() starts one
        Connecting, // opening the transport
        TlsHandshake,
        WebSocketHandshake,
        ConnectSent, // CONNECT written, waiting for CONNACK
        Connected,
        ReconnectWait,
        Closing, // DISCONNECT sent or an error ends the connection; the transport is closing
        Shutdown, // final: shutdown() was called
    };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    // Starts connecting. Throws MqttError before any I/O when the address or options are invalid
    // (or unsupported), or when the client is not Closed.
    void connectToBroker(const MqttConnectOptions &options);
    // Sends DISCONNECT (MQTT 5.0: with this reason code and properties) and closes.
    void disconnectFromBroker(ReasonCode reasonCode = NormalDisconnection,
                              const DisconnectProperties &properties = {});
    // Disconnects for good: the state ends as Shutdown and the client takes no more requests.
    void shutdown();

    bool isConnected() const noexcept;
    State state() const noexcept;
    MqttConnectOptions connectOptions() const;
    ConnAckPacket connAck() const; // the last CONNACK, accepted or not
    MqttError lastError() const;

    // Requests; the handle is never null and is owned by the client (see mqtthandles.h).
    MqttPublishHandle *publish(const QString &topic, const QByteArray &payload, QoS qos = QoS::Q0,
                               bool retain = false, const PublishProperties &properties = {});
    // `callback`, if any, gets every message matching `topicFilter`, alongside messageReceived().
    // Subscribing to the same filter (and share name) again replaces the callback.
    MqttSubscribeHandle *subscribe(const QString &topicFilter,
                                   const MqttSubscribeOptions &options = {},
                                   std::function<void(const MqttMessage &)> callback = {});
    // Removes the filter's callback at once and asks the broker to remove the subscription.
    MqttUnsubscribeHandle *unsubscribe(const QString &topicFilter, const QString &shareName = {});

    // Run a local event loop until the state is reached, or `msecs` pass (-1: no limit).
    // False when it was not reached; lastError() says why.
    bool waitForConnected(int msecs = 30'000);
    bool waitForDisconnected(int msecs = 30'000);

Q_SIGNALS:
    void stateChanged(OhMqtt::MqttClient::State state);
    void connected(const OhMqtt::ConnAckPacket &connAck);
    // A connection that reached Connected has ended (by either side or by an error).
    void disconnected();
    void messageReceived(const OhMqtt::MqttMessage &message);
    void brokerDisconnected(const OhMqtt::DisconnectPacket &disconnect);
    void errorOccurred(const OhMqtt::MqttError &error);

private:
    Q_DECLARE_PRIVATE(MqttClient)
    Q_DISABLE_COPY_MOVE(MqttClient)
    std::unique_ptr<MqttClientPrivate> d_ptr;
};

} // namespace OhMqtt
