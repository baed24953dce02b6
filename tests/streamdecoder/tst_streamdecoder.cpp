// Tests of StreamDecoder: any fragmentation gives the same packets; size limits; bounded buffering.
#include "connection/streamdecoder.h"

#include <OhMqtt/packet/packet.h>

#include <QtTest/QtTest>

#include "support/codectesting.h"

#include <optional>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

using OhMqttTest::hex;
using OhMqttTest::thrownBy;

QByteArray pattern(qsizetype size, int seed = 0)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 31 + seed) & 0xFF);
    return data;
}

// A packet as it came out of the decoder, copied before the next feed() invalidates it.
struct Received
{
    quint8 firstByte = 0;
    QByteArray body;

    friend bool operator==(const Received &, const Received &) = default;
};

// Takes every complete packet the decoder has.
void drain(StreamDecoder &decoder, QList<Received> &into)
{
    while (const auto raw = decoder.next())
        into.append({raw->firstByte, raw->body.toByteArray()});
}

QList<Received> feedInChunks(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    StreamDecoder decoder;
    QList<Received> received;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        decoder.feed(QByteArrayView(stream).sliced(from, cut - from));
        drain(decoder, received);
        from = cut;
    }
    decoder.feed(QByteArrayView(stream).sliced(from));
    drain(decoder, received);
    return received;
}

// Many kinds of packet, small and not so small, so that headers of 1 to 3 length bytes occur.
QList<Packet> variedPackets()
{
    QList<Packet> packets;
    ConnectPacket connect;
    connect.clientId = u"stream-\u00e9"_s;
    connect.keepAlive = 30;
    connect.properties.setSessionExpiryInterval(60);
    packets.append(connect);

    ConnAckPacket connack;
    connack.properties.setReceiveMaximum(10);
    packets.append(connack);
    packets.append(PingReqPacket());
    packets.append(PingRespPacket());

    for (int i = 0; i < 6; ++i) {
        PublishPacket p;
        p.topic = u"t/%1"_s.arg(i);
        p.payload = pattern(i * i * 13, i);
        p.qos = QoS(i % 3);
        p.packetId = p.qos == QoS::Q0 ? 0 : quint16(100 + i);
        p.retain = i % 2;
        packets.append(p);
    }
    PublishPacket big;
    big.topic = u"big"_s;
    big.payload = pattern(300, 7);
    big.properties.setContentType(u"application/octet-stream"_s);
    packets.append(big);

    PubAckPacket puback;
    puback.packetId = 101;
    packets.append(puback);
    PubRecPacket pubrec;
    pubrec.packetId = 102;
    pubrec.reasonCode = ReasonCode::NoMatchingSubscribers;
    packets.append(pubrec);
    PubRelPacket pubrel;
    pubrel.packetId = 102;
    packets.append(pubrel);
    PubCompPacket pubcomp;
    pubcomp.packetId = 102;
    pubcomp.properties.setReasonString(u"done"_s);
    packets.append(pubcomp);

    SubscribePacket subscribe;
    subscribe.packetId = 7;
    subscribe.subscriptions = {{u"a/+"_s, QoS::Q1, true, false, RetainHandling::DoNotSend},
                               {u"b/#"_s, QoS::Q2, false, true, RetainHandling::SendOnSubscribe}};
    packets.append(subscribe);
    SubAckPacket suback;
    suback.packetId = 7;
    suback.reasonCodes = {ReasonCode::GrantedQoS1, ReasonCode::NotAuthorized};
    packets.append(suback);
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = 8;
    unsubscribe.topicFilters = {u"a/+"_s};
    packets.append(unsubscribe);
    UnsubAckPacket unsuback;
    unsuback.packetId = 8;
    unsuback.reasonCodes = {ReasonCode::Success};
    packets.append(unsuback);

    AuthPacket auth;
    auth.reasonCode = ReasonCode::ContinueAuthentication;
    auth.properties.setAuthenticationMethod(u"m"_s);
    packets.append(auth);
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerShuttingDown;
    packets.append(disconnect);
    packets.append(PingReqPacket());
    return packets;
}

struct Stream
{
    QByteArray bytes;
    QList<Received> expected;
};

Stream encodeAll(const QList<Packet> &packets)
{
    Stream s;
    for (const Packet &p : packets) {
        const QByteArray one = encodePacket(p, ProtocolVersion::V5);
        qsizetype lengthBytes = 1;
        while (quint8(one[lengthBytes]) & 0x80)
            ++lengthBytes;
        s.expected.append({quint8(one[0]), one.mid(1 + lengthBytes)});
        s.bytes += one;
    }
    return s;
}

