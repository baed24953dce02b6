// MqttScramAuthenticator: the SCRAM-SHA-256 client messages and proofs of RFC 5802 / RFC 7677.
#include <OhMqtt/mqttscramauthenticator.h>

#include <QtCore/qcryptographichash.h>
#include <QtCore/qmessageauthenticationcode.h>
#include <QtCore/qrandom.h>
#include <QtNetwork/qpassworddigestor.h>

#include <array>
#include <variant>

namespace OhMqtt {

namespace {

constexpr QLatin1StringView Method("SCRAM-SHA-256");
constexpr int KeyLength = 32; // SHA-256 output
constexpr int NonceBytes = 18; // 24 base64 characters, no padding
// gs2-header "n,,": no channel binding, no authorization identity (RFC 5802 section 7)
constexpr QByteArrayView Gs2Header("n,,");

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray result(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        result[i] = char(a[i] ^ b.at(i));
    return result;
}

// Compares without an early exit, so the time taken does not tell how much of a guess was right.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

// RFC 5802 section 5.1: "=" and "," in a saslname are written "=3D" and "=2C".
QByteArray saslName(const QString &username)
{
    QByteArray name = username.toUtf8();
    name.replace("=", "=3D");
    name.replace(",", "=2C");
    return name;
}

QByteArray randomNonce()
{
    std::array<quint32, (NonceBytes + 3) / 4> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), NonceBytes).toBase64();
}

std::optional<QByteArray> strictBase64(QByteArrayView text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// "a=value,b=value,...": the attributes of a SCRAM message in order, or nothing when one is not
// a letter followed by "=" (RFC 5802 section 7, attr-val).
std::optional<QList<std::pair<char, QByteArray>>> attributes(const QByteArray &message)
{
    QList<std::pair<char, QByteArray>> result;
    for (const QByteArray &part : message.split(',')) {
        const char name = part.isEmpty() ? '\0' : part.at(0);
        const bool letter = (name >= 'a' && name <= 'z') || (name >= 'A' && name <= 'Z');
        if (!letter || part.size() < 2 || part.at(1) != '=')
            return std::nullopt;
        result.append({part.at(0), part.mid(2)});
    }
    return result;
}

MqttError badMessage(const QString &what)
{
    return MqttError(QStringLiteral("SCRAM-SHA-256: %1").arg(what),
                     ReasonCode::BadAuthenticationMethod);
}

MqttError notAuthorized(const QString &what)
{
    return MqttError(QStringLiteral("SCRAM-SHA-256: %1").arg(what), ReasonCode::NotAuthorized);
}

} // namespace

class MqttScramAuthenticatorPrivate
{
public:
    enum class Step { Idle, ClientFirstSent, ClientFinalSent, Done };

    // server-first-message: the combined nonce, the salt and the iteration count (RFC 5802 7)
    struct ServerFirst
    {
        QByteArray nonce;
        QByteArray salt;
        int iterations = 0;
    };

    std::variant<ServerFirst, MqttError> parseServerFirst(const QByteArray &message) const;
    void forgetExchange();

    QString username;
    QByteArray password;
    int minimumIterations = MqttScramAuthenticator::DefaultMinimumIterations;
    QByteArray fixedNonce;

    Step step = Step::Idle;
    QByteArray clientNonce;
    QByteArray clientFirstBare;
    QByteArray expectedServerSignature;
};

auto MqttScramAuthenticatorPrivate::parseServerFirst(const QByteArray &message) const
    -> std::variant<ServerFirst, MqttError>
{
    const auto parts = attributes(message);
    // [reserved-mext ","] nonce "," salt "," iteration-count ["," extensions]
    if (!parts || parts->size() < 3)
        return badMessage(QStringLiteral("the server-first-message is not r=...,s=...,i=..."));
    if (parts->at(0).first == 'm')
        return badMessage(QStringLiteral("the server asks for an unsupported mandatory extension"));
    if (parts->at(0).first != 'r' || parts->at(1).first != 's' || parts->at(2).first != 'i')
        return badMessage(QStringLiteral("the server-first-message is not r=...,s=...,i=..."));

    ServerFirst first;
    first.nonce = parts->at(0).second;
    // RFC 5802 section 5.1: the server's nonce starts with the client's and adds its own part.
    if (!first.nonce.startsWith(clientNonce) || first.nonce.size() == clientNonce.size())
        return notAuthorized(QStringLiteral("the server's nonce does not extend the client's"));
    const std::optional<QByteArray> salt = strictBase64(parts->at(1).second);
    if (!salt || salt->isEmpty())
        return badMessage(QStringLiteral("the salt is not base64"));
    first.salt = *salt;
    bool ok = false;
    const qlonglong iterations = parts->at(2).second.toLongLong(&ok);
    if (!ok || iterations < 1 || iterations > MqttScramAuthenticator::MaximumIterations)
        return badMessage(QStringLiteral("iteration count '%1' is out of range")
                              .arg(QString::fromLatin1(parts->at(2).second.left(16))));
    if (iterations < minimumIterations) {
        return notAuthorized(QStringLiteral("iteration count %1 is below the minimum of %2 "
                                            "(RFC 7677 section 4)")
                                 .arg(iterations)
                                 .arg(minimumIterations));
    }
    first.iterations = int(iterations);
    return first;
}

void MqttScramAuthenticatorPrivate::forgetExchange()
{
    step = Step::Idle;
    clientNonce.clear();
    clientFirstBare.clear();
    expectedServerSignature.fill('\0');
    expectedServerSignature.clear();
}

MqttScramAuthenticator::MqttScramAuthenticator(QString username, QByteArray password)
    : d(std::make_unique<MqttScramAuthenticatorPrivate>())
{
    d->username = std::move(username);
    d->password = std::move(password);
}

