// ohmqtt over TLS, WebSocket, secure WebSocket and Unix sockets against mosquitto; TLS refusals.
#include "cli/brokerlog.h"
#include "cli/toolprocess.h"
#include "support/mosquittobroker.h"
#include "support/openssl.h"
#include "support/testcertificates.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qtcpserver.h>
#include <QtTest/QTest>

#include <memory>

using namespace OhMqttTest;
using namespace Qt::StringLiterals;
using Listener = MosquittoBroker::Listener;

namespace {

const QString Tool = QStringLiteral(OHMQTT_TOOL);

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class tst_Transports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTrip_data();
    void roundTrip();
    void refusedCertificates_data();
    void refusedCertificates();
    void insecureAcceptsHostNameMismatch();
    void clientCertificate_data();
    void clientCertificate();

private:
    QString unique(const QString &stem) { return u"%1-%2"_s.arg(stem).arg(++m_counter); }
    // `arguments` with "%T" replaced by `topic` and "%<listener>" by the listener's port.
    QStringList expand(QStringList arguments, const QString &topic) const;

    std::unique_ptr<MosquittoBroker> m_broker; // every listener, the Loopback certificate
    std::unique_ptr<MosquittoBroker> m_otherHost; // TLS with a certificate for another name
    std::unique_ptr<QTemporaryDir> m_dir; // a --capath directory; client certificates
    QString m_ca;
    int m_counter = 0;
};

void tst_Transports::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    if (!TestCertificates::get().isValid())
        QSKIP(qPrintable(TestCertificates::get().error));
    m_ca = MosquittoBroker::caCertificatePath();

    MosquittoBroker::Options every;
    every.tls = every.webSocket = every.secureWebSocket = every.unixSocket = true;
    m_broker = std::make_unique<MosquittoBroker>(every);
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));

    MosquittoBroker::Options other;
    other.tls = true;
    other.serverCertificate = MosquittoBroker::ServerCertificate::OtherHost;
    m_otherHost = std::make_unique<MosquittoBroker>(other);
    QVERIFY2(m_otherHost->start(&error), qPrintable(error));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"capath"_s));
    QVERIFY(QFile::copy(m_ca, m_dir->filePath(u"capath/test-ca.crt"_s)));
}

void tst_Transports::cleanupTestCase()
{
    m_broker.reset();
    m_otherHost.reset();
}

QStringList tst_Transports::expand(QStringList arguments, const QString &topic) const
{
    const std::pair<const char *, Listener> ports[] = {
        {"%tcp", Listener::Tcp},
        {"%tls", Listener::Tls},
        {"%wss", Listener::SecureWebSocket}, // before %ws, which it starts with
        {"%ws", Listener::WebSocket},
    };
    for (QString &argument : arguments) {
        argument.replace(u"%T"_s, topic);
        argument.replace(u"%unix"_s, m_broker->unixSocketPath());
        argument.replace(u"%capath"_s, m_dir->filePath(u"capath"_s)); // before %ca
        argument.replace(u"%ca"_s, m_ca);
        for (const auto &[name, listener] : ports)
            argument.replace(QLatin1String(name), QString::number(m_broker->port(listener)));
    }
    return arguments;
}

