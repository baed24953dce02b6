// Conformance, section 3.14, through MqttClient: the DISCONNECT an application asks for reaches a
// broker with a small Maximum Packet Size, without what it has no room for. The test plays the
// broker over the setTransport() seam. Public headers only.
#include "support/seambroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

class tst_ConformanceDisconnect : public QObject
{
    Q_OBJECT

private slots:
    void propertiesGiveWayToMaximumPacketSize_data();
    void propertiesGiveWayToMaximumPacketSize();
};

void tst_ConformanceDisconnect::propertiesGiveWayToMaximumPacketSize_data()
{
    QTest::addColumn<quint32>("maximum");
    QTest::addColumn<bool>("keepsUserProperty");
    // DISCONNECT 0x04 with the User Property below and no Reason String is 18 bytes.
    QTest::newRow("room for the User Property [MQTT-3.14.2-3]") << quint32(18) << true;
    QTest::newRow("room for neither [MQTT-3.14.2-3] [MQTT-3.14.2-4]") << quint32(17) << false;
}

void tst_ConformanceDisconnect::propertiesGiveWayToMaximumPacketSize()
{
    QFETCH(quint32, maximum);
    QFETCH(bool, keepsUserProperty);
    MqttConnectOptions options;
    options.setAddress(u"mqtt://seam.invalid"_s);
    options.setClientId(u"c"_s);
    ConnAckPacket connAck;
    connAck.properties.setMaximumPacketSize(maximum);
    MqttClient client;
    SeamBroker seam;
    QVERIFY(seam.connect(client, options, connAck));

    DisconnectProperties properties;
    properties.setReasonString(QString(200, u'r'));
    properties.setUserProperties({{u"name"_s, u"value"_s}});
    client.disconnectFromBroker(ReasonCode::DisconnectWithWillMessage, properties);
    const auto disconnect = seam.next<DisconnectPacket>();
    QVERIFY2(disconnect, "the DISCONNECT is sent, smaller");
    QCOMPARE(disconnect->reasonCode, ReasonCode::DisconnectWithWillMessage);
    QVERIFY(!disconnect->properties.reasonString());
    QCOMPARE(!disconnect->properties.userProperties().isEmpty(), keepsUserProperty);
    QVERIFY(client.waitForDisconnected(SeamWaitMs));
}

QTEST_GUILESS_MAIN(tst_ConformanceDisconnect)
#include "tst_conformance_disconnect.moc"
