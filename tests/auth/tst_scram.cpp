// MqttScramAuthenticator: the RFC 7677 test vector, and every way a server's message is refused.
#include "auth/tests.h"

#include <OhMqtt/mqttscramauthenticator.h>

#include <QtTest/qtest.h>

using namespace OhMqtt;

namespace {

// RFC 7677 section 3: SCRAM-SHA-256 for user "user", password "pencil".
const QByteArray ClientNonce = "rOprNGfwEbeRWgbNEkqO";
const QByteArray ClientFirst = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
const QByteArray ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                               "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                               "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

AuthPacket challenge(const QByteArray &data)
{
    AuthPacket auth;
    auth.reasonCode = ReasonCode::ContinueAuthentication;
    auth.properties.setAuthenticationMethod(QStringLiteral("SCRAM-SHA-256"));
    auth.properties.setAuthenticationData(data);
    return auth;
}

std::unique_ptr<MqttScramAuthenticator> rfcAuthenticator()
{
    auto scram = std::make_unique<MqttScramAuthenticator>(QStringLiteral("user"), "pencil");
    scram->setClientNonceForTesting(ClientNonce);
    return scram;
}

} // namespace

class tst_Scram : public QObject
{
    Q_OBJECT

private slots:
    void rfc7677Exchange();
    void rfc7677Computation();
    void usernameIsEscaped();
    void clientNonceIsFreshAndPrintable();
    void serverFinalIsRefused_data();
    void serverFinalIsRefused();
    void serverFirstIsRefused_data();
    void serverFirstIsRefused();
    void messagesOutOfTurnAreRefused();
    void newExchangeAfterFailure();
    void errorsNeverShowThePassword();
};

void tst_Scram::rfc7677Exchange()
{
    const auto scram = rfcAuthenticator();
    QCOMPARE(scram->method(), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(scram->initialData(), ClientFirst);
    QCOMPARE(scram->respond(challenge(ServerFirst)), ClientFinal);
    QVERIFY2(scram->verifyFinal(ServerFinal), qPrintable(scram->lastError().message()));
    QVERIFY(scram->lastError().isNull());
}

// The pure functions, step by step against the same vector.
void tst_Scram::rfc7677Computation()
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QByteArray salted = MqttScramAuthenticator::saltedPassword("pencil", salt, 4096);
    QCOMPARE(salted.size(), 32);
    const QByteArray authMessage = "n=user,r=rOprNGfwEbeRWgbNEkqO," + ServerFirst +
        ",c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    QCOMPARE(MqttScramAuthenticator::clientProof(salted, authMessage).toBase64(),
             QByteArray("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    QCOMPARE(MqttScramAuthenticator::serverSignature(salted, authMessage).toBase64(),
             QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
}

// RFC 5802 section 5.1: "=" becomes "=3D" and "," becomes "=2C" in the saslname.
void tst_Scram::usernameIsEscaped()
{
    MqttScramAuthenticator scram(QStringLiteral("a=b,c"), "pw");
    scram.setClientNonceForTesting("nonce");
    QCOMPARE(scram.initialData(), QByteArray("n,,n=a=3Db=2Cc,r=nonce"));
}

void tst_Scram::clientNonceIsFreshAndPrintable()
{
    MqttScramAuthenticator scram(QStringLiteral("user"), "pencil");
    const QByteArray first = scram.initialData().value_or(QByteArray());
    const QByteArray second = scram.initialData().value_or(QByteArray());
    QVERIFY(first.startsWith("n,,n=user,r="));
    QVERIFY(first != second);
    const QByteArray nonce = first.mid(first.indexOf(",r=") + 3);
    QCOMPARE(nonce.size(), 24);
    for (const char c : nonce) // printable, no "," (RFC 5802 section 7, c-nonce)
        QVERIFY(c >= 0x21 && c <= 0x7e && c != ',');
}

void tst_Scram::serverFinalIsRefused_data()
{
    QTest::addColumn<std::optional<QByteArray>>("final");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QString>("says");
    const auto data = [](const char *text) { return std::optional<QByteArray>(text); };
    QTest::newRow("wrong signature")
        << data("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") << ReasonCode::NotAuthorized
        << QStringLiteral("server signature is wrong");
    QTest::newRow("truncated signature")
        << data("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5n") << ReasonCode::NotAuthorized
        << QStringLiteral("server signature is wrong");
    QTest::newRow("server error") << data("e=invalid-proof") << ReasonCode::NotAuthorized
                                  << QStringLiteral("'invalid-proof'");
    QTest::newRow("no server-final-message")
        << std::optional<QByteArray>() << ReasonCode::NotAuthorized
        << QStringLiteral("no server-final-message");
    QTest::newRow("not SCRAM") << data("hello") << ReasonCode::BadAuthenticationMethod
                               << QStringLiteral("not v=... or e=...");
    QTest::newRow("signature not base64") << data("v=!!!!") << ReasonCode::NotAuthorized
                                          << QStringLiteral("server signature is wrong");
}

void tst_Scram::serverFinalIsRefused()
{
    QFETCH(std::optional<QByteArray>, final);
    QFETCH(ReasonCode, code);
    QFETCH(QString, says);
    const auto scram = rfcAuthenticator();
    scram->initialData();
    QVERIFY(scram->respond(challenge(ServerFirst)));
    QVERIFY(!scram->verifyFinal(final));
    QCOMPARE(scram->lastError().reasonCode(), code);
    QVERIFY2(scram->lastError().message().contains(says), qPrintable(scram->lastError().message()));
}

void tst_Scram::serverFirstIsRefused_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<ReasonCode>("code");
    const QByteArray nonce = "r=rOprNGfwEbeRWgbNEkqOserver";
    QTest::newRow("empty") << QByteArray() << ReasonCode::BadAuthenticationMethod;
    QTest::newRow("no salt") << nonce + ",i=4096" << ReasonCode::BadAuthenticationMethod;
    QTest::newRow("attributes out of order")
        << "s=W22ZaJ0SNY7soEsUEjb6gQ==," + nonce + ",i=4096" << ReasonCode::BadAuthenticationMethod;
    QTest::newRow("salt not base64")
        << nonce + ",s=*,i=4096" << ReasonCode::BadAuthenticationMethod;
    QTest::newRow("iterations not a number")
        << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=many" << ReasonCode::BadAuthenticationMethod;
    QTest::newRow("iterations zero")
        << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=0" << ReasonCode::BadAuthenticationMethod;
    QTest::newRow("iterations a stall")
        << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=999999999" << ReasonCode::BadAuthenticationMethod;
    // RFC 7677 section 4: at least 4096 iterations
    QTest::newRow("iterations too few")
        << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1024" << ReasonCode::NotAuthorized;
    QTest::newRow("mandatory extension") << "m=ext," + nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
                                         << ReasonCode::BadAuthenticationMethod;
    // RFC 5802 section 5.1: the server's nonce starts with the client's and adds to it
    QTest::newRow("another nonce")
        << QByteArray("r=somethingElse,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << ReasonCode::NotAuthorized;
    QTest::newRow("nonce not extended")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << ReasonCode::NotAuthorized;
}

void tst_Scram::serverFirstIsRefused()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(ReasonCode, code);
    const auto scram = rfcAuthenticator();
    scram->initialData();
    QCOMPARE(scram->respond(challenge(serverFirst)), std::nullopt);
    QCOMPARE(scram->lastError().reasonCode(), code);
    QVERIFY(scram->lastError().message().startsWith(u"SCRAM-SHA-256: "));
}

