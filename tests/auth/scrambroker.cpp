// ScramBroker: the scripted broker's side of CONNECT, AUTH both ways, CONNACK and DISCONNECT.
#include "auth/scrambroker.h"

using namespace OhMqtt;

namespace OhMqttTest {

namespace {

const QString Method = QStringLiteral("SCRAM-SHA-256");

AuthPacket authPacket(ReasonCode code, const QByteArray &data)
{
    AuthPacket auth;
    auth.reasonCode = code;
    auth.properties.setAuthenticationMethod(Method); // [MQTT-4.12.0-5]
    auth.properties.setAuthenticationData(data);
    return auth;
}

} // namespace

ScramBroker::ScramBroker(const QByteArray &username, const QByteArray &password)
    : m_scram(username, password)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qWarning("ScramBroker: cannot listen on loopback");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_server.nextPendingConnection();
        if (m_socket) // one client at a time
            m_socket->abort();
        m_socket = socket;
        ++m_connections;
        m_connected = false;
        m_clientClosed = false;
        m_received.clear();
        m_decoder.reset();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket == m_socket)
                onReadyRead();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_socket)
                m_clientClosed = true;
        });
        emit clientArrived();
    });
}

// The server deletes its sockets after our members are gone; their signals must not reach us.
ScramBroker::~ScramBroker()
{
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        QObject::disconnect(socket, nullptr, this, nullptr);
}

QString ScramBroker::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_server.serverPort());
}

void ScramBroker::onReadyRead()
{
    try {
        m_decoder.feed(m_socket->readAll());
        while (m_socket) {
            const auto raw = m_decoder.next();
            if (!raw)
                break;
            Packet packet = decodePacket(raw->firstByte, raw->body, ProtocolVersion::V5);
            m_received.append(packet);
            handle(packet);
        }
    } catch (const MqttError &error) {
        qWarning() << "ScramBroker: undecodable bytes from the client:" << error;
        m_socket->abort();
    }
}

void ScramBroker::handle(const Packet &packet)
{
    if (const auto *connect = std::get_if<ConnectPacket>(&packet))
        return handleConnect(*connect);
    if (const auto *auth = std::get_if<AuthPacket>(&packet))
        return handleAuth(*auth);
    if (std::holds_alternative<PingReqPacket>(packet))
        return send(PingRespPacket {});
    if (std::holds_alternative<DisconnectPacket>(packet))
        m_socket->disconnectFromHost();
}

void ScramBroker::handleConnect(const ConnectPacket &connect)
{
    const auto method = connect.properties.authenticationMethod();
    const auto clientFirst = connect.properties.authenticationData();
    if (method != Method || !clientFirst) {
        ConnAckPacket connAck;
        connAck.reasonCode = ReasonCode::BadAuthenticationMethod; // [MQTT-4.12.0-1]
        send(connAck);
        m_socket->disconnectFromHost();
        return;
    }
    const std::optional<QByteArray> serverFirst = m_scram.first(*clientFirst);
    if (!serverFirst)
        return refuse("e=unknown-user");
    send(authPacket(ReasonCode::ContinueAuthentication, *serverFirst)); // [MQTT-4.12.0-2]
}

void ScramBroker::handleAuth(const AuthPacket &auth)
{
    const QByteArray data = auth.properties.authenticationData().value_or(QByteArray());
    if (auth.properties.authenticationMethod() != Method) { // [MQTT-4.12.0-5]
        DisconnectPacket disconnect;
        disconnect.reasonCode = ReasonCode::ProtocolError;
        send(disconnect);
        m_socket->disconnectFromHost();
        return;
    }
    if (auth.reasonCode == ReasonCode::ReAuthenticate && m_connected) { // MQTT 4.12.1
        const std::optional<QByteArray> serverFirst = m_scram.first(data);
        if (!serverFirst)
            return refuse("e=unknown-user");
        return send(authPacket(ReasonCode::ContinueAuthentication, *serverFirst));
    }
    if (!m_scram.verify(data))
        return refuse("e=invalid-proof");
    if (!m_connected) {
        ConnAckPacket connAck;
        connAck.properties.setAuthenticationMethod(Method);
        connAck.properties.setAuthenticationData(serverFinal());
        send(connAck);
        m_connected = true;
        return;
    }
    send(authPacket(ReasonCode::Success, serverFinal()));
}

// Before CONNACK: CONNACK with the refusal code [MQTT-4.12.0-4]; after: DISCONNECT Not authorized
// [MQTT-4.12.1-2]. Either way the connection closes.
void ScramBroker::refuse(const QByteArray &serverError)
{
    if (!m_connected) {
        ConnAckPacket connAck;
        connAck.reasonCode = m_refusalCode;
        connAck.properties.setAuthenticationMethod(Method);
        connAck.properties.setAuthenticationData(serverError);
        send(connAck);
    } else {
        DisconnectPacket disconnect;
        disconnect.reasonCode = ReasonCode::NotAuthorized;
        send(disconnect);
    }
    m_socket->disconnectFromHost();
}

QByteArray ScramBroker::serverFinal() const
{
    if (m_forgeSignature)
        return "v=" + QByteArray(32, '\x5a').toBase64();
    return m_scram.serverFinal();
}

void ScramBroker::send(const Packet &packet)
{
    if (m_socket)
        m_socket->write(encodePacket(packet, ProtocolVersion::V5));
}

} // namespace OhMqttTest
