// ProtocolEngine: reads straight into the decoder (receiveSpace / receiveWritten) — a large
// payload keeps the buffer it was read into, a small one is copied out of the read buffer.
#include "engine/enginetesting.h"
#include "engine/tests.h"

#include <QtTest/qtest.h>

#include <cstring>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

// Reads `stream` into the engine as a socket would, `chunk` bytes at most per read, and keeps
// the received packets and the spaces it was given.
struct Reader
{
    ProtocolEngine &engine;
    QList<PublishPacket> publishes;
    QList<QByteArrayView> spaces;

    void read(QByteArrayView stream, qsizetype chunk)
    {
        while (!stream.isEmpty()) {
            const StreamDecoder::Space space = engine.receiveSpace(chunk);
            QVERIFY(space.size > 0);
            const qsizetype count = qMin(space.size, stream.size());
            std::memcpy(space.data, stream.data(), size_t(count));
            spaces.append(QByteArrayView(space.data, space.size));
            stream = stream.sliced(count);
            for (const auto &received :
                 eventsOf<Engine::PacketReceived>(engine.receiveWritten(count)))
                if (const auto *publish = std::get_if<PublishPacket>(&received.packet))
                    publishes.append(*publish);
        }
    }

    bool insideASpace(const char *pointer) const
    {
        return std::any_of(spaces.begin(), spaces.end(), [&](QByteArrayView space) {
            return pointer >= space.data() && pointer < space.data() + space.size();
        });
    }
};

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) & 0xFF);
    return bytes;
}

} // namespace

class tst_ReceiveBuffer : public QObject
{
    Q_OBJECT

private slots:
    void largePayloadKeepsTheReadBuffer_data();
    void largePayloadKeepsTheReadBuffer();
    void smallPayloadIsCopiedOut_data() { addVersionRows(); }
    void smallPayloadIsCopiedOut();
    void copyingReceiveTakesLargeAndSmallPackets_data() { addVersionRows(); }
    void copyingReceiveTakesLargeAndSmallPackets();
    void announcedSizeIsNotAllocatedAhead();
    void repeatedTopicIsCheckedLikeANewOne_data() { addVersionRows(); }
    void repeatedTopicIsCheckedLikeANewOne();
};

void tst_ReceiveBuffer::largePayloadKeepsTheReadBuffer_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<qsizetype>("payloadSize");
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("5.0, 64 KiB in 64 KiB reads")
        << ProtocolVersion::V5 << qsizetype(65536) << qsizetype(65536);
    QTest::newRow("5.0, 100 KiB in 4 KiB reads")
        << ProtocolVersion::V5 << qsizetype(100'000) << qsizetype(4096);
    QTest::newRow("3.1.1, 3 MB in 64 KiB reads")
        << ProtocolVersion::V311 << qsizetype(3'000'000) << qsizetype(65536);
    QTest::newRow("3.1.1, 20 KiB in 1 KiB reads")
        << ProtocolVersion::V311 << qsizetype(20'000) << qsizetype(1024);
}

void tst_ReceiveBuffer::largePayloadKeepsTheReadBuffer()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(qsizetype, payloadSize);
    QFETCH(qsizetype, chunk);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const QByteArray payload = pattern(payloadSize, 7);
    // Two large messages back to back, then a small one: none may lose a byte of another.
    const QByteArray stream = publishBytes(version, QStringLiteral("big/1"), QoS::Q1, 1, payload) +
        publishBytes(version, QStringLiteral("big/2"), QoS::Q0, 0, payload) +
        publishBytes(version, QStringLiteral("small"), QoS::Q0, 0, "tail");
    Reader reader {engine, {}, {}};
    reader.read(stream, chunk);
    QCOMPARE(reader.publishes.size(), 3);
    QCOMPARE(reader.publishes[0].topic, QStringLiteral("big/1"));
    QCOMPARE(reader.publishes[1].topic, QStringLiteral("big/2"));
    QCOMPARE(reader.publishes[2].payload, QByteArray("tail"));
    for (int i = 0; i < 2; ++i) {
        const QByteArray &received = reader.publishes[i].payload;
        QVERIFY(received == payload);
        // No copy: the payload's bytes are where the reads put them (all but those of the read
        // that brought its fixed header, which may move once) ...
        QVERIFY(reader.insideASpace(received.constData() + received.size() - 1));
        // ... and it is still a proper QByteArray: terminated, as C string users expect.
        QCOMPARE(received.constData()[received.size()], '\0');
    }
}

