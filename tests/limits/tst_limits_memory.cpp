// Memory a broker or an application can make the client hold stays bounded: the receive buffer,
// the offline queue, the server's Topic Aliases, 100,000 subscriptions, and a packet announced
// over our Maximum Packet Size.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttsubscription.h>

#include <OhMqttTest/mqttscriptedbroker.h>

#include "engine/enginetesting.h"
#include "hostile/hostiletesting.h"

#include <QtCore/qhash.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <cstring>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;
// Waits for what takes 100,000 round trips: bounded, and generous for a loaded machine.
constexpr int LongWaitMs = 120'000;

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + 7) & 0xFF);
    return bytes;
}

// The PUBLISH packets of a stream that exercises every path of the decoder: tiny packets, packets
// just under and over the own-buffer threshold, and packets of the maximum size.
QByteArray mixedStream(quint32 maximumPacketSize, int rounds)
{
    const qsizetype threshold = StreamDecoder::OwnBufferThreshold;
    // 2 bytes of fixed header (4 for the largest), 3 of topic, 1 of properties.
    const QList<qsizetype> payloads {1, 100, threshold - 10, threshold + 10,
                                     qsizetype(maximumPacketSize) - 10};
    QByteArray stream;
    for (int round = 0; round < rounds; ++round) {
        for (const qsizetype size : payloads)
            stream +=
                publishBytes(ProtocolVersion::V5, QStringLiteral("a"), QoS::Q0, 0, pattern(size));
    }
    return stream;
}

} // namespace

class tst_LimitsMemory : public QObject
{
    Q_OBJECT

private slots:
    void receiveBufferStaysBounded_data();
    void receiveBufferStaysBounded();
    void manySmallPacketsDoNotGrowTheBuffer();
    void announcedOversizePacketIsRefusedBeforeBuffering_data();
    void announcedOversizePacketIsRefusedBeforeBuffering();
    void offlineQueueKeepsItsBound_data();
    void offlineQueueKeepsItsBound();
    void detachedPublishesOverTheBoundAreEachReported();
    void inboundTopicAliasesStayWithinTheMaximum_data();
    void inboundTopicAliasesStayWithinTheMaximum();
    void hundredThousandSubscriptions();
};