std::optional<MqttError> thrownByNext(StreamDecoder &decoder, std::optional<RawPacket> *packet)
{
    try {
        *packet = decoder.next();
    } catch (const MqttError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class tst_StreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void allAtOnce();
    void splitAtEveryOffset();
    void oneByteAtATime();
    void randomChunks();
    void largePacketInSmallChunks();
    void emptyBodiesAndEmptyFeeds();
    void rawPacketAccessors();

    void maximumPacketSize_data();
    void maximumPacketSize();
    void remainingLengthOfFiveBytesIsMalformed_data();
    void remainingLengthOfFiveBytesIsMalformed();
    void nonMinimalRemainingLengthIsMalformed();
    void errorIsFinalUntilReset();

    void bufferStaysBounded();
};

void tst_StreamDecoder::allAtOnce()
{
    const QList<Packet> packets = variedPackets();
    const Stream s = encodeAll(packets);
    const QList<Received> received = feedInChunks(s.bytes, {});
    QCOMPARE(received.size(), packets.size());
    QVERIFY(received == s.expected);

    // What comes out decodes to what went in.
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const Packet decoded =
            decodePacket(received[i].firstByte, received[i].body, ProtocolVersion::V5);
        QVERIFY2(decoded == packets[i], qPrintable(u"packet %1"_s.arg(i)));
    }
}

void tst_StreamDecoder::splitAtEveryOffset()
{
    const Stream s = encodeAll(variedPackets());
    QVERIFY(s.bytes.size() > 1000);
    for (qsizetype cut = 0; cut <= s.bytes.size(); ++cut) {
        const QList<Received> received = feedInChunks(s.bytes, {cut});
        if (!(received == s.expected))
            QFAIL(qPrintable(u"split at offset %1 gave %2 packets, expected %3"_s.arg(cut)
                                 .arg(received.size())
                                 .arg(s.expected.size())));
    }
}

void tst_StreamDecoder::oneByteAtATime()
{
    const Stream s = encodeAll(variedPackets());
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < s.bytes.size(); ++i)
        cuts.append(i);
    QVERIFY(feedInChunks(s.bytes, cuts) == s.expected);
}

void tst_StreamDecoder::randomChunks()
{
    const Stream s = encodeAll(variedPackets());
    QRandomGenerator random(20240501); // fixed seed: reproducible
    for (int round = 0; round < 200; ++round) {
        QList<qsizetype> cuts;
        qsizetype at = 0;
        while (true) {
            at += random.bounded(1, 64);
            if (at >= s.bytes.size())
                break;
            cuts.append(at);
        }
        QVERIFY2(feedInChunks(s.bytes, cuts) == s.expected, qPrintable(u"round %1"_s.arg(round)));
    }
}

void tst_StreamDecoder::largePacketInSmallChunks()
{
    PublishPacket big;
    big.topic = u"large"_s;
    big.payload = pattern(3'000'000, 3); // four length bytes
    big.qos = QoS::Q1;
    big.packetId = 1;
    const Stream s = encodeAll({Packet(big), Packet(PingReqPacket())});

    StreamDecoder decoder;
    QList<Received> received;
    for (qsizetype at = 0; at < s.bytes.size(); at += 4096) {
        decoder.feed(
            QByteArrayView(s.bytes).sliced(at, qMin<qsizetype>(4096, s.bytes.size() - at)));
        drain(decoder, received);
        if (at + 4096 < s.bytes.size() - 2)
            QVERIFY(received.isEmpty());
    }
    QVERIFY(received == s.expected);
    QCOMPARE(decoder.bufferedBytes(), qsizetype(0));
}

void tst_StreamDecoder::emptyBodiesAndEmptyFeeds()
{
    StreamDecoder decoder;
    QVERIFY(!decoder.next());
    decoder.feed(QByteArrayView());
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.bufferedBytes(), qsizetype(0));

    // Three packets of Remaining Length 0 in one feed.
    decoder.feed(hex("c000 d000 e000"));
    for (quint8 first : {quint8(0xC0), quint8(0xD0), quint8(0xE0)}) {
        const auto raw = decoder.next();
        QVERIFY(raw);
        QCOMPARE(raw->firstByte, first);
        QVERIFY(raw->body.isEmpty());
    }
    QVERIFY(!decoder.next());

    // A fixed header alone is not yet a packet.
    decoder.feed(hex("30"));
    QVERIFY(!decoder.next());
    decoder.feed(hex("05"));
    QVERIFY(!decoder.next());
    decoder.feed(hex("0001 61 00"));
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.bufferedBytes(), qsizetype(6));
    decoder.feed(hex("78 c0"));
    const auto raw = decoder.next();
    QVERIFY(raw);
    QCOMPARE(raw->firstByte, quint8(0x30));
    QCOMPARE(raw->body.toByteArray(), hex("0001 61 00 78"));
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.bufferedBytes(), qsizetype(1));
}