void tst_Scram::messagesOutOfTurnAreRefused()
{
    const auto scram = rfcAuthenticator();
    // A server that accepts before it has proved anything
    scram->initialData();
    QVERIFY(!scram->verifyFinal(ServerFinal));
    QCOMPARE(scram->lastError().reasonCode(), ReasonCode::NotAuthorized);
    // A second challenge after client-final
    scram->initialData();
    QVERIFY(scram->respond(challenge(ServerFirst)));
    QCOMPARE(scram->respond(challenge(ServerFirst)), std::nullopt);
    QCOMPARE(scram->lastError().reasonCode(), ReasonCode::BadAuthenticationMethod);
    // A challenge without data
    scram->initialData();
    AuthPacket empty;
    empty.reasonCode = ReasonCode::ContinueAuthentication;
    QCOMPARE(scram->respond(empty), std::nullopt);
}

// initialData() starts over, as a reconnect or a re-authentication does.
void tst_Scram::newExchangeAfterFailure()
{
    const auto scram = rfcAuthenticator();
    scram->initialData();
    QCOMPARE(scram->respond(challenge("garbage")), std::nullopt);
    QCOMPARE(scram->initialData(), ClientFirst);
    QCOMPARE(scram->respond(challenge(ServerFirst)), ClientFinal);
    QVERIFY(scram->verifyFinal(ServerFinal));
}

void tst_Scram::errorsNeverShowThePassword()
{
    const QByteArray password = "pencil-secret-9f";
    MqttScramAuthenticator scram(QStringLiteral("user"), password);
    scram.setClientNonceForTesting(ClientNonce);
    scram.initialData();
    QVERIFY(scram.respond(challenge(ServerFirst)));
    QVERIFY(!scram.verifyFinal(ServerFinal)); // the vector's signature is for "pencil"
    QVERIFY(!scram.lastError().message().contains(QString::fromLatin1(password)));
}

int runScramTests(int argc, char **argv)
{
    tst_Scram test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scram.moc"
