// Conformance, MQTT 4.2 (5.0) and 7.1.2 (3.1.1): every transport the client supports is an
// ordered, lossless, two-way byte stream, shown through a real mosquitto on each listener.
#include <OhMqtt/mqttclient.h>

#include "support/mosquittobroker.h"
#include "support/testcertificates.h"
#include "transport/transporttesting.h"

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;
constexpr int Count = 2'000; // messages each way, numbered

} // namespace

class tst_ConformanceTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longSequenceArrivesWholeAndInOrder_data();
    void longSequenceArrivesWholeAndInOrder();

private:
    std::unique_ptr<MosquittoBroker> m_broker; // every listener
};

void tst_ConformanceTransport::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    const TestCertificates &certificates = TestCertificates::get();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.error));
    MosquittoBroker::Options options;
    options.tls = options.webSocket = options.secureWebSocket = options.unixSocket = true;
    m_broker = std::make_unique<MosquittoBroker>(options);
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_ConformanceTransport::longSequenceArrivesWholeAndInOrder_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<ProtocolVersion>("version");
    for (const auto &[name, listener] : allListeners()) {
        QTest::addRow("5.0 %s: ordered, lossless, both ways [MQTT-4.2.0-1]", name)
            << listener << ProtocolVersion::V5;
        QTest::addRow("v311 %s: ordered, lossless, both ways [MQTT-7.1.2-1]", name)
            << listener << ProtocolVersion::V311;
    }
}

// The client writes a long numbered sequence of QoS 0 PUBLISH packets (no acknowledgement could
// hide a loss) and reads the same sequence back from the broker on the same connection: every
// message arrives, once, in the order sent.
void tst_ConformanceTransport::longSequenceArrivesWholeAndInOrder()
{
    QFETCH(Listener, listener);
    QFETCH(ProtocolVersion, version);
    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(m_broker->url(listener));
    options.setProtocolVersion(version);
    options.setClientId(uniqueClientId(QStringLiteral("conformance-transport")));
    options.setCleanStart(true);
    options.setTlsConfiguration(trustingOnly(MosquittoBroker::caCertificatePath()));
    QVERIFY(client.connectToBroker(options));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));

    QList<int> received;
    received.reserve(Count);
    connect(&client, &MqttClient::messageReceived, this, [&received](const MqttMessage &message) {
        received.append(message.payload().left(message.payload().indexOf(' ')).toInt());
    });
    const QString topic = QStringLiteral("conformance/transport/%1").arg(options.clientId());
    QVERIFY(client.subscribe(topic)->waitForAcknowledged(WaitMs));
    const QByteArray padding(100, 'p');
    for (int i = 0; i < Count; ++i)
        client.publishDetached(topic, QByteArray::number(i) + ' ' + padding);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Count, 30'000);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(received.at(i), i);
    QVERIFY(client.isConnected());
}

QTEST_GUILESS_MAIN(tst_ConformanceTransport)
#include "tst_conformance_transport.moc"
