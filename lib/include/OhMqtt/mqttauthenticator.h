// MqttAuthenticator: the client's side of an MQTT 5.0 enhanced authentication method (MQTT 4.12).
#pragma once

#include <OhMqtt/mqtterror.h>
#include <OhMqtt/packet/authpacket.h>

#include <optional>

namespace OhMqtt {

/// An Authentication Method for MqttClient::setAuthenticator(). With one set, the client puts
/// method() and initialData() in CONNECT, answers each AUTH 0x18 (Continue authentication) of the
/// server with respond(), checks the server's last word in a successful CONNACK or AUTH 0x00
/// (Success) with verifyFinal(), and starts re-authentication (AUTH 0x19) with initialData().
/// A refusal (an empty respond(), a false verifyFinal()) ends the connection with lastError().
///
/// The calls come on the client's thread, one exchange at a time; initialData() starts a new one.
/// Implementations must never log authentication data or secrets.
class OHMQTT_EXPORT MqttAuthenticator
{
public:
    MqttAuthenticator();
    virtual ~MqttAuthenticator();

    /// The Authentication Method, e.g. "SCRAM-SHA-256"; the same for every exchange.
    virtual QString method() const = 0;

    /// Starts an exchange: the Authentication Data for CONNECT or for AUTH 0x19, or nothing when
    /// the method lets the server speak first.
    virtual std::optional<QByteArray> initialData() = 0;

    /// The server's AUTH 0x18: the Authentication Data to answer with in AUTH 0x18 (an empty
    /// array sends none), or nothing to refuse the exchange, with lastError() saying why.
    virtual std::optional<QByteArray> respond(const AuthPacket &packet) = 0;

    /// The Authentication Data of the server's successful CONNACK or AUTH 0x00 (nothing when it
    /// carried none): true when it completes the exchange, false (lastError() says why) when the
    /// server did not prove what the method requires.
    virtual bool verifyFinal(const std::optional<QByteArray> &data) = 0;

    /// Why the last respond() or verifyFinal() refused; null after success.
    MqttError lastError() const { return m_lastError; }

protected:
    /// For implementations: say why respond() or verifyFinal() refused.
    void setLastError(const MqttError &error) { m_lastError = error; }

private:
    Q_DISABLE_COPY_MOVE(MqttAuthenticator)
    MqttError m_lastError;
};

} // namespace OhMqtt
