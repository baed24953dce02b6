// MqttScramAuthenticator: SCRAM-SHA-256 (RFC 5802, RFC 7677) as an MQTT 5.0 Authentication Method.
#pragma once

#include <OhMqtt/mqttauthenticator.h>

#include <memory>

namespace OhMqtt {

class MqttScramAuthenticatorPrivate;

/// The client side of SCRAM-SHA-256 without channel binding (gs2 header "n,,"):
///   CONNECT   Authentication Data = client-first-message   (initialData)
///   AUTH 0x18 server-first-message  ->  AUTH 0x18 client-final-message   (respond)
///   CONNACK 0x00 or AUTH 0x00 with server-final-message "v=..."   (verifyFinal)
/// The server must prove that it knows the password too: a missing or wrong server signature
/// fails with NotAuthorized, as does a server-final "e=..." error; a message that is not SCRAM
/// fails with BadAuthenticationMethod. The password and every derived key stay in memory only.
///
/// The user name is escaped as RFC 5802 asks ("=" as "=3D", "," as "=2C") but not normalised with
/// SASLprep: give it, and the password, in the form the server stores.
class OHMQTT_EXPORT MqttScramAuthenticator : public MqttAuthenticator
{
public:
    ///@{
    /// RFC 7677 section 4: the iteration count SHOULD be at least 4096. Fewer is refused unless
    /// setMinimumIterations() allows it; more than MaximumIterations is refused as a stall.
    static constexpr int DefaultMinimumIterations = 4096;
    static constexpr int MaximumIterations = 1'000'000;
    ///@}

    /// Authenticates as `username` with `password` (both as the server stores them).
    MqttScramAuthenticator(QString username, QByteArray password);
    ~MqttScramAuthenticator() override;

    QString method() const override; ///< "SCRAM-SHA-256"
    std::optional<QByteArray> initialData() override;
    std::optional<QByteArray> respond(const AuthPacket &packet) override;
    bool verifyFinal(const std::optional<QByteArray> &data) override;

    QString username() const; ///< as given
    ///@{
    /// The fewest PBKDF2 iterations accepted from the server; DefaultMinimumIterations unless set.
    void setMinimumIterations(int iterations);
    int minimumIterations() const;
    ///@}

    /// Fixes the client nonce of every following exchange instead of drawing a random one: for
    /// test vectors only, since a repeated nonce lets a recorded exchange be replayed.
    void setClientNonceForTesting(const QByteArray &nonce);

    ///@{
    /// The messages of the SCRAM exchange as pure functions, for tests and other transports.
    /// `authMessage` is client-first-message-bare + "," + server-first-message + "," +
    /// client-final-message-without-proof (RFC 5802 section 3).
    static QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt,
                                     int iterations);
    static QByteArray clientProof(const QByteArray &saltedPassword, const QByteArray &authMessage);
    static QByteArray serverSignature(const QByteArray &saltedPassword,
                                      const QByteArray &authMessage);
    ///@}

private:
    Q_DISABLE_COPY_MOVE(MqttScramAuthenticator)
    std::unique_ptr<MqttScramAuthenticatorPrivate> d;
};

} // namespace OhMqtt