void tst_LimitsMemory::receiveBufferStaysBounded_data()
{
    QTest::addColumn<quint32>("maximumPacketSize");
    QTest::addColumn<qsizetype>("read");
    QTest::newRow("64 KiB packets, 4 KiB reads") << quint32(65536) << qsizetype(4096);
    QTest::newRow("64 KiB packets, 64 KiB reads") << quint32(65536) << qsizetype(65536);
    QTest::newRow("1 MiB packets, 16 KiB reads") << quint32(1 << 20) << qsizetype(16384);
    QTest::newRow("3 MiB packets, 64 KiB reads") << quint32(3 << 20) << qsizetype(65536);
    QTest::newRow("20 KiB packets, 1 byte reads") << quint32(20'000) << qsizetype(1);
}

// The decoder holds at most one packet (never over our Maximum Packet Size) plus one read: the
// read buffer reserves twice what a read needs (so that a large packet can keep it), and a
// partial packet under the own-buffer threshold stays in it. Whatever the stream, the capacity
// never passes that, and a large packet's buffer leaves with the packet.
void tst_LimitsMemory::receiveBufferStaysBounded()
{
    QFETCH(quint32, maximumPacketSize);
    QFETCH(qsizetype, read);
    ProtocolEngine engine;
    ConnectProperties properties;
    properties.setMaximumPacketSize(maximumPacketSize);
    connectEngine(engine, ProtocolVersion::V5, properties);
    const int rounds = read == 1 ? 1 : 3;
    const QByteArray stream = mixedStream(maximumPacketSize, rounds);
    const qsizetype bound =
        qsizetype(maximumPacketSize) + 2 * (read + StreamDecoder::OwnBufferThreshold);
    qsizetype highest = 0;
    int received = 0;
    for (qsizetype at = 0; at < stream.size();) {
        const StreamDecoder::Space space = engine.receiveSpace(read);
        QVERIFY(space.size > 0);
        const qsizetype count = qMin(space.size, stream.size() - at);
        std::memcpy(space.data, stream.constData() + at, size_t(count));
        at += count;
        const Engine::Events events = engine.receiveWritten(count);
        QVERIFY2(!firstOf<Engine::ConnectionFailed>(events), qPrintable(failure(events).message()));
        received += int(eventsOf<Engine::PacketReceived>(events).size());
        const StreamDecoder &decoder = engine.decoder();
        highest = qMax(highest, decoder.bufferCapacity());
        QVERIFY2(decoder.bufferCapacity() <= bound,
                 qPrintable(QStringLiteral("capacity %1 > %2 at byte %3")
                                .arg(decoder.bufferCapacity())
                                .arg(bound)
                                .arg(at)));
        QVERIFY(decoder.bufferedBytes() <= qsizetype(maximumPacketSize) + read);
    }
    QCOMPARE(received, 5 * rounds);
    // Every large packet left with its own buffer: what stays is at most the read buffer.
    QVERIFY2(engine.decoder().bufferCapacity() <= 2 * (read + StreamDecoder::OwnBufferThreshold),
             qPrintable(QString::number(engine.decoder().bufferCapacity())));
    QCOMPARE(engine.decoder().bufferedBytes(), 0);
    qInfo("highest capacity %lld of a bound of %lld", qlonglong(highest), qlonglong(bound));
}

// 100,000 small packets in 4 KiB reads: the read buffer reaches its size with the first read and
// never grows again.
void tst_LimitsMemory::manySmallPacketsDoNotGrowTheBuffer()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    QByteArray stream;
    for (int i = 0; i < 100'000; ++i)
        stream += publishBytes(ProtocolVersion::V5, QStringLiteral("t/%1").arg(i % 97), QoS::Q0, 0,
                               QByteArray::number(i));
    constexpr qsizetype Read = 4096;
    qsizetype firstCapacity = -1;
    int received = 0;
    for (qsizetype at = 0; at < stream.size();) {
        const StreamDecoder::Space space = engine.receiveSpace(Read);
        const qsizetype count = qMin(space.size, stream.size() - at);
        std::memcpy(space.data, stream.constData() + at, size_t(count));
        at += count;
        received += int(eventsOf<Engine::PacketReceived>(engine.receiveWritten(count)).size());
        if (firstCapacity < 0)
            firstCapacity = engine.decoder().bufferCapacity();
        QCOMPARE(engine.decoder().bufferCapacity(), firstCapacity);
        QVERIFY(engine.decoder().bufferedBytes() <= Read);
    }
    QCOMPARE(received, 100'000);
    QVERIFY(firstCapacity <= 2 * Read);
}

void tst_LimitsMemory::announcedOversizePacketIsRefusedBeforeBuffering_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<quint32>("announced");
    // PUBLISH fixed headers with a Remaining Length and no more [MQTT-1.5.5].
    QTest::newRow("one byte over") << QByteArray::fromHex("30fe07") << quint32(3 + 1022);
    QTest::newRow("256 MB") << QByteArray::fromHex("30ffffff7f") << quint32(5 + 268'435'455);
}

// [MQTT-3.1.2-24] With a Maximum Packet Size in CONNECT, a broker that announces a larger packet
// gets DISCONNECT 0x95 on its fixed header alone: the client does not wait for (or buffer) the
// rest, which never comes here.
void tst_LimitsMemory::announcedOversizePacketIsRefusedBeforeBuffering()
{
    QFETCH(QByteArray, header);
    QFETCH(quint32, announced);
    constexpr quint32 Maximum = 1024;
    QVERIFY(announced > Maximum);
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    MqttClient client;
    MqttConnectOptions options = hostileOptions(broker, ProtocolVersion::V5);
    ConnectProperties properties;
    properties.setMaximumPacketSize(Maximum);
    options.setConnectProperties(properties);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    client.connectToBroker(options);
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    const auto connect = std::get<ConnectPacket>(broker.receivedPackets().value(0));
    QCOMPARE(connect.properties.maximumPacketSize(), std::optional(Maximum));

    QVERIFY(broker.sendBytes(header)); // and nothing after it: the connection stays open
    QVERIFY(broker.waitForPackets(PacketType::Disconnect, 1, WaitMs));
    const QList<DisconnectPacket> disconnects = disconnectsSent(broker);
    QCOMPARE(disconnects.size(), 1);
    QCOMPARE(disconnects.first().reasonCode, ReasonCode::PacketTooLarge);
    QVERIFY(broker.waitForClientClosed(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!errorSpy.isEmpty(), WaitMs);
    QCOMPARE(client.lastError().reasonCode(), ReasonCode::PacketTooLarge);
}

void tst_LimitsMemory::offlineQueueKeepsItsBound_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<int>("maximumMessages");
    QTest::addColumn<qint64>("maximumBytes");
    QTest::addColumn<int>("held");
    // 10,000 messages of 10 bytes each.
    for (const QoS qos : {QoS::Q0, QoS::Q1, QoS::Q2}) {
        const int level = int(qos);
        QTest::addRow("QoS %d, 100 messages", level) << qos << 100 << qint64(-1) << 100;
        QTest::addRow("QoS %d, 1,005 bytes", level) << qos << -1 << qint64(1005) << 100;
        QTest::addRow("QoS %d, both, bytes first", level) << qos << 500 << qint64(300) << 30;
        QTest::addRow("QoS %d, both, messages first", level) << qos << 20 << qint64(300) << 20;
    }
}

// Far more PUBLISH than the offline queue takes: exactly the bound is held (and sent once
// connected, in order), every other request fails at once with QuotaExceeded; nothing is
// dropped unseen, at any QoS.
void tst_LimitsMemory::offlineQueueKeepsItsBound()
{
    QFETCH(QoS, qos);
    QFETCH(int, maximumMessages);
    QFETCH(qint64, maximumBytes);
    QFETCH(int, held);
    constexpr int Published = 10'000;
    MqttClient client;
    client.setMaximumQueuedMessages(maximumMessages);
    client.setMaximumQueuedBytes(maximumBytes);
    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < Published; ++i)
        handles.append(client.publish(QStringLiteral("q"),
                                      QByteArray::number(i).rightJustified(10, '0'), qos));
    int refused = 0;
    for (int i = 0; i < Published; ++i) {
        const MqttPublishHandlePtr &handle = handles.at(i);
        if (i < held) {
            QVERIFY2(!handle->isDone(), qPrintable(handle->error().message()));
            continue;
        }
        QVERIFY2(handle->isFailed(), qPrintable(QString::number(i)));
        QCOMPARE(handle->error().reasonCode(), ReasonCode::QuotaExceeded);
        ++refused;
    }
    QCOMPARE(refused, Published - held);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    client.connectToBroker(hostileOptions(broker, ProtocolVersion::V5));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    for (int i = 0; i < held; ++i)
        QVERIFY2(handles.at(i)->waitForAcknowledged(WaitMs), qPrintable(QString::number(i)));
    // Every held message went out once, in order; nothing of the refused ones. A QoS 0 handle
    // ends once its bytes are written: the broker reads them in a later turn.
    const auto publishedPayloads = [&broker] {
        QList<QByteArray> payloads;
        for (const Packet &packet : broker.receivedPackets()) {
            if (const auto *publish = std::get_if<PublishPacket>(&packet))
                payloads.append(publish->payload);
        }
        return payloads;
    };
    QTRY_COMPARE_WITH_TIMEOUT(publishedPayloads().size(), held, WaitMs);
    const QList<QByteArray> payloads = publishedPayloads();
    for (int i = 0; i < held; ++i)
        QCOMPARE(payloads.at(i), QByteArray::number(i).rightJustified(10, '0'));
}