void tst_StreamDecoder::rawPacketAccessors()
{
    StreamDecoder decoder;
    decoder.feed(hex("3b 04 0001 61 00"));
    const auto raw = decoder.next();
    QVERIFY(raw);
    QCOMPARE(raw->packetType(), PacketType::Publish);
    QCOMPARE(raw->flags(), quint8(0x0B));
    decoder.feed(hex("62 02 0001"));
    const auto rel = decoder.next();
    QVERIFY(rel);
    QCOMPARE(rel->packetType(), PacketType::PubRel);
    QCOMPARE(rel->flags(), quint8(0x02));
}

void tst_StreamDecoder::maximumPacketSize_data()
{
    QTest::addColumn<quint32>("maximum");
    QTest::addColumn<QByteArray>("header"); // first byte and Remaining Length
    QTest::addColumn<bool>("tooLarge");

    // The packet size counts the fixed header too [MQTT-2.1.4].
    QTest::newRow("100 bytes allowed, 101 announced") << 100u << hex("30 63") << true;
    QTest::newRow("100 bytes allowed, 100 announced") << 100u << hex("30 62") << false;
    QTest::newRow("1000 allowed, 16388 announced") << 1000u << hex("30 808001") << true;
    QTest::newRow("16387 allowed, 16388 announced") << 16387u << hex("30 808001") << true;
    QTest::newRow("16388 allowed, 16388 announced") << 16388u << hex("30 808001") << false;
    QTest::newRow("4 allowed, PUBACK of 4") << 4u << hex("40 02") << false;
    QTest::newRow("2 allowed, PUBACK") << 2u << hex("40 02") << true;
    QTest::newRow("1 MiB allowed, 268435460 announced") << 1048576u << hex("30 ffffff7f") << true;
    QTest::newRow("268435459 allowed, 268435460 announced")
        << 268435459u << hex("30 ffffff7f") << true;
    QTest::newRow("268435460 allowed, 268435460 announced")
        << 268435460u << hex("30 ffffff7f") << false;
    QTest::newRow("no limit, 268435460 announced")
        << StreamDecoder::NoLimit << hex("30 ffffff7f") << false;
}

void tst_StreamDecoder::maximumPacketSize()
{
    QFETCH(quint32, maximum);
    QFETCH(QByteArray, header);
    QFETCH(bool, tooLarge);

    StreamDecoder decoder(maximum);
    QCOMPARE(decoder.maximumPacketSize(), maximum);

    // Feed the header alone, byte by byte: no payload byte is needed to refuse the packet.
    std::optional<MqttError> error;
    for (qsizetype i = 0; i < header.size() && !error; ++i) {
        decoder.feed(QByteArrayView(header).sliced(i, 1));
        std::optional<RawPacket> packet;
        error = thrownByNext(decoder, &packet);
        QVERIFY2(!packet, "no packet before its body arrived");
        if (error && i + 1 < header.size())
            QVERIFY2(tooLarge, "only an oversize packet may be refused early");
    }
    if (tooLarge) {
        QVERIFY2(error, "the fixed header alone must trigger PacketTooLarge [MQTT-3.1.2-24]");
        QCOMPARE(error->reasonCode(), ReasonCode::PacketTooLarge);
        return;
    }
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");

    // Where the packet fits and is small, its body completes it.
    const quint32 total = quint32(header.size()) + quint32(quint8(header.back()) & 0x7F);
    if (header.size() == 2 && total <= 128) {
        decoder.feed(QByteArray(total - 2, '\0'));
        std::optional<RawPacket> packet;
        QVERIFY(!thrownByNext(decoder, &packet));
        QVERIFY(packet);
        QCOMPARE(packet->body.size(), qsizetype(total - 2));
    }
}

void tst_StreamDecoder::remainingLengthOfFiveBytesIsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("maximum");

    QTest::newRow("ff ff ff ff 7f [MQTT-1.5.5-1]") << hex("30 ffffffff7f") << 0u;
    QTest::newRow("80 80 80 80 01 [MQTT-1.5.5-1]") << hex("30 8080808001") << 0u;
    QTest::newRow("four continuation bytes, then anything [MQTT-1.5.5-1]")
        << hex("c0 80808080 00") << 0u;
}

