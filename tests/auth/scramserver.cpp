// ScramServer: SCRAM-SHA-256 verification as a server does it, from StoredKey and ServerKey.
#include "auth/scramserver.h"

#include <QtCore/qcryptographichash.h>
#include <QtCore/qlist.h>
#include <QtCore/qmessageauthenticationcode.h>
#include <QtCore/qrandom.h>
#include <QtNetwork/qpassworddigestor.h>

namespace OhMqttTest {

namespace {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(data);
    return mac.result();
}

QByteArray randomBase64(int bytes)
{
    QByteArray raw;
    for (int i = 0; i < bytes; ++i)
        raw.append(char(QRandomGenerator::global()->bounded(256)));
    return raw.toBase64();
}

// The value of "<name>=" in a comma-separated SCRAM message, or nothing.
std::optional<QByteArray> field(const QByteArray &message, char name)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part[0] == name && part[1] == '=')
            return part.mid(2);
    }
    return std::nullopt;
}

} // namespace

ScramServer::ScramServer(const QByteArray &username, const QByteArray &password, int iterations)
    : m_username(username)
    , m_salt(QByteArray::fromBase64(randomBase64(16)))
    , m_iterations(iterations)
{
    setPassword(password);
}

void ScramServer::setPassword(const QByteArray &password)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password, m_salt, m_iterations, 32);
    m_storedKey =
        QCryptographicHash::hash(hmacSha256(salted, "Client Key"), QCryptographicHash::Sha256);
    m_serverKey = hmacSha256(salted, "Server Key");
}

std::optional<QByteArray> ScramServer::first(const QByteArray &clientFirst)
{
    if (!clientFirst.startsWith("n,,"))
        return std::nullopt;
    m_clientFirstBare = clientFirst.mid(3);
    const auto user = field(m_clientFirstBare, 'n');
    const auto clientNonce = field(m_clientFirstBare, 'r');
    if (!user || *user != m_username || !clientNonce || clientNonce->isEmpty())
        return std::nullopt;
    m_nonce = *clientNonce + randomBase64(12);
    m_serverFirst =
        "r=" + m_nonce + ",s=" + m_salt.toBase64() + ",i=" + QByteArray::number(m_iterations);
    return m_serverFirst;
}

bool ScramServer::verify(const QByteArray &clientFinal)
{
    const qsizetype proofAt = clientFinal.lastIndexOf(",p=");
    if (proofAt < 0)
        return false;
    const QByteArray withoutProof = clientFinal.left(proofAt);
    if (field(withoutProof, 'c') != QByteArray("biws") || field(withoutProof, 'r') != m_nonce)
        return false;
    const QByteArray proof = QByteArray::fromBase64(clientFinal.mid(proofAt + 3));
    const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = hmacSha256(m_storedKey, authMessage);
    if (proof.size() != clientSignature.size())
        return false;
    QByteArray clientKey(proof.size(), '\0');
    for (qsizetype i = 0; i < proof.size(); ++i)
        clientKey[i] = char(proof[i] ^ clientSignature[i]);
    if (QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256) != m_storedKey)
        return false;
    m_serverSignature = hmacSha256(m_serverKey, authMessage);
    ++m_verified;
    return true;
}

} // namespace OhMqttTest
