// ScramServer: a server's side of SCRAM-SHA-256, written apart from the library's client side.
#pragma once

#include <QtCore/qbytearray.h>

#include <optional>

namespace OhMqttTest {

// Keeps what a server stores for one user — salt, iteration count, StoredKey, ServerKey — never
// the password, and checks one exchange at a time. Deliberately shares no code with
// MqttScramAuthenticator, so that the two sides check each other.
class ScramServer
{
public:
    ScramServer(const QByteArray &username, const QByteArray &password, int iterations = 4096);

    // client-first-message in, server-first-message out; nothing when it is not SCRAM or names
    // another user.
    std::optional<QByteArray> first(const QByteArray &clientFirst);
    // client-final-message in: true when its proof shows the password.
    bool verify(const QByteArray &clientFinal);
    // server-final-message "v=..." of the exchange verify() accepted.
    QByteArray serverFinal() const { return "v=" + m_serverSignature.toBase64(); }

    // Replaces the stored credentials, as when a password changes on the server.
    void setPassword(const QByteArray &password);
    int exchangesVerified() const { return m_verified; }

private:
    QByteArray m_username;
    QByteArray m_salt;
    int m_iterations;
    QByteArray m_storedKey;
    QByteArray m_serverKey;

    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QByteArray m_nonce;
    QByteArray m_serverSignature;
    int m_verified = 0;
};

} // namespace OhMqttTest
