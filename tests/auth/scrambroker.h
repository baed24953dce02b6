// ScramBroker: a scripted MQTT 5.0 broker on loopback that authenticates with SCRAM-SHA-256.
#pragma once

#include "auth/scramserver.h"

#include <OhMqtt/packet/packet.h>

#include "connection/streamdecoder.h"

#include <QtCore/qpointer.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

namespace OhMqttTest {

// Plays the server of MQTT 4.12 with exact packets built by the codec: CONNECT with
// "SCRAM-SHA-256" → AUTH 0x18 (server-first) → the client's AUTH 0x18 (client-final) → CONNACK
// 0x00 with the server-final message, or CONNACK `refusalCode` with "e=invalid-proof" when the
// proof is wrong. Once connected, AUTH 0x19 starts a re-authentication that ends with AUTH 0x00,
// or with DISCONNECT 0x87 when the proof is wrong [MQTT-4.12.1-2]. One client at a time.
class ScramBroker : public QObject
{
    Q_OBJECT

public:
    ScramBroker(const QByteArray &username, const QByteArray &password);
    ~ScramBroker() override;

    QString url() const;
    ScramServer &scram() { return m_scram; }

    // The CONNACK reason code for a wrong proof: Not authorized (default) or Bad user name or
    // password.
    void setRefusalCode(OhMqtt::ReasonCode code) { m_refusalCode = code; }
    // Signs the server-final message with a wrong key: a server that does not know the password.
    void setForgeServerSignature(bool forge) { m_forgeSignature = forge; }

    int connectionCount() const { return m_connections; }
    bool isClientConnected() const { return m_connected; } // CONNACK 0x00 sent
    bool clientClosed() const { return m_clientClosed; }
    // The client's packets on the current connection, in order.
    const QList<OhMqtt::Packet> &received() const { return m_received; }

Q_SIGNALS:
    void clientArrived(); // a new connection was accepted

private:
    void onReadyRead();
    void handle(const OhMqtt::Packet &packet);
    void handleConnect(const OhMqtt::ConnectPacket &connect);
    void handleAuth(const OhMqtt::AuthPacket &auth);
    void refuse(const QByteArray &serverError);
    void send(const OhMqtt::Packet &packet);
    QByteArray serverFinal() const;

    ScramServer m_scram;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    OhMqtt::StreamDecoder m_decoder;
    OhMqtt::ReasonCode m_refusalCode = OhMqtt::ReasonCode::NotAuthorized;
    bool m_forgeSignature = false;
    int m_connections = 0;
    bool m_connected = false;
    bool m_clientClosed = false;
    QList<OhMqtt::Packet> m_received;
};

} // namespace OhMqttTest