void tst_Transports::roundTrip_data()
{
    QTest::addColumn<QStringList>("sub"); // where and how: %T is the topic, %<listener> a port
    QTest::addColumn<QStringList>("pub");

    const QStringList tls {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, u"%tls"_s, u"-t"_s, u"%T"_s};
    // The example: sub over secure WebSocket, pub over TLS, both trusting a test CA.
    QTest::newRow("wss and mqtts URLs")
        << QStringList {u"--url"_s, u"wss://127.0.0.1:%wss/%T"_s, u"--cafile"_s, u"%ca"_s}
        << QStringList {u"--url"_s, u"mqtts://127.0.0.1:%tls/%T"_s, u"--cafile"_s, u"%ca"_s};
    QTest::newRow("-h -p --cafile means TLS") << tls + QStringList {u"--cafile"_s, u"%ca"_s}
                                              << tls + QStringList {u"--cafile"_s, u"%ca"_s};
    QTest::newRow("--capath") << tls + QStringList {u"--capath"_s, u"%capath"_s}
                              << tls + QStringList {u"--capath"_s, u"%capath"_s};
    QTest::newRow("TLS 1.3 and 1.2")
        << tls + QStringList {u"--cafile"_s, u"%ca"_s, u"--tls-version"_s, u"tlsv1.3"_s}
        << tls + QStringList {u"--cafile"_s, u"%ca"_s, u"--tls-version"_s, u"tlsv1.2"_s};
    QTest::newRow("MQTT 3.1.1 over TLS")
        << tls + QStringList {u"--cafile"_s, u"%ca"_s, u"-V"_s, u"311"_s}
        << tls + QStringList {u"--cafile"_s, u"%ca"_s, u"-V"_s, u"311"_s};
    QTest::newRow("ws URL") << QStringList {u"-L"_s, u"ws://127.0.0.1:%ws/%T"_s}
                            << QStringList {u"-L"_s, u"ws://127.0.0.1:%ws/%T"_s};
    QTest::newRow("MQTT 3.1.1 over wss")
        << QStringList {u"-V"_s,       u"311"_s, u"-L"_s, u"wss://127.0.0.1:%wss/%T"_s,
                        u"--cafile"_s, u"%ca"_s}
        << QStringList {u"-L"_s, u"ws://127.0.0.1:%ws/%T"_s, u"-V"_s, u"311"_s};
    QTest::newRow("--unix") << QStringList {u"--unix"_s, u"%unix"_s, u"-t"_s, u"%T"_s}
                            << QStringList {u"--unix"_s, u"%unix"_s, u"-t"_s, u"%T"_s};
    QTest::newRow("unix sub, tcp pub")
        << QStringList {u"--unix"_s, u"%unix"_s, u"-t"_s, u"%T"_s}
        << QStringList {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, u"%tcp"_s, u"-t"_s, u"%T"_s};
}

void tst_Transports::roundTrip()
{
    QFETCH(QStringList, sub);
    QFETCH(QStringList, pub);
    const QString topic = unique(u"cli/transport"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess subscriber(
        Tool, QStringList {u"sub"_s, u"-i"_s, id, u"-C"_s, u"1"_s, u"-v"_s} + expand(sub, topic));
    const QString notReady = startSubscribed(subscriber, *m_broker, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult published =
        runTool(Tool, QStringList {u"pub"_s, u"-m"_s, u"over the wire"_s} + expand(pub, topic));
    QVERIFY2(published.succeeded(), qPrintable(failure(published, *m_broker)));
    const ToolResult received = subscriber.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received, *m_broker)));
    QCOMPARE(received.out, topic.toUtf8() + " over the wire\n");
}

void tst_Transports::refusedCertificates_data()
{
    QTest::addColumn<bool>("otherHost"); // against m_otherHost, else m_broker's TLS listener
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason"); // part of Qt's reason

    const TestCertificates &certificates = TestCertificates::get();
    QTest::newRow("wrong CA") << false
                              << QStringList {u"--cafile"_s, certificates.wrongCaCertificate}
                              << u"certificate"_s;
    // mosquitto: mqtts:// without --cafile trusts only the system's CAs.
    QTest::newRow("system CAs only") << false << QStringList {} << u"certificate"_s;
    QTest::newRow("host name mismatch")
        << true << QStringList {u"--cafile"_s, m_ca} << u"host name"_s;
}

void tst_Transports::refusedCertificates()
{
    QFETCH(bool, otherHost);
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    const MosquittoBroker &broker = otherHost ? *m_otherHost : *m_broker;
    const QString url = broker.url(Listener::Tls) + u"/cli/refused"_s;
    const ToolResult result =
        runTool(Tool, QStringList {u"pub"_s, u"-L"_s, url, u"-m"_s, u"x"_s} + options);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit,
             qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("ohmqtt: "), qPrintable(result.describe()));
    const QByteArray where = "127.0.0.1:" + QByteArray::number(broker.port(Listener::Tls));
    QVERIFY2(result.err.contains(where), qPrintable(result.describe()));
    QVERIFY2(result.err.toLower().contains(reason.toUtf8()), qPrintable(result.describe()));
}