void tst_ReceiveBuffer::smallPayloadIsCopiedOut()
{
    // A small message must not pin a 64 KiB read buffer for as long as the application keeps it.
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    Reader reader {engine, {}, {}};
    reader.read(publishBytes(version, QStringLiteral("s"), QoS::Q0, 0, pattern(1000, 3)), 65536);
    QCOMPARE(reader.publishes.size(), 1);
    QCOMPARE(reader.publishes[0].payload, pattern(1000, 3));
    QVERIFY(!reader.insideASpace(reader.publishes[0].payload.constData()));
}

void tst_ReceiveBuffer::copyingReceiveTakesLargeAndSmallPackets()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const QByteArray payload = pattern(70'000, 1);
    QByteArray stream;
    for (int i = 0; i < 3; ++i) {
        stream += publishBytes(version, QStringLiteral("big"), QoS::Q0, 0, payload);
        stream += publishBytes(version, QStringLiteral("small"), QoS::Q0, 0, "x");
    }
    QList<PublishPacket> publishes;
    // All in one call, then split at every 10,000th byte: the large packet ends mid-feed.
    for (const qsizetype piece : {stream.size(), qsizetype(10'000)}) {
        publishes.clear();
        for (qsizetype at = 0; at < stream.size(); at += piece)
            for (const auto &received : eventsOf<Engine::PacketReceived>(engine.receive(
                     QByteArrayView(stream).sliced(at, qMin(piece, stream.size() - at)))))
                publishes.append(std::get<PublishPacket>(received.packet));
        QCOMPARE(publishes.size(), 6);
        for (int i = 0; i < 6; i += 2) {
            QVERIFY(publishes[i].payload == payload);
            QCOMPARE(publishes[i + 1].payload, QByteArray("x"));
        }
    }
}

void tst_ReceiveBuffer::announcedSizeIsNotAllocatedAhead()
{
    // Without a Maximum Packet Size, a header announcing 256 MB followed by a trickle must not
    // make the client allocate 256 MB: the buffer grows with what arrives.
    StreamDecoder decoder;
    decoder.feed(hex("30 ff ff ff 7f 00 01 74"));
    for (int i = 0; i < 10; ++i)
        decoder.feed(QByteArray(20'000, 'p'));
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.bufferedBytes(), qsizetype(8 + 200'000));
    QVERIFY2(decoder.bufferCapacity() <= 4 * 1024 * 1024,
             qPrintable(QString::number(decoder.bufferCapacity())));
}

// The engine remembers the last Topic Name it decoded: the next one must still be read as sent,
// and a wildcard after a valid topic of the same length is still a Protocol Error [MQTT-3.3.2-2].
void tst_ReceiveBuffer::repeatedTopicIsCheckedLikeANewOne()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    QStringList topics;
    for (const QString &topic : {u"t/1"_qs, u"t/1"_qs, u"t/2"_qs, u"t/1"_qs}) {
        const auto events = engine.receive(publishBytes(version, topic, QoS::Q0, 0));
        topics << receivedPacket<PublishPacket>(events).value_or(PublishPacket {}).topic;
    }
    QCOMPARE(topics, QStringList({u"t/1"_qs, u"t/1"_qs, u"t/2"_qs, u"t/1"_qs}));
    // "t/+" cannot be encoded by the codec: the bytes of a valid PUBLISH, with the topic patched.
    QByteArray wildcard = publishBytes(version, QStringLiteral("t/1"), QoS::Q0, 0);
    wildcard[wildcard.indexOf("t/1") + 2] = '+';
    const auto events = engine.receive(wildcard);
    QVERIFY(!has<Engine::PacketReceived>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
}

int runReceiveBufferTests(int argc, char **argv)
{
    tst_ReceiveBuffer tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_receivebuffer.moc"
