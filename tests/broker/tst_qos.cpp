// The QoS matrix through mosquitto: a message published at QoS 0, 1 or 2 to a subscription of
// maximum QoS 0, 1 or 2, in MQTT 5.0 and 3.1.1; both flows, client to broker and broker to client.
#include "broker/brokertesting.h"
#include "broker/tests.h"
#include "broker/wiretap.h"

#include <QtTest/qtest.h>

#include <algorithm>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int Count = 5; // messages per row, then a fence

// Every byte value, NUL and invalid UTF-8 included: a payload is binary and arrives as sent.
QByteArray payload(int index)
{
    QByteArray bytes(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        bytes[i] = char(i);
    return bytes + QByteArray::number(index);
}

// The identifiers of the PUBLISH packets the broker sent the subscriber.
QList<quint16> packetIds(const QList<PublishPacket> &publishes)
{
    QList<quint16> ids;
    for (const PublishPacket &publish : publishes)
        ids.append(publish.packetId);
    return ids;
}

template<typename Ack> QList<quint16> packetIds(const QList<Ack> &acks)
{
    QList<quint16> ids;
    for (const Ack &ack : acks)
        ids.append(ack.packetId);
    return ids;
}

} // namespace

class tst_QoS : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deliveredAtTheLowerQoS_data();
    void deliveredAtTheLowerQoS();

private:
    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_QoS::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    QString error;
    m_broker = startBroker({}, &error);
    QVERIFY2(m_broker, qPrintable(error));
}

void tst_QoS::deliveredAtTheLowerQoS_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("published");
    QTest::addColumn<QoS>("maximum");
    for (const ProtocolVersion version : {ProtocolVersion::V5, ProtocolVersion::V311}) {
        const bool v5 = version == ProtocolVersion::V5;
        for (const QoS published : {QoS::Q0, QoS::Q1, QoS::Q2}) {
            for (const QoS maximum : {QoS::Q0, QoS::Q1, QoS::Q2}) {
                QTest::addRow("%s publish QoS %d subscription QoS %d %s", v5 ? "5.0" : "3.1.1",
                              int(published), int(maximum),
                              v5 ? "[MQTT-3.8.4-8]" : "[MQTT-3.8.4-6] (3.1.1)")
                    << version << published << maximum;
            }
        }
    }
}

// The broker forwards at the lower of the published QoS and the subscription's maximum
// ([MQTT-3.8.4-8] in MQTT 5.0, [MQTT-3.8.4-6] in 3.1.1), topic and payload as published, in the
// order published [MQTT-4.6.0-6]. The publisher's handle ends with the answer its QoS calls for
// (none, PUBACK, PUBCOMP); the subscriber answers each PUBLISH with the same packet identifier:
// PUBACK [MQTT-4.3.2-4], or PUBREC [MQTT-4.3.3-8] and PUBCOMP to the broker's PUBREL
// [MQTT-4.3.3-11]. At QoS 2 each message arrives exactly once.
void tst_QoS::deliveredAtTheLowerQoS()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, published);
    QFETCH(QoS, maximum);
    const QoS expected = std::min(published, maximum);

    WireTap tap(m_broker->port());
    QString error;
    QVERIFY2(tap.listen(&error), qPrintable(error));
    MqttClient subscriber;
    MqttClient publisher;
    QVERIFY2(connectTo(subscriber, suiteOptions(tap.url(), version)),
             qPrintable(subscriber.lastError().message()));
    QVERIFY2(connectTo(publisher, suiteOptions(m_broker->url(), version)),
             qPrintable(publisher.lastError().message()));

    // Characters beyond ASCII in the topic, some outside the Basic Multilingual Plane.
    const QString topic = uniqueTopic(u"qos/température/€/😀"_s);
    MqttSubscribeOptions options;
    options.setMaximumQoS(maximum);
    QSignalSpy received(&subscriber, &MqttClient::messageReceived);
    const MqttSubscribeHandlePtr subscription = subscriber.subscribe(topic, options);
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QCOMPARE(subscription->subAck().reasonCodes, QList {ReasonCode(quint8(maximum))});

    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < Count; ++i)
        handles.append(publisher.publish(topic, payload(i), published));
    for (const MqttPublishHandlePtr &handle : std::as_const(handles)) {
        QVERIFY2(handle->waitForAcknowledged(WaitMs), qPrintable(handle->error().message()));
        const PublishAck ack = handle->acknowledgement();
        switch (published) {
        case QoS::Q0:
            QVERIFY(std::holds_alternative<std::monostate>(ack));
            QCOMPARE(handle->packetId(), quint16(0));
            break;
        case QoS::Q1:
            QVERIFY(std::holds_alternative<PubAckPacket>(ack));
            QCOMPARE(std::get<PubAckPacket>(ack).packetId, handle->packetId());
            QCOMPARE(std::get<PubAckPacket>(ack).reasonCode, ReasonCode::Success);
            break;
        case QoS::Q2:
            QVERIFY(std::holds_alternative<PubCompPacket>(ack));
            QCOMPARE(std::get<PubCompPacket>(ack).packetId, handle->packetId());
            QCOMPARE(std::get<PubCompPacket>(ack).reasonCode, ReasonCode::Success);
            break;
        }
        QVERIFY(published == QoS::Q0 || handle->packetId() != 0);
    }

    // A fence, published last at the same QoS: once it is in, a second copy of any message
    // before it would be too.
    QVERIFY(publisher.publish(topic, "fence", published)->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() && messages(received).last().payload() == "fence",
                             WaitMs);
    const QList<MqttMessage> arrived = messages(received);
    QCOMPARE(arrived.size(), Count + 1);
    for (int i = 0; i < Count; ++i) {
        const MqttMessage &message = arrived.at(i);
        QCOMPARE(message.topic(), topic);
        QCOMPARE(message.payload(), payload(i));
        QCOMPARE(message.qos(), expected);
        QVERIFY(!message.retain());
        QVERIFY(!message.isDuplicate());
    }

    // The subscriber's side of each flow, as it crossed the wire.
    const QList<PublishPacket> forwarded = tap.received<PublishPacket>();
    QCOMPARE(forwarded.size(), Count + 1);
    const QList<quint16> ids = packetIds(forwarded);
    for (const PublishPacket &publish : forwarded)
        QCOMPARE(publish.qos, expected);
    switch (expected) {
    case QoS::Q0:
        QVERIFY(std::all_of(ids.cbegin(), ids.cend(), [](quint16 id) { return id == 0; }));
        break;
    case QoS::Q1:
        QTRY_COMPARE_WITH_TIMEOUT(packetIds(tap.sent<PubAckPacket>()), ids, WaitMs);
        break;
    case QoS::Q2:
        QTRY_COMPARE_WITH_TIMEOUT(packetIds(tap.sent<PubCompPacket>()), ids, WaitMs);
        QCOMPARE(packetIds(tap.sent<PubRecPacket>()), ids);
        QCOMPARE(packetIds(tap.received<PubRelPacket>()), ids);
        break;
    }
    if (expected != QoS::Q1)
        QVERIFY(tap.sent<PubAckPacket>().isEmpty());
    if (expected != QoS::Q2)
        QVERIFY(tap.sent<PubRecPacket>().isEmpty() && tap.sent<PubCompPacket>().isEmpty());
    QVERIFY2(tap.errors().isEmpty(), qPrintable(tap.errors().join(u'\n')));
    QCOMPARE(received.size(), Count + 1); // nothing came twice meanwhile
}

int runQoSTests(int argc, char **argv)
{
    tst_QoS test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qos.moc"
