// ohmqtt-demo against a real mosquitto: a subscriber sees the sample plant — numeric readings,
// JSON sensors with their content type, retained status topics, a PNG snapshot.
#include "cli/toolprocess.h"

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

class tst_Demo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishesTheSamplePlant();
    void refusesBadNumbers();

private:
    MosquittoBroker m_broker;
};

void tst_Demo::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is missing");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void tst_Demo::publishesTheSamplePlant()
{
    MqttClient subscriber;
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    QVERIFY(subscriber.connectToBroker(options) && subscriber.waitForConnected(ToolTimeoutMs));
    QHash<QString, MqttMessage> last;
    connect(&subscriber, &MqttClient::messageReceived, this,
            [&last](const MqttMessage &message) { last.insert(message.topic(), message); });
    QVERIFY(subscriber.subscribe(QStringLiteral("demo/#"))->waitForAcknowledged(ToolTimeoutMs));

    const ToolResult result =
        runTool(QStringLiteral(OHMQTT_DEMO),
                {QStringLiteral("--url"), m_broker.url(), QStringLiteral("--interval"),
                 QStringLiteral("20"), QStringLiteral("--rounds"), QStringLiteral("3")});
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QVERIFY2(result.out.contains("published"), result.out.constData());
    // Its last message is acknowledged before it exits; ours follows on the same connection.
    QTRY_VERIFY_WITH_TIMEOUT(last.contains(QStringLiteral("demo/status/demo")), ToolTimeoutMs);

    bool isNumber = false;
    last.value(QStringLiteral("demo/site/north/floor1/room1/temperature"))
        .payload()
        .toDouble(&isNumber);
    QVERIFY(isNumber);
    const MqttMessage sensor = last.value(QStringLiteral("demo/site/south/floor3/room4/sensor"));
    QCOMPARE(sensor.properties().contentType(), std::optional(QStringLiteral("application/json")));
    const QJsonObject reading = QJsonDocument::fromJson(sensor.payload()).object();
    QVERIFY(reading.value(QStringLiteral("temperature")).isDouble());
    QVERIFY(reading.value(QStringLiteral("co2")).isDouble());
    QCOMPARE(sensor.properties().userProperties(),
             (QList<StringPair> {{QStringLiteral("source"), QStringLiteral("ohmqtt-demo")}}));
    const MqttMessage snapshot = last.value(QStringLiteral("demo/camera/1/snapshot"));
    QVERIFY(snapshot.payload().startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(snapshot.properties().contentType(), std::optional(QStringLiteral("image/png")));

    // The status topics stay for the next subscriber: retained.
    MqttClient late;
    QVERIFY(late.connectToBroker(options) && late.waitForConnected(ToolTimeoutMs));
    QSignalSpy retained(&late, &MqttClient::messageReceived);
    late.subscribe(QStringLiteral("demo/status/+"));
    QTRY_COMPARE_WITH_TIMEOUT(retained.size(), 7, ToolTimeoutMs); // 6 gateways and the plant
    for (const auto &arguments : std::as_const(retained))
        QVERIFY(arguments.constFirst().value<MqttMessage>().retain());
}

void tst_Demo::refusesBadNumbers()
{
    const ToolResult result =
        runTool(QStringLiteral(OHMQTT_DEMO), {QStringLiteral("--rounds"), QStringLiteral("many")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--rounds"), result.err.constData());
}

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