void tst_StreamDecoder::remainingLengthOfFiveBytesIsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint32, maximum);

    StreamDecoder decoder(maximum);
    std::optional<MqttError> error;
    qsizetype fed = 0;
    while (fed < bytes.size() && !error) {
        decoder.feed(QByteArrayView(bytes).sliced(fed++, 1));
        std::optional<RawPacket> packet;
        error = thrownByNext(decoder, &packet);
        QVERIFY(!packet);
    }
    QVERIFY2(error, "a Remaining Length of five bytes must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    // Known once the fourth length byte still says "more follows", at the latest on the fifth.
    QVERIFY2(fed == 5 || fed == 6, qPrintable(QString::number(fed)));
}

void tst_StreamDecoder::nonMinimalRemainingLengthIsMalformed()
{
    // [MQTT-1.5.5-1] a Variable Byte Integer uses the fewest bytes: 0x80 0x00 is not 0.
    StreamDecoder decoder;
    decoder.feed(hex("c0 8000"));
    std::optional<RawPacket> packet;
    const auto error = thrownByNext(decoder, &packet);
    QVERIFY2(error, "a non-minimal Remaining Length must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
}

void tst_StreamDecoder::errorIsFinalUntilReset()
{
    StreamDecoder decoder(10);
    decoder.feed(hex("30 7f"));
    std::optional<RawPacket> packet;
    const auto error = thrownByNext(decoder, &packet);
    QVERIFY(error);
    QCOMPARE(error->reasonCode(), ReasonCode::PacketTooLarge);

    // Unusable: even a valid packet afterwards does not come out.
    decoder.feed(hex("c0 00"));
    packet.reset();
    const auto again = thrownByNext(decoder, &packet);
    QVERIFY2(!packet, "a failed decoder must not return packets before reset()");
    Q_UNUSED(again);

    decoder.reset();
    QCOMPARE(decoder.bufferedBytes(), qsizetype(0));
    QCOMPARE(decoder.maximumPacketSize(), 10u);
    decoder.feed(hex("c0 00 d0 00"));
    packet.reset();
    QVERIFY(!thrownByNext(decoder, &packet));
    QVERIFY(packet);
    QCOMPARE(packet->firstByte, quint8(0xC0));
    packet.reset();
    QVERIFY(!thrownByNext(decoder, &packet));
    QVERIFY(packet);
    QCOMPARE(packet->firstByte, quint8(0xD0));

    decoder.setMaximumPacketSize(StreamDecoder::NoLimit);
    QCOMPARE(decoder.maximumPacketSize(), StreamDecoder::NoLimit);
}

void tst_StreamDecoder::bufferStaysBounded()
{
    // 10,000 small packets of varied size, read 4 KiB at a time, taken after every read.
    QByteArray stream;
    qsizetype largest = 0;
    QList<Received> expected;
    for (int i = 0; i < 10'000; ++i) {
        PublishPacket p;
        p.topic = u"s/%1"_s.arg(i % 97);
        p.payload = pattern(i % 61, i);
        p.qos = QoS(i % 2);
        p.packetId = p.qos == QoS::Q0 ? 0 : quint16(1 + i % 60000);
        const QByteArray one = encodePacket(p, ProtocolVersion::V5);
        largest = qMax(largest, one.size());
        expected.append({quint8(one[0]), one.mid(2)}); // all fit one length byte
        stream += one;
    }
    QVERIFY(largest < 128);
    constexpr qsizetype Chunk = 4096;

    StreamDecoder decoder;
    QList<Received> received;
    qsizetype maxBuffered = 0;
    qsizetype maxCapacity = 0;
    qsizetype firstHalfCapacity = 0;
    for (qsizetype at = 0; at < stream.size(); at += Chunk) {
        decoder.feed(QByteArrayView(stream).sliced(at, qMin(Chunk, stream.size() - at)));
        maxBuffered = qMax(maxBuffered, decoder.bufferedBytes());
        maxCapacity = qMax(maxCapacity, decoder.bufferCapacity());
        if (at < stream.size() / 2)
            firstHalfCapacity = maxCapacity;
        drain(decoder, received);
        QVERIFY2(decoder.bufferedBytes() < largest,
                 "after taking every packet, at most one partial packet stays");
    }
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
    QCOMPARE(decoder.bufferedBytes(), qsizetype(0));

    // It holds one partial packet plus one read. The allocation may round that up (QByteArray
    // grows geometrically) but must not track the stream: no growth in the second half.
    QVERIFY2(maxBuffered <= largest + Chunk, qPrintable(QString::number(maxBuffered)));
    QVERIFY2(
        maxCapacity <= 4 * (largest + Chunk),
        qPrintable(
            u"capacity reached %1 for a %2-byte stream"_s.arg(maxCapacity).arg(stream.size())));
    QCOMPARE(maxCapacity, firstHalfCapacity);
    QVERIFY(stream.size() > 20 * maxCapacity);
}

QTEST_APPLESS_MAIN(tst_StreamDecoder)
#include "tst_streamdecoder.moc"