// publishDetached() has no handle: each message over the bound is one errorOccurred().
void tst_LimitsMemory::detachedPublishesOverTheBoundAreEachReported()
{
    MqttClient client;
    client.setMaximumQueuedMessages(50);
    QSignalSpy errorSpy(&client, &MqttClient::errorOccurred);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(client.publishDetached(QStringLiteral("d"), "payload", QoS::Q1));
    QTRY_COMPARE_WITH_TIMEOUT(errorSpy.size(), 1000 - 50, WaitMs);
    for (const QList<QVariant> &arguments : std::as_const(errorSpy))
        QCOMPARE(arguments.at(0).value<MqttError>().reasonCode(), ReasonCode::QuotaExceeded);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    client.connectToBroker(hostileOptions(broker, ProtocolVersion::V5));
    QVERIFY(broker.waitForPackets(PacketType::Publish, 50, WaitMs));
    // A marker after them: once it is through, nothing more was queued than the 50.
    QVERIFY(client.publish(QStringLiteral("marker"), "m", QoS::Q1)->waitForAcknowledged(WaitMs));
    QCOMPARE(broker.receivedCount(PacketType::Publish), 51);
}

void tst_LimitsMemory::inboundTopicAliasesStayWithinTheMaximum_data()
{
    QTest::addColumn<quint16>("maximum");
    QTest::newRow("10") << quint16(10);
    QTest::newRow("1000") << quint16(1000);
    QTest::newRow("65535") << quint16(65535);
}

