// Conformance, section 3.1.3: the client finds its Session State by the Client Identifier. One
// session store serves two identifiers over the setTransport() seam, the test playing the broker.
// Public headers only.
#include "support/seambroker.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttmemorysessionstore.h>

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

MqttConnectOptions optionsFor(const QString &clientId, ProtocolVersion version)
{
    MqttConnectOptions options;
    options.setAddress(u"mqtt://seam.invalid"_s);
    options.setClientId(clientId);
    options.setProtocolVersion(version);
    options.setCleanStart(false);
    if (version == ProtocolVersion::V5) {
        ConnectProperties properties;
        properties.setSessionExpiryInterval(3600);
        options.setConnectProperties(properties);
    }
    return options;
}

} // namespace

class tst_ConformanceClientId : public QObject
{
    Q_OBJECT

private slots:
    void sessionBelongsToItsClientIdentifier_data();
    void sessionBelongsToItsClientIdentifier();
};

void tst_ConformanceClientId::sessionBelongsToItsClientIdentifier_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 [MQTT-3.1.3-2]") << ProtocolVersion::V5;
    QTest::newRow("3.1.1 [MQTT-3.1.3-2]") << ProtocolVersion::V311;
}

// "alpha" leaves a QoS 1 PUBLISH unacknowledged in the store. "beta", with the same store and a
// broker that says Session Present, resends nothing of it: its first PUBLISH is its own, new.
// "alpha" again resends it with DUP and its identifier.
void tst_ConformanceClientId::sessionBelongsToItsClientIdentifier()
{
    QFETCH(ProtocolVersion, version);
    MqttMemorySessionStore store;
    quint16 alphaId = 0;
    {
        MqttClient alpha;
        alpha.setSessionStore(&store);
        SeamBroker seam(version);
        QVERIFY(seam.connect(alpha, optionsFor(u"alpha"_s, version)));
        alpha.publish(u"a/1"_s, "alpha's", QoS::Q1);
        const auto sent = seam.next<PublishPacket>();
        QVERIFY(sent);
        alphaId = sent->packetId;
    }
    {
        MqttClient beta;
        beta.setSessionStore(&store);
        SeamBroker seam(version);
        ConnectPacket connect;
        QVERIFY(
            seam.connect(beta, optionsFor(u"beta"_s, version), connAckWithSession(true), &connect));
        QCOMPARE(connect.clientId, u"beta"_s);
        beta.publish(u"b/1"_s, "beta's", QoS::Q1);
        const auto first = seam.next<PublishPacket>();
        QVERIFY(first);
        QCOMPARE(first->payload, QByteArray("beta's"));
        QVERIFY(!first->dup);
    }
    MqttClient alpha;
    alpha.setSessionStore(&store);
    SeamBroker seam(version);
    QVERIFY(seam.connect(alpha, optionsFor(u"alpha"_s, version), connAckWithSession(true)));
    const auto resent = seam.next<PublishPacket>();
    QVERIFY(resent);
    QCOMPARE(resent->payload, QByteArray("alpha's"));
    QVERIFY(resent->dup);
    QCOMPARE(resent->packetId, alphaId);
}

QTEST_GUILESS_MAIN(tst_ConformanceClientId)
#include "tst_conformance_clientid.moc"
