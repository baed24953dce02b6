// Profiles connect to a real mosquitto: every transport, TLS trust (CA file, insecure, server
// name, client certificate), credentials, and a will that arrives with its properties.
#include "connection/connectiondialog.h"
#include "connection/memorysecretstore.h"
#include "connection/passwordvault.h"
#include "connection/profilestore.h"
#include "connection/settingssecretstore.h"
#include "support/clienttesting.h"
#include "support/mosquittobroker.h"
#include "support/openssl.h"
#include "support/testcertificates.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qtcpserver.h>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;
using Listener = MosquittoBroker::Listener;
Q_DECLARE_METATYPE(OhMqttTest::MosquittoBroker::Listener)

namespace {

constexpr int WaitMs = 10'000;

ConnectionProfile profileFor(const QString &address)
{
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.name = u"Test broker"_s;
    profile.address = address;
    profile.reconnectDelay = 0; // a failed attempt fails the test at once
    profile.connectTimeout = 10;
    return profile;
}

// Options from the profile, then a client connected with them: true once CONNACK accepted.
bool connects(const ConnectionProfile &profile, QString *why)
{
    QString error;
    const std::optional<MqttConnectOptions> options = profile.toConnectOptions(&error);
    if (!options) {
        *why = u"the profile: "_s + error;
        return false;
    }
    MqttClient client;
    if (!client.connectToBroker(*options) || !client.waitForConnected(WaitMs)) {
        *why = client.lastError().message();
        return false;
    }
    client.disconnectFromBroker();
    client.waitForDisconnected(WaitMs);
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class tst_ConnectionBroker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void connectsOverEachTransport_data();
    void connectsOverEachTransport();
    void caFileDecidesTrust();
    void insecureSkipsVerification();
    void serverNameMatchesTheCertificate();
    void clientCertificateIsPresented();
    void credentialsReachTheBroker();
    void willArrivesWithItsProperties();
    void dialogConnectGivesWorkingOptions();

private:
    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConnectionBroker::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    QVERIFY2(TestCertificates::get().isValid(), qPrintable(TestCertificates::get().error));
    MosquittoBroker::Options options;
    options.tls = true;
    options.webSocket = true;
    options.secureWebSocket = true;
    options.unixSocket = true;
    m_broker = std::make_unique<MosquittoBroker>(options);
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ConnectionBroker::connectsOverEachTransport_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<ProtocolVersion>("version");
    const QList<std::pair<const char *, Listener>> listeners {
        {"TCP", Listener::Tcp},
        {"TLS with a CA file", Listener::Tls},
        {"WebSocket", Listener::WebSocket},
        {"WebSocket over TLS with a CA file", Listener::SecureWebSocket},
        {"Unix socket", Listener::Unix}};
    for (const auto &[name, listener] : listeners) {
        QTest::addRow("%s, 5.0", name) << listener << ProtocolVersion::V5;
        QTest::addRow("%s, 3.1.1", name) << listener << ProtocolVersion::V311;
    }
}

void tst_ConnectionBroker::connectsOverEachTransport()
{
    QFETCH(Listener, listener);
    QFETCH(ProtocolVersion, version);
    QVERIFY(m_broker);
    ConnectionProfile profile = profileFor(m_broker->url(listener));
    profile.protocolVersion = version;
    profile.tlsCaFile = MosquittoBroker::caCertificatePath(); // used by the TLS listeners only
    profile.sessionExpiryInterval = 60; // MQTT 5.0 properties, left out for 3.1.1
    profile.receiveMaximum = 10;
    profile.userProperties = {{u"explorer"_s, u"test"_s}};
    QString why;
    QVERIFY2(connects(profile, &why), qPrintable(why + u"\n"_s + m_broker->logText()));
}

void tst_ConnectionBroker::caFileDecidesTrust()
{
    QVERIFY(m_broker);
    ConnectionProfile profile = profileFor(m_broker->url(Listener::Tls));
    profile.tlsCaFile = TestCertificates::get().wrongCaCertificate;
    QString why;
    QVERIFY(!connects(profile, &why));
    QVERIFY2(why.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(why));
    profile.tlsCaFile.clear(); // the system's CAs do not know the test CA either
    QVERIFY(!connects(profile, &why));
    profile.tlsCaFile = MosquittoBroker::caCertificatePath();
    QVERIFY2(connects(profile, &why), qPrintable(why));
}

void tst_ConnectionBroker::insecureSkipsVerification()
{
    QVERIFY(m_broker);
    for (const Listener listener : {Listener::Tls, Listener::SecureWebSocket}) {
        ConnectionProfile profile = profileFor(m_broker->url(listener));
        profile.tlsCaFile = TestCertificates::get().wrongCaCertificate;
        profile.tlsInsecure = true;
        QString why;
        QVERIFY2(connects(profile, &why), qPrintable(why));
    }
}

void tst_ConnectionBroker::serverNameMatchesTheCertificate()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    MosquittoBroker::Options options;
    options.tls = true;
    options.serverCertificate = MosquittoBroker::ServerCertificate::OtherHost;
    MosquittoBroker other(options);
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));

    ConnectionProfile profile = profileFor(other.url(Listener::Tls));
    profile.tlsCaFile = MosquittoBroker::caCertificatePath();
    QString why;
    QVERIFY(!connects(profile, &why)); // 127.0.0.1 is not the certificate's name
    profile.tlsHostname = TestCertificates::otherHostName();
    QVERIFY2(connects(profile, &why), qPrintable(why));
}