// 100,000 PUBLISH packets from the server, each setting or using a Topic Alias within our Topic
// Alias Maximum: every topic resolves, and the mapping never holds more than the maximum. One
// alias over it is DISCONNECT 0x94 [MQTT-3.3.2-11] (MQTT 3.3.4).
void tst_LimitsMemory::inboundTopicAliasesStayWithinTheMaximum()
{
    QFETCH(quint16, maximum);
    ProtocolEngine engine;
    ConnectProperties properties;
    properties.setTopicAliasMaximum(maximum);
    connectEngine(engine, ProtocolVersion::V5, properties);
    QHash<quint16, int> lastSet; // alias -> the packet that set its topic: the expected mapping
    for (int i = 0; i < 100'000; ++i) {
        const auto alias = quint16(i % maximum + 1);
        // Once every alias is set, every third packet uses its alias alone.
        const bool aliasOnly = i >= maximum && i % 3 == 2;
        PublishProperties publishProperties;
        publishProperties.setTopicAlias(alias);
        const QString topic = aliasOnly ? QString() : QStringLiteral("alias/%1").arg(i);
        if (!aliasOnly)
            lastSet.insert(alias, i);
        const Engine::Events events = engine.receive(publishBytes(
            ProtocolVersion::V5, topic, QoS::Q0, 0, QByteArray::number(i), publishProperties));
        const std::optional<PublishPacket> publish = receivedPacket<PublishPacket>(events);
        QVERIFY2(publish, qPrintable(failure(events).message()));
        QCOMPARE(publish->topic, QStringLiteral("alias/%1").arg(lastSet.value(alias)));
        if (i % 1000 == 0)
            QVERIFY(engine.inboundTopicAliasCount() <= maximum);
    }
    QCOMPARE(engine.inboundTopicAliasCount(), qsizetype(maximum));

    // Written by hand: the codec refuses to encode an alias of 0, the only one "over" 65,535.
    const auto over = quint16(maximum == 65535 ? 0 : maximum + 1);
    QByteArray bytes = hex("300b00046f7665720323");
    bytes.append(char(over >> 8)).append(char(over & 0xFF)).append('x');
    const Engine::Events events = engine.receive(bytes);
    QVERIFY(!receivedPacket<PublishPacket>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::TopicAliasInvalid);
    QCOMPARE(written(events), hex("e00194"));
}

// 100,000 subscriptions on one client: all granted, each a live MqttSubscription, and a message
// still reaches exactly the subscription (and only the subscriptions) it matches.
void tst_LimitsMemory::hundredThousandSubscriptions()
{
    constexpr int Count = 100'000;
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    MqttClient client;
    client.connectToBroker(hostileOptions(broker, ProtocolVersion::V5));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
    QList<MqttSubscriptionPtr> subscriptions;
    subscriptions.reserve(Count + 1);
    for (int i = 0; i < Count; ++i)
        subscriptions.append(client.subscribe(QStringLiteral("limits/%1/x").arg(i)));
    subscriptions.append(client.subscribe(QStringLiteral("limits/+/y")));
    // More than the 65,535 packet identifiers: the client must wait for SUBACKs to go on.
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, Count + 1, LongWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(subscriptions.last()->state(), MqttSubscription::State::Subscribed,
                              WaitMs);
    for (const MqttSubscriptionPtr &subscription : std::as_const(subscriptions))
        QCOMPARE(subscription->state(), MqttSubscription::State::Subscribed);

    QSignalSpy matchedSpy(subscriptions.at(77'777).get(), &MqttSubscription::messageReceived);
    QSignalSpy wildcardSpy(subscriptions.last().get(), &MqttSubscription::messageReceived);
    QSignalSpy clientSpy(&client, &MqttClient::messageReceived);
    PublishPacket publish;
    publish.topic = QStringLiteral("limits/77777/x");
    publish.payload = "matched";
    QVERIFY(broker.send(publish));
    publish.topic = QStringLiteral("limits/77777/y");
    publish.payload = "wildcard";
    QVERIFY(broker.send(publish));
    QTRY_COMPARE_WITH_TIMEOUT(clientSpy.size(), 2, WaitMs);
    QCOMPARE(matchedSpy.size(), 1);
    QCOMPARE(matchedSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("matched"));
    QCOMPARE(wildcardSpy.size(), 1);
    QCOMPARE(wildcardSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("wildcard"));

    // And the client still answers: one round trip completes.
    QVERIFY(
        client.publish(QStringLiteral("limits/done"), "1", QoS::Q1)->waitForAcknowledged(WaitMs));
}

QTEST_GUILESS_MAIN(tst_LimitsMemory)
#include "tst_limits_memory.moc"