MqttScramAuthenticator::~MqttScramAuthenticator()
{
    d->password.fill('\0');
    d->forgetExchange();
}

QString MqttScramAuthenticator::method() const
{
    return Method;
}

QString MqttScramAuthenticator::username() const
{
    return d->username;
}

void MqttScramAuthenticator::setMinimumIterations(int iterations)
{
    d->minimumIterations = qMax(1, iterations);
}

int MqttScramAuthenticator::minimumIterations() const
{
    return d->minimumIterations;
}

void MqttScramAuthenticator::setClientNonceForTesting(const QByteArray &nonce)
{
    d->fixedNonce = nonce;
}

// client-first-message = gs2-header client-first-message-bare; bare = "n=" saslname ",r=" c-nonce
std::optional<QByteArray> MqttScramAuthenticator::initialData()
{
    d->forgetExchange();
    setLastError({});
    d->clientNonce = d->fixedNonce.isEmpty() ? randomNonce() : d->fixedNonce;
    d->clientFirstBare = "n=" + saslName(d->username) + ",r=" + d->clientNonce;
    d->step = MqttScramAuthenticatorPrivate::Step::ClientFirstSent;
    return Gs2Header.toByteArray() + d->clientFirstBare;
}

// server-first-message in, client-final-message = "c=biws,r=" nonce ",p=" ClientProof out
std::optional<QByteArray> MqttScramAuthenticator::respond(const AuthPacket &packet)
{
    const auto refuse = [this](const MqttError &error) -> std::optional<QByteArray> {
        d->forgetExchange();
        setLastError(error);
        return std::nullopt;
    };
    if (d->step != MqttScramAuthenticatorPrivate::Step::ClientFirstSent)
        return refuse(badMessage(QStringLiteral("AUTH 0x18 from the server where SCRAM expects no "
                                                "further challenge")));
    const std::optional<QByteArray> serverFirst = packet.properties.authenticationData();
    if (!serverFirst)
        return refuse(badMessage(QStringLiteral("AUTH 0x18 without a server-first-message")));
    auto parsed = d->parseServerFirst(*serverFirst);
    if (const auto *error = std::get_if<MqttError>(&parsed))
        return refuse(*error);
    const auto &first = std::get<MqttScramAuthenticatorPrivate::ServerFirst>(parsed);

    const QByteArray withoutProof = "c=" + Gs2Header.toByteArray().toBase64() + ",r=" + first.nonce;
    const QByteArray authMessage = d->clientFirstBare + ',' + *serverFirst + ',' + withoutProof;
    QByteArray salted = saltedPassword(d->password, first.salt, first.iterations);
    const QByteArray proof = clientProof(salted, authMessage);
    d->expectedServerSignature = serverSignature(salted, authMessage);
    salted.fill('\0');
    d->step = MqttScramAuthenticatorPrivate::Step::ClientFinalSent;
    setLastError({});
    return withoutProof + ",p=" + proof.toBase64();
}

// server-final-message = "e=" server-error-value / "v=" base64(ServerSignature)
bool MqttScramAuthenticator::verifyFinal(const std::optional<QByteArray> &data)
{
    const auto refuse = [this](const MqttError &error) {
        d->forgetExchange();
        setLastError(error);
        return false;
    };
    if (d->step != MqttScramAuthenticatorPrivate::Step::ClientFinalSent)
        return refuse(notAuthorized(QStringLiteral("the server accepted before the exchange was "
                                                   "complete, so it never proved it knows the "
                                                   "password")));
    if (!data)
        return refuse(notAuthorized(QStringLiteral("no server-final-message: the server did not "
                                                   "prove it knows the password")));
    const auto parts = attributes(*data);
    if (!parts || parts->isEmpty())
        return refuse(badMessage(QStringLiteral("the server-final-message is not v=... or e=...")));
    const auto &[name, value] = parts->first();
    if (name == 'e') {
        return refuse(notAuthorized(QStringLiteral("the server reports the error '%1'")
                                        .arg(QString::fromUtf8(value.left(64)))));
    }
    if (name != 'v')
        return refuse(badMessage(QStringLiteral("the server-final-message is not v=... or e=...")));
    const std::optional<QByteArray> signature = strictBase64(value);
    if (!signature || !equalInConstantTime(*signature, d->expectedServerSignature)) {
        return refuse(notAuthorized(QStringLiteral("the server signature is wrong: the server "
                                                   "does not know the password")));
    }
    d->forgetExchange();
    d->step = MqttScramAuthenticatorPrivate::Step::Done;
    setLastError({});
    return true;
}

// SaltedPassword = Hi(password, salt, i), which is PBKDF2 with HMAC-SHA-256 (RFC 5802 section 2.2)
QByteArray MqttScramAuthenticator::saltedPassword(const QByteArray &password,
                                                  const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                              iterations, KeyLength);
}

// ClientProof = ClientKey XOR HMAC(H(ClientKey), AuthMessage), ClientKey = HMAC(SP, "Client Key")
QByteArray MqttScramAuthenticator::clientProof(const QByteArray &saltedPassword,
                                               const QByteArray &authMessage)
{
    const QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    return xorBytes(clientKey, hmac(storedKey, authMessage));
}

// ServerSignature = HMAC(HMAC(SaltedPassword, "Server Key"), AuthMessage)
QByteArray MqttScramAuthenticator::serverSignature(const QByteArray &saltedPassword,
                                                   const QByteArray &authMessage)
{
    return hmac(hmac(saltedPassword, QByteArrayLiteral("Server Key")), authMessage);
}

} // namespace OhMqtt