// A listener that requires a certificate from its own CA and takes the certificate's name as
// the user name.
void tst_ConnectionBroker::clientCertificateIsPresented()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    const QString dir = m_dir->path();
    QString error;
    const bool made = makeCertificate(dir, u"client-ca"_s, u"ec"_s, {}, &error) &&
        makeCertificate(dir, u"client"_s, u"ec"_s, u"client-ca"_s, &error);
    QVERIFY2(made, qPrintable(error));
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

    ConnectionProfile profile = profileFor(u"mqtts://127.0.0.1:%1"_s.arg(port));
    profile.tlsCaFile = MosquittoBroker::caCertificatePath();
    profile.tlsCertificateFile = m_dir->filePath(u"client.crt"_s);
    profile.tlsKeyFile = m_dir->filePath(u"client.key"_s);
    // The listener opens with the broker; retry until it accepts, within WaitMs.
    profile.reconnectDelay = 1;
    QString why;
    QVERIFY2(connects(profile, &why), qPrintable(why + u"\n"_s + broker.logText()));

    profile.reconnectDelay = 0;
    profile.tlsCertificateFile.clear();
    profile.tlsKeyFile.clear();
    QVERIFY(!connects(profile, &why));
}

void tst_ConnectionBroker::credentialsReachTheBroker()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    MosquittoBroker::Options options;
    options.allowAnonymous = false;
    options.users = {{u"alice"_s, u"pässword-1"_s}};
    MosquittoBroker broker(options);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    ConnectionProfile profile = profileFor(broker.url());
    QString why;
    QVERIFY(!connects(profile, &why)); // anonymous
    profile.username = u"alice"_s;
    profile.password = u"wrong"_s;
    QVERIFY(!connects(profile, &why));
    profile.password = u"pässword-1"_s;
    QVERIFY2(connects(profile, &why), qPrintable(why));
    profile.protocolVersion = ProtocolVersion::V311;
    QVERIFY2(connects(profile, &why), qPrintable(why));
}

// MQTT 5.0: DISCONNECT with reason 0x04 makes the broker publish the will at once.
void tst_ConnectionBroker::willArrivesWithItsProperties()
{
    QVERIFY(m_broker);
    const QString topic =
        u"explorer/tst_connectionbroker/will/%1"_s.arg(QCoreApplication::applicationPid());
    MqttClient subscriber;
    QVERIFY(connectAndWait(subscriber, m_broker->url(), uniqueClientId("explorer-will")));
    const MqttSubscriptionPtr subscription = subscriber.subscribe(topic, MqttSubscribeOptions());
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QSignalSpy received(subscription.data(), &MqttSubscription::messageReceived);

    ConnectionProfile profile = profileFor(m_broker->url());
    profile.willEnabled = true;
    profile.willTopic = topic;
    profile.willPayload = "gone — für immer";
    profile.willQos = QoS::Q1;
    profile.willPayloadIsUtf8 = true;
    profile.willContentType = u"text/plain"_s;
    profile.willResponseTopic = u"replies/explorer"_s;
    profile.willCorrelationData = QByteArray("\x01\x02", 2);
    profile.willMessageExpiryInterval = 600;
    profile.willUserProperties = {{u"why"_s, u"test"_s}, {u"why"_s, u"again"_s}};
    const std::optional<MqttConnectOptions> options = profile.toConnectOptions();
    QVERIFY(options);
    MqttClient client;
    QVERIFY(client.connectToBroker(*options));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    client.disconnectFromBroker(ReasonCode::DisconnectWithWillMessage);

    QVERIFY(received.wait(WaitMs));
    const auto message = received.at(0).at(0).value<MqttMessage>();
    QCOMPARE(message.payload(), profile.willPayload);
    QCOMPARE(message.qos(), QoS::Q1);
    const PublishProperties &properties = message.properties();
    QCOMPARE(properties.payloadFormatIndicator(), std::optional<quint8>(1));
    QCOMPARE(properties.contentType(), std::optional<QString>(u"text/plain"_s));
    QCOMPARE(properties.responseTopic(), std::optional<QString>(u"replies/explorer"_s));
    QCOMPARE(properties.correlationData(), std::optional<QByteArray>(QByteArray("\x01\x02", 2)));
    QVERIFY(properties.messageExpiryInterval().has_value());
    QVERIFY(*properties.messageExpiryInterval() <= 600);
    const QList<StringPair> expectedUser {{u"why"_s, u"test"_s}, {u"why"_s, u"again"_s}};
    QCOMPARE(properties.userProperties(), expectedUser);
}

// The whole way: the address typed into the dialog, Connect clicked, the emitted options used.
void tst_ConnectionBroker::dialogConnectGivesWorkingOptions()
{
    QVERIFY(m_broker);
    ProfileStore store(m_dir->filePath(u"explorer.ini"_s));
    PasswordVault vault(std::make_unique<MemorySecretStore>(),
                        std::make_unique<SettingsSecretStore>(store.settings()));
    ConnectionDialog dialog(&store, &vault);
    dialog.show();
    QSignalSpy requested(&dialog, &ConnectionDialog::connectRequested);
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), WaitMs);
    auto *address = dialog.findChild<QLineEdit *>(u"address"_s);
    QTest::mouseClick(address, Qt::LeftButton);
    QTest::keyClick(address, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(address, m_broker->url(Listener::WebSocket));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);

    MqttClient client;
    QVERIFY(client.connectToBroker(requested.at(0).at(1).value<MqttConnectOptions>()));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    QCOMPARE(client.connectOptions().address(), m_broker->url(Listener::WebSocket));
}

QTEST_MAIN(tst_ConnectionBroker)
#include "tst_connectionbroker.moc"
