// The thermostat's tests, as an application writes them with OhMqtt::Test: a real mosquitto for
// the normal case, a scripted broker for a refusal a real one will not produce on cue.
#include "thermostat.h"

#include <OhMqttTest/mqttmessagespy.h>
#include <OhMqttTest/mqttscriptedbroker.h>
#include <OhMqttTest/mqtttestbroker.h>

#include <QtTest/qtest.h>

using namespace OhMqtt;

class tst_Thermostat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchesTheHeaterByTemperature();
    void reportsARefusedConnection();
};

void tst_Thermostat::switchesTheHeaterByTemperature()
{
    MqttTestBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString())); // says what to install if needed

    Thermostat thermostat(QStringLiteral("kitchen"), 20.0);
    QVERIFY2(thermostat.start(broker.url()), qPrintable(thermostat.errorString()));

    // The test's own client plays the sensor and watches the heater.
    MqttConnectOptions options;
    options.setAddress(broker.url());
    MqttClient probe;
    QVERIFY(probe.connectToBroker(options));
    QVERIFY(probe.waitForConnected(10'000));
    MqttMessageSpy heater(&probe, QStringLiteral("home/kitchen/heater"));
    QVERIFY(probe.subscribe(QStringLiteral("home/kitchen/heater"))->waitForAcknowledged(10'000));

    probe.publish(QStringLiteral("home/kitchen/temperature"), "18.5");
    QVERIFY2(heater.wait(1), qPrintable(broker.logText()));
    QCOMPARE(heater.takeFirst().payload(), QByteArray("on"));

    probe.publish(QStringLiteral("home/kitchen/temperature"), "21");
    QVERIFY2(heater.wait(1), qPrintable(broker.logText()));
    QCOMPARE(heater.takeFirst().payload(), QByteArray("off"));
}

void tst_Thermostat::reportsARefusedConnection()
{
    MqttScriptedBroker broker;
    broker.refuseConnections(ReasonCode::NotAuthorized);

    Thermostat thermostat(QStringLiteral("hall"), 20.0);
    QVERIFY(!thermostat.start(broker.url(), 5'000));
    QCOMPARE(thermostat.refusal(), ReasonCode::NotAuthorized);
    QVERIFY(!thermostat.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Thermostat)
#include "tst_thermostat.moc"