// As mosquitto's --insecure: the chain is still verified, only the name may differ.
void tst_Transports::insecureAcceptsHostNameMismatch()
{
    const QString url = m_otherHost->url(Listener::Tls) + u"/cli/insecure"_s;
    const ToolResult accepted = runTool(
        Tool, {u"pub"_s, u"-L"_s, url, u"-m"_s, u"x"_s, u"--cafile"_s, m_ca, u"--insecure"_s});
    QVERIFY2(accepted.succeeded(), qPrintable(failure(accepted, *m_otherHost)));

    const ToolResult wrongCa =
        runTool(Tool,
                {u"pub"_s, u"-L"_s, url, u"-m"_s, u"x"_s, u"--cafile"_s,
                 TestCertificates::get().wrongCaCertificate, u"--insecure"_s});
    QCOMPARE(wrongCa.exitCode, 1);
}

void tst_Transports::clientCertificate_data()
{
    QTest::addColumn<QString>("client"); // a certificate made below, or empty for none
    QTest::addColumn<bool>("accepted");
    QTest::newRow("EC key") << u"ec-client"_s << true;
    QTest::newRow("RSA key") << u"rsa-client"_s << true;
    QTest::newRow("no certificate") << QString() << false;
}

// A listener that requires a client certificate from its own CA and takes the certificate's
// name as the user name: the log shows which certificate arrived.
void tst_Transports::clientCertificate()
{
    QFETCH(QString, client);
    QFETCH(bool, accepted);
    const QString dir = m_dir->path();
    QString error;
    if (!QFile::exists(m_dir->filePath(u"client-ca.crt"_s))) {
        const bool made = makeCertificate(dir, u"client-ca"_s, u"ec"_s, {}, &error) &&
            makeCertificate(dir, u"ec-client"_s, u"ec"_s, u"client-ca"_s, &error) &&
            makeCertificate(dir, u"rsa-client"_s, u"rsa"_s, u"client-ca"_s, &error);
        QVERIFY2(made, qPrintable(error));
    }
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const TestCertificates &certificates = TestCertificates::get();
    MosquittoBroker::Options options;
    options.extraConfig << QString() << u"listener %1 127.0.0.1"_s.arg(port)
                        << u"cafile %1"_s.arg(m_dir->filePath(u"client-ca.crt"_s))
                        << u"certfile %1"_s.arg(certificates.serverCertificate)
                        << u"keyfile %1"_s.arg(certificates.serverKey)
                        << u"require_certificate true"_s << u"use_identity_as_username true"_s;
    MosquittoBroker broker(options);
    QVERIFY2(broker.start(&error), qPrintable(error));
    QVERIFY2(logShows(broker, u"Opening ipv4 listen socket on port %1."_s.arg(port)),
             qPrintable(broker.logText()));

    const QString id = unique(u"certified"_s);
    QStringList arguments {u"pub"_s,
                           u"-h"_s,
                           u"127.0.0.1"_s,
                           u"-p"_s,
                           QString::number(port),
                           u"--cafile"_s,
                           m_ca,
                           u"-t"_s,
                           u"cli/certified"_s,
                           u"-m"_s,
                           u"x"_s,
                           u"-i"_s,
                           id};
    if (!client.isEmpty())
        arguments << u"--cert"_s << m_dir->filePath(client + u".crt"_s) << u"--key"_s
                  << m_dir->filePath(client + u".key"_s);
    const ToolResult result = runTool(Tool, arguments);
    if (!accepted) {
        QVERIFY2(result.finished && result.exitCode == 1, qPrintable(failure(result, broker)));
        return;
    }
    QVERIFY2(result.succeeded(), qPrintable(failure(result, broker)));
    QVERIFY2(logShows(broker, u" as %1 "_s.arg(id)), qPrintable(broker.logText()));
    QVERIFY2(logShows(broker, u"u'%1'"_s.arg(client)), qPrintable(broker.logText()));
}

QTEST_GUILESS_MAIN(tst_Transports)
#include "tst_transports.moc"
