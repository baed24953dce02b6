// Helpers both transport suites share.
#include "transporttesting.h"

#include "support/testcertificates.h"

#include <QtCore/qcoreapplication.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtTest/qtest.h>

namespace OhMqttTest {

const QList<NamedListener> &allListeners()
{
    static const QList<NamedListener> listeners {{"mqtt", Listener::Tcp},
                                                 {"mqtts", Listener::Tls},
                                                 {"ws", Listener::WebSocket},
                                                 {"wss", Listener::SecureWebSocket},
                                                 {"unix", Listener::Unix}};
    return listeners;
}

bool isTls(Listener listener)
{
    return listener == Listener::Tls || listener == Listener::SecureWebSocket;
}

void addListenerVersionRows()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<OhMqtt::ProtocolVersion>("version");
    for (const auto &[name, listener] : allListeners()) {
        QTest::addRow("%s 5.0", name) << listener << OhMqtt::ProtocolVersion::V5;
        QTest::addRow("%s 3.1.1", name) << listener << OhMqtt::ProtocolVersion::V311;
    }
}

QString uniqueClientId(const QString &suite)
{
    static int counter = 0;
    return QStringLiteral("ohmqtt-%1-%2-%3")
        .arg(suite)
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

QSslConfiguration trustingOnly(const QString &caPath)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caPath));
    return configuration;
}

bool TestBrokers::start(QString *error)
{
    const TestCertificates &certificates = TestCertificates::get();
    if (!certificates.isValid()) {
        *error = certificates.error;
        return false;
    }
    MosquittoBroker::Options options;
    options.tls = options.webSocket = options.secureWebSocket = options.unixSocket = true;
    all = std::make_unique<MosquittoBroker>(options);

    MosquittoBroker::Options otherHostOptions;
    otherHostOptions.tcp = false;
    otherHostOptions.tls = otherHostOptions.secureWebSocket = true;
    otherHostOptions.serverCertificate = MosquittoBroker::ServerCertificate::OtherHost;
    otherHost = std::make_unique<MosquittoBroker>(otherHostOptions);
    return all->start(error) && otherHost->start(error);
}

} // namespace OhMqttTest
