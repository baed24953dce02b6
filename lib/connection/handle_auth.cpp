// ProtocolEngine: enhanced authentication (MQTT 4.12) — AUTH both ways and the method's rules.
#include "connection/protocolengine.h"

#include "connection/logging.h"

#include <OhMqtt/mqttauthenticator.h>

namespace OhMqtt {

using Engine::State;

namespace {

QString methodText(const std::optional<QString> &method)
{
    return method ? QStringLiteral("'%1'").arg(*method) : QStringLiteral("none");
}

// CONNECT's method in front of the caller's properties, where the specification's examples put it.
AuthProperties withMethod(const QString &method, const AuthProperties &properties)
{
    AuthProperties result;
    result.setAuthenticationMethod(method);
    for (const Property &property : properties.list().entries())
        result.list().append(property);
    return result;
}

void setData(AuthProperties &properties, const std::optional<QByteArray> &data)
{
    if (data && !data->isEmpty())
        properties.setAuthenticationData(*data);
}

} // namespace

void ProtocolEngine::setAuthenticator(MqttAuthenticator *authenticator) noexcept
{
    m_auth.authenticator = authenticator;
}

// The CONNECT to write: with an authenticator, its method and initial data are added. Remembers
// the Authentication Method that every AUTH and a successful CONNACK must repeat [MQTT-4.12.0-5].
ConnectPacket ProtocolEngine::beginAuthentication(const ConnectPacket &connect)
{
    m_auth.method.reset();
    m_auth.reauthenticating = false;
    if (connect.protocolVersion != ProtocolVersion::V5) {
        if (m_auth.authenticator) {
            throw MqttError(QStringLiteral("CONNECT: enhanced authentication (%1) needs MQTT 5.0")
                                .arg(m_auth.authenticator->method()),
                            ReasonCode::BadAuthenticationMethod);
        }
        return connect;
    }
    ConnectPacket packet = connect;
    if (m_auth.authenticator) {
        const QString method = m_auth.authenticator->method();
        const auto requested = connect.properties.authenticationMethod();
        if (requested && *requested != method) {
            throw MqttError(QStringLiteral("CONNECT: the connect properties name the "
                                           "Authentication Method '%1', the authenticator '%2'")
                                .arg(*requested, method),
                            ReasonCode::BadAuthenticationMethod);
        }
        packet.properties.setAuthenticationMethod(method);
        if (const std::optional<QByteArray> data = m_auth.authenticator->initialData())
            packet.properties.setAuthenticationData(*data);
    }
    m_auth.method = packet.properties.authenticationMethod();
    if (m_auth.method)
        qCDebug(lcConnection) << "enhanced authentication with" << *m_auth.method;
    return packet;
}

void ProtocolEngine::handleAuth(AuthPacket &&auth)
{
    // The codec refuses AUTH in MQTT 3.1.1 as a Malformed Packet; what reaches here is MQTT 5.0.
    if (!m_auth.method) {
        throw MqttError::protocol(QStringLiteral(
            "AUTH received, but CONNECT carried no Authentication Method [MQTT-4.12.0-6]"));
    }
    const std::optional<QString> method = auth.properties.authenticationMethod();
    if (method != m_auth.method) {
        throw MqttError::protocol(QStringLiteral("AUTH Authentication Method is %1, CONNECT's is "
                                                 "'%2' [MQTT-4.12.0-5]")
                                      .arg(methodText(method), *m_auth.method));
    }
    switch (auth.reasonCode) {
    case ReasonCode::ContinueAuthentication: // [MQTT-4.12.0-2]
        if (m_state == State::Connected && !m_auth.reauthenticating) {
            throw MqttError::protocol(QStringLiteral(
                "AUTH Continue authentication while no re-authentication is in progress "
                "(MQTT 4.12.1)"));
        }
        return continueAuthentication(std::move(auth));
    case ReasonCode::Success:
        // The first authentication ends with CONNACK; AUTH Success ends a re-authentication.
        if (m_state != State::Connected || !m_auth.reauthenticating) {
            throw MqttError::protocol(
                QStringLiteral("AUTH Success while no re-authentication is in progress "
                               "(MQTT 4.12.1)"));
        }
        return finishReauthentication(std::move(auth));
    default:
        throw MqttError::protocol(QStringLiteral("AUTH with reason code %1, which a server does "
                                                 "not send [MQTT-3.15.2-1]")
                                      .arg(reasonCodeName(auth.reasonCode)));
    }
}

// The server's AUTH 0x18: reported, and answered with AUTH 0x18 when an authenticator is set
// [MQTT-4.12.0-3]; otherwise the application answers through auth().
void ProtocolEngine::continueAuthentication(AuthPacket &&auth)
{
    std::optional<QByteArray> answer;
    if (m_auth.authenticator) {
        answer = m_auth.authenticator->respond(auth);
        if (!answer) {
            m_events.push_back(Engine::PacketReceived {std::move(auth)});
            return failAuthentication(m_auth.authenticator->lastError());
        }
    }
    m_events.push_back(Engine::PacketReceived {std::move(auth)});
    if (!answer)
        return;
    AuthPacket reply;
    reply.reasonCode = ReasonCode::ContinueAuthentication;
    reply.properties.setAuthenticationMethod(*m_auth.method); // [MQTT-4.12.0-5]
    setData(reply.properties, answer);
    write(reply);
}

void ProtocolEngine::finishReauthentication(AuthPacket &&auth)
{
    m_auth.reauthenticating = false;
    const std::optional<QByteArray> data = auth.properties.authenticationData();
    m_events.push_back(Engine::PacketReceived {std::move(auth)});
    if (m_auth.authenticator && !m_auth.authenticator->verifyFinal(data))
        return failAuthentication(m_auth.authenticator->lastError());
    qCDebug(lcConnection) << "re-authentication succeeded";
}

// A successful CONNACK: the method must be CONNECT's [MQTT-4.12.0-5] [MQTT-4.12.0-6], and the
// authenticator must accept the server's final data. False when the connection is ending.
bool ProtocolEngine::acceptConnAckAuthentication(const ConnAckProperties &properties)
{
    const std::optional<QString> method = properties.authenticationMethod();
    if (!m_auth.method) {
        if (method) {
            throw MqttError::protocol(QStringLiteral("CONNACK has an Authentication Method, but "
                                                     "CONNECT carried none [MQTT-4.12.0-6]"));
        }
        return true;
    }
    if (method != m_auth.method) {
        throw MqttError::protocol(QStringLiteral("CONNACK Authentication Method is %1, CONNECT's "
                                                 "is '%2' [MQTT-4.12.0-5]")
                                      .arg(methodText(method), *m_auth.method));
    }
    if (m_auth.authenticator &&
        !m_auth.authenticator->verifyFinal(properties.authenticationData())) {
        failAuthentication(m_auth.authenticator->lastError());
        return false;
    }
    return true;
}

ProtocolEngine::Events ProtocolEngine::auth(const AuthPacket &packet)
{
    try {
        sendAuth(packet);
    } catch (const MqttError &error) {
        qCDebug(lcConnection) << "not sending AUTH" << error;
        m_events.push_back(Engine::SendRejected {PacketType::Auth, 0, error});
    }
    return take();
}

void ProtocolEngine::sendAuth(AuthPacket packet)
{
    if (m_version != ProtocolVersion::V5)
        throw MqttError::protocol(QStringLiteral("AUTH exists in MQTT 5.0 only"));
    if (m_state != State::ConnectSent && m_state != State::Connected)
        throw MqttError(QStringLiteral("AUTH cannot be sent: not connected"));
    if (!m_auth.method) {
        throw MqttError::protocol(QStringLiteral("AUTH cannot be sent: CONNECT carried no "
                                                 "Authentication Method [MQTT-4.12.0-7]"));
    }
    const std::optional<QString> method = packet.properties.authenticationMethod();
    if (!method) {
        packet.properties = withMethod(*m_auth.method, packet.properties);
    } else if (*method != *m_auth.method) {
        throw MqttError::protocol(QStringLiteral("AUTH Authentication Method '%1' is not "
                                                 "CONNECT's '%2' [MQTT-4.12.0-5] [MQTT-4.12.1-1]")
                                      .arg(*method, *m_auth.method));
    }
    switch (packet.reasonCode) {
    case ReasonCode::ContinueAuthentication: // [MQTT-4.12.0-3]
        if (m_state == State::Connected && !m_auth.reauthenticating) {
            throw MqttError::protocol(QStringLiteral("AUTH Continue authentication: no "
                                                     "re-authentication is in progress"));
        }
        break;
    case ReasonCode::ReAuthenticate: // [MQTT-4.12.1-1]
        if (m_state != State::Connected) {
            throw MqttError::protocol(QStringLiteral("AUTH Re-authenticate is sent after CONNACK "
                                                     "[MQTT-4.12.1-1]"));
        }
        if (m_auth.reauthenticating)
            throw MqttError(QStringLiteral("AUTH Re-authenticate: one is already in progress"));
        if (m_auth.authenticator && !packet.properties.authenticationData())
            setData(packet.properties, m_auth.authenticator->initialData());
        break;
    default:
        throw MqttError::protocol(QStringLiteral("AUTH with reason code %1: a client sends "
                                                 "Continue authentication or Re-authenticate "
                                                 "[MQTT-3.15.2-1]")
                                      .arg(reasonCodeName(packet.reasonCode)));
    }
    write(packet);
    if (packet.reasonCode == ReasonCode::ReAuthenticate) {
        m_auth.reauthenticating = true;
        qCDebug(lcConnection) << "re-authentication started";
    }
}

// The authenticator refused: the connection ends [MQTT-4.12.1-2]. Its reason code (Not authorized,
// Bad authentication method) is for servers to send, so the DISCONNECT says Unspecified error.
void ProtocolEngine::failAuthentication(const MqttError &error)
{
    const MqttError reported = error.isNull()
        ? MqttError(QStringLiteral("the authenticator refused the exchange"),
                    ReasonCode::NotAuthorized)
        : error;
    if (m_version == ProtocolVersion::V5) {
        DisconnectPacket disconnect;
        disconnect.reasonCode = ReasonCode::UnspecifiedError;
        try {
            write(disconnect);
        } catch (const MqttError &) {
            // the connection ends either way
        }
    }
    fail(reported, false);
}

} // namespace OhMqtt
