// Tests of the serialization primitives: integers, variable byte integers, UTF-8 strings, binary.
#include <OhMqtt/serialization.h>

#include <QtTest/QtTest>

#include "support/codectesting.h"

#include <functional>
#include <optional>

using namespace OhMqtt;
using namespace OhMqtt::Serialization;
using namespace Qt::StringLiterals;

namespace {

using OhMqttTest::hex;
using OhMqttTest::thrownBy;

// utf8Problem() gives nothing or an empty string for a valid MQTT string.
bool isValidUtf8(QByteArrayView bytes)
{
    const char *problem = utf8Problem(bytes);
    return problem == nullptr || *problem == '\0';
}

// A string from UTF-16 code units, so tests can build unpaired surrogates.
QString utf16(std::initializer_list<char16_t> units)
{
    QString s;
    for (char16_t u : units)
        s.append(QChar(u));
    return s;
}

} // namespace

class tst_Serialization : public QObject
{
    Q_OBJECT

private slots:
    void fixedWidthIntegers_data();
    void fixedWidthIntegers();
    void truncatedIntegersNameTheField_data();
    void truncatedIntegersNameTheField();

    void varIntBoundaries_data();
    void varIntBoundaries();
    void varIntRejectsNonMinimalEncoding_data();
    void varIntRejectsNonMinimalEncoding();
    void varIntRejectsFiveBytes_data();
    void varIntRejectsFiveBytes();
    void varIntTruncated_data();
    void varIntTruncated();
    void varIntEncodeRejectsTooLarge_data();
    void varIntEncodeRejectsTooLarge();

    void stringRoundTrip_data();
    void stringRoundTrip();
    void stringDecodeRejectsInvalidUtf8_data();
    void stringDecodeRejectsInvalidUtf8();
    void stringDecodeKeepsWhatMqttAllows_data();
    void stringDecodeKeepsWhatMqttAllows();
    void stringTruncated_data();
    void stringTruncated();
    void stringEncodeRejects_data();
    void stringEncodeRejects();
    void stringEncodeAcceptsMaximumLength();
    void utf8SizeMatchesQt_data();
    void utf8SizeMatchesQt();

    void binaryRoundTrip_data();
    void binaryRoundTrip();
    void binaryTruncated();
    void binaryEncodeRejectsTooLong();

    void stringPairRoundTrip();
    void stringPairTruncatedValue();
    void stringPairRejectsInvalidName();

    void readerBookkeeping();
    void errorMessageNamesContext();
};

// ---- fixed-width integers -------------------------------------------------------------------

void tst_Serialization::fixedWidthIntegers_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("uint8 0") << 1 << 0u << hex("00");
    QTest::newRow("uint8 0x7f") << 1 << 0x7Fu << hex("7f");
    QTest::newRow("uint8 0xff") << 1 << 0xFFu << hex("ff");
    QTest::newRow("uint16 0") << 2 << 0u << hex("0000");
    QTest::newRow("uint16 big-endian [MQTT-1.5.2]") << 2 << 0x1234u << hex("1234");
    QTest::newRow("uint16 0xffff") << 2 << 0xFFFFu << hex("ffff");
    QTest::newRow("uint32 0") << 4 << 0u << hex("00000000");
    QTest::newRow("uint32 big-endian [MQTT-1.5.3]") << 4 << 0x12345678u << hex("12345678");
    QTest::newRow("uint32 0xffffffff") << 4 << 0xFFFFFFFFu << hex("ffffffff");
    QTest::newRow("uint32 0x80000001") << 4 << 0x80000001u << hex("80000001");
}

void tst_Serialization::fixedWidthIntegers()
{
    QFETCH(int, width);
    QFETCH(quint32, value);
    QFETCH(QByteArray, encoded);

    QByteArray out("prefix");
    switch (width) {
    case 1:
        writeUint8(out, quint8(value));
        break;
    case 2:
        writeUint16(out, quint16(value));
        break;
    default:
        writeUint32(out, value);
        break;
    }
    QCOMPARE(out, QByteArray("prefix") + encoded);

    const QByteArray input = encoded + hex("aa");
    ByteReader reader(input);
    quint32 read = 0;
    switch (width) {
    case 1:
        read = reader.readUint8("field");
        break;
    case 2:
        read = reader.readUint16("field");
        break;
    default:
        read = reader.readUint32("field");
        break;
    }
    QCOMPARE(read, value);
    QCOMPARE(reader.position(), qsizetype(width));
    QCOMPARE(reader.remaining(), qsizetype(1));
}

void tst_Serialization::truncatedIntegersNameTheField_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("uint8 of nothing") << 1 << QByteArray();
    QTest::newRow("uint16 of nothing") << 2 << QByteArray();
    QTest::newRow("uint16 of one byte") << 2 << hex("12");
    QTest::newRow("uint32 of nothing") << 4 << QByteArray();
    QTest::newRow("uint32 of three bytes") << 4 << hex("123456");
}

void tst_Serialization::truncatedIntegersNameTheField()
{
    QFETCH(int, width);
    QFETCH(QByteArray, input);

    ByteReader reader(input, "TESTPACKET");
    const auto error = thrownBy([&] {
        switch (width) {
        case 1:
            reader.readUint8("Zebra Field");
            break;
        case 2:
            reader.readUint16("Zebra Field");
            break;
        default:
            reader.readUint32("Zebra Field");
            break;
        }
    });
    QVERIFY2(error, "a short read must throw");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Field"_L1), qPrintable(error->message()));
    QVERIFY2(error->message().contains("TESTPACKET"_L1), qPrintable(error->message()));
}

// ---- variable byte integers [MQTT-1.5.5] ----------------------------------------------------

void tst_Serialization::varIntBoundaries_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("encoded");

    // The table of section 1.5.5 of the specification.
    QTest::newRow("0") << 0u << hex("00");
    QTest::newRow("1") << 1u << hex("01");
    QTest::newRow("127") << 127u << hex("7f");
    QTest::newRow("128") << 128u << hex("8001");
    QTest::newRow("321") << 321u << hex("c102");
    QTest::newRow("16383") << 16383u << hex("ff7f");
    QTest::newRow("16384") << 16384u << hex("808001");
    QTest::newRow("2097151") << 2097151u << hex("ffff7f");
    QTest::newRow("2097152") << 2097152u << hex("80808001");
    QTest::newRow("268435455") << 268435455u << hex("ffffff7f");
}

void tst_Serialization::varIntBoundaries()
{
    QFETCH(quint32, value);
    QFETCH(QByteArray, encoded);

    QCOMPARE(varIntSize(value), encoded.size());

    QByteArray out;
    writeVarInt(out, value);
    QCOMPARE(out, encoded);

    const QByteArray input = encoded + hex("55");
    ByteReader reader(input);
    QCOMPARE(reader.readVarInt("Remaining Length"), value);
    QCOMPARE(reader.position(), encoded.size());
    QCOMPARE(reader.readUint8("next"), quint8(0x55));
}

void tst_Serialization::varIntRejectsNonMinimalEncoding_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("0 in two bytes [MQTT-1.5.5-1]") << hex("8000");
    QTest::newRow("0 in three bytes [MQTT-1.5.5-1]") << hex("808000");
    QTest::newRow("0 in four bytes [MQTT-1.5.5-1]") << hex("80808000");
    QTest::newRow("1 in two bytes [MQTT-1.5.5-1]") << hex("8100");
    QTest::newRow("127 in two bytes [MQTT-1.5.5-1]") << hex("ff00");
    QTest::newRow("16383 in three bytes [MQTT-1.5.5-1]") << hex("ffff00");
    QTest::newRow("2097151 in four bytes [MQTT-1.5.5-1]") << hex("ffffff00");
}

void tst_Serialization::varIntRejectsNonMinimalEncoding()
{
    QFETCH(QByteArray, input);
    ByteReader reader(input, "TESTPACKET");
    const auto error = thrownBy([&] { reader.readVarInt("Zebra Length"); });
    QVERIFY2(error, "a non-minimal encoding must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Length"_L1), qPrintable(error->message()));
}

void tst_Serialization::varIntRejectsFiveBytes_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("continuation on the fourth byte [MQTT-1.5.5-1]") << hex("ffffffff7f");
    QTest::newRow("five bytes encoding 2^28 [MQTT-1.5.5-1]") << hex("8080808001");
    QTest::newRow("four continuation bytes, nothing after") << hex("80808080");
}

void tst_Serialization::varIntRejectsFiveBytes()
{
    QFETCH(QByteArray, input);
    ByteReader reader(input, "TESTPACKET");
    const auto error = thrownBy([&] { reader.readVarInt("Zebra Length"); });
    QVERIFY2(error, "more than four bytes must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Length"_L1), qPrintable(error->message()));
}

void tst_Serialization::varIntTruncated_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one continuation byte") << hex("80");
    QTest::newRow("two continuation bytes") << hex("ffff");
    QTest::newRow("three continuation bytes") << hex("ff8080");
}

void tst_Serialization::varIntTruncated()
{
    QFETCH(QByteArray, input);
    ByteReader reader(input, "TESTPACKET");
    const auto error = thrownBy([&] { reader.readVarInt("Zebra Length"); });
    QVERIFY2(error, "a truncated variable byte integer must throw");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Length"_L1), qPrintable(error->message()));
}

void tst_Serialization::varIntEncodeRejectsTooLarge_data()
{
    QTest::addColumn<quint32>("value");

    QTest::newRow("268435456") << 268435456u;
    QTest::newRow("0x7fffffff") << 0x7FFFFFFFu;
    QTest::newRow("0xffffffff") << 0xFFFFFFFFu;
}

void tst_Serialization::varIntEncodeRejectsTooLarge()
{
    QFETCH(quint32, value);
    QByteArray out("keep");
    const auto error = thrownBy([&] { writeVarInt(out, value, "Zebra Length"); });
    QVERIFY2(error, "values over 268435455 cannot be encoded");
    QVERIFY2(error->message().contains("Zebra Length"_L1), qPrintable(error->message()));
    QVERIFY(isError(error->reasonCode()));
}

// ---- UTF-8 strings [MQTT-1.5.4] -------------------------------------------------------------

void tst_Serialization::stringRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"sensors/kitchen/temperature"_s;
    QTest::newRow("two-byte sequences") << u"Grüße, Ñandú"_s;
    QTest::newRow("three-byte sequences") << u"€ 日本語 ☃"_s;
    QTest::newRow("four-byte sequences (surrogate pairs)") << u"𝄞 😀 🏳️‍🌈"_s;
    QTest::newRow("U+FFFF noncharacter is allowed") << utf16({u'a', 0xFFFF, u'b'});
    QTest::newRow("control characters are allowed") << utf16({0x0001, 0x001F, 0x007F, 0x009F});
    QTest::newRow("BOM kept [MQTT-1.5.4-3]") << utf16({0xFEFF, u'x'});
    QTest::newRow("U+10FFFF") << QString::fromUcs4(U"\U0010FFFF");
    QTest::newRow("U+07FF / U+0800 edges") << utf16({0x07FF, 0x0800});
    QTest::newRow("U+D7FF / U+E000 edges around surrogates") << utf16({0xD7FF, 0xE000});
}

void tst_Serialization::stringRoundTrip()
{
    QFETCH(QString, text);

    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(utf8Size(text), utf8.size());
    QCOMPARE(stringSize(text), 2 + utf8.size());

    QByteArray out;
    writeString(out, text);
    QByteArray expected;
    expected.append(char(utf8.size() >> 8)).append(char(utf8.size() & 0xFF)).append(utf8);
    QCOMPARE(out, expected);

    QVERIFY2(isValidUtf8(utf8), utf8Problem(utf8));

    ByteReader reader(out);
    QCOMPARE(reader.readString("Topic Name"), text);
    QVERIFY(reader.atEnd());
}

void tst_Serialization::stringDecodeRejectsInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("utf8");

    QTest::newRow("U+0000 alone [MQTT-1.5.4-2]") << hex("00");
    QTest::newRow("U+0000 in the middle [MQTT-1.5.4-2]") << hex("610062");
    QTest::newRow("overlong U+0000 (C0 80) [MQTT-1.5.4-1]") << hex("c080");
    QTest::newRow("overlong '/' (C0 AF) [MQTT-1.5.4-1]") << hex("c0af");
    QTest::newRow("overlong C1 BF [MQTT-1.5.4-1]") << hex("c1bf");
    QTest::newRow("overlong three bytes E0 80 80 [MQTT-1.5.4-1]") << hex("e08080");
    QTest::newRow("overlong three bytes E0 9F BF [MQTT-1.5.4-1]") << hex("e09fbf");
    QTest::newRow("overlong four bytes F0 80 80 80 [MQTT-1.5.4-1]") << hex("f0808080");
    QTest::newRow("overlong four bytes F0 8F BF BF [MQTT-1.5.4-1]") << hex("f08fbfbf");
    QTest::newRow("surrogate U+D800 [MQTT-1.5.4-1]") << hex("eda080");
    QTest::newRow("surrogate U+DBFF [MQTT-1.5.4-1]") << hex("edafbf");
    QTest::newRow("surrogate U+DC00 [MQTT-1.5.4-1]") << hex("edb080");
    QTest::newRow("surrogate U+DFFF [MQTT-1.5.4-1]") << hex("edbfbf");
    QTest::newRow("surrogate pair encoded as CESU-8 [MQTT-1.5.4-1]") << hex("eda0bdedb880");
    QTest::newRow("beyond U+10FFFF (F4 90 80 80) [MQTT-1.5.4-1]") << hex("f4908080");
    QTest::newRow("invalid byte C0 [MQTT-1.5.4-1]") << hex("c0");
    QTest::newRow("invalid byte F5 [MQTT-1.5.4-1]") << hex("f5808080");
    QTest::newRow("invalid byte F8 [MQTT-1.5.4-1]") << hex("f888808080");
    QTest::newRow("invalid byte FE [MQTT-1.5.4-1]") << hex("fe");
    QTest::newRow("invalid byte FF [MQTT-1.5.4-1]") << hex("61ff62");
    QTest::newRow("lone continuation byte [MQTT-1.5.4-1]") << hex("80");
    QTest::newRow("continuation after ASCII [MQTT-1.5.4-1]") << hex("61bf");
    QTest::newRow("truncated two-byte sequence [MQTT-1.5.4-1]") << hex("c3");
    QTest::newRow("truncated three-byte sequence [MQTT-1.5.4-1]") << hex("e282");
    QTest::newRow("truncated four-byte sequence [MQTT-1.5.4-1]") << hex("f09f98");
    QTest::newRow("lead byte followed by ASCII [MQTT-1.5.4-1]") << hex("c328");
    QTest::newRow("three-byte lead, bad second byte [MQTT-1.5.4-1]") << hex("e228a1");
    QTest::newRow("four-byte lead, bad third byte [MQTT-1.5.4-1]") << hex("f09f2898");
}

void tst_Serialization::stringDecodeRejectsInvalidUtf8()
{
    QFETCH(QByteArray, utf8);

    QVERIFY2(!isValidUtf8(utf8), "utf8Problem must report a problem");

    QByteArray input;
    writeUint16(input, quint16(utf8.size()));
    input.append(utf8);
    ByteReader reader(input, "TESTPACKET");
    const auto error = thrownBy([&] { reader.readString("Zebra Name"); });
    QVERIFY2(error, "an invalid MQTT string must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Name"_L1), qPrintable(error->message()));
    QVERIFY2(error->message().contains("TESTPACKET"_L1), qPrintable(error->message()));
}

void tst_Serialization::stringDecodeKeepsWhatMqttAllows_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QString>("text");

    QTest::newRow("BOM not stripped [MQTT-1.5.4-3]") << hex("efbbbf61") << utf16({0xFEFF, u'a'});
    QTest::newRow("two leading BOMs, both kept [MQTT-1.5.4-3]")
        << hex("efbbbfefbbbf61") << utf16({0xFEFF, 0xFEFF, u'a'});
    QTest::newRow("BOM in the middle [MQTT-1.5.4-3]")
        << hex("61efbbbf62") << utf16({u'a', 0xFEFF, u'b'});
    QTest::newRow("noncharacter U+FFFF") << hex("efbfbf") << utf16({0xFFFF});
    QTest::newRow("control character U+0001") << hex("01") << utf16({0x0001});
    QTest::newRow("U+10FFFF") << hex("f48fbfbf") << QString::fromUcs4(U"\U0010FFFF");
}

void tst_Serialization::stringDecodeKeepsWhatMqttAllows()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QString, text);

    QVERIFY2(isValidUtf8(utf8), utf8Problem(utf8));
    QByteArray input;
    writeUint16(input, quint16(utf8.size()));
    input.append(utf8);
    ByteReader reader(input);
    QCOMPARE(reader.readString("Topic Name"), text);
    QVERIFY(reader.atEnd());
}

void tst_Serialization::stringTruncated_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("no length") << QByteArray();
    QTest::newRow("half a length") << hex("00");
    QTest::newRow("length 1, no data") << hex("0001");
    QTest::newRow("length 5, 4 bytes") << hex("000561626364");
    QTest::newRow("length 65535, 3 bytes") << hex("ffff616263");
}

void tst_Serialization::stringTruncated()
{
    QFETCH(QByteArray, input);
    ByteReader reader(input, "TESTPACKET");
    const auto error = thrownBy([&] { reader.readString("Zebra Name"); });
    QVERIFY2(error, "a truncated string must throw");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Name"_L1), qPrintable(error->message()));
}

void tst_Serialization::stringEncodeRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("65536 ASCII bytes") << QString(65536, u'a');
    QTest::newRow("21846 euro signs = 65538 bytes") << QString(21846, QChar(0x20AC));
    QTest::newRow("16384 four-byte characters = 65536 bytes")
        << QString::fromUcs4(U"\U0001F600").repeated(16384);
    QTest::newRow("U+0000 [MQTT-1.5.4-2]") << utf16({u'a', 0x0000, u'b'});
    QTest::newRow("unpaired high surrogate at end [MQTT-1.5.4-1]") << utf16({u'a', 0xD800});
    QTest::newRow("unpaired high surrogate before ASCII [MQTT-1.5.4-1]") << utf16({0xD83D, u'a'});
    QTest::newRow("unpaired low surrogate [MQTT-1.5.4-1]") << utf16({0xDC00, u'a'});
    QTest::newRow("low before high surrogate [MQTT-1.5.4-1]") << utf16({0xDE00, 0xD83D});
    QTest::newRow("two high surrogates [MQTT-1.5.4-1]") << utf16({0xD83D, 0xD83D, 0xDE00});
}

void tst_Serialization::stringEncodeRejects()
{
    QFETCH(QString, text);
    QByteArray out;
    const auto error = thrownBy([&] { writeString(out, text, "Zebra Name"); });
    QVERIFY2(error, "an unsendable string must throw");
    QVERIFY(isError(error->reasonCode()));
    QVERIFY2(error->message().contains("Zebra Name"_L1), qPrintable(error->message()));

    const auto pairError = thrownBy([&] {
        QByteArray pairOut;
        writeStringPair(pairOut, {u"ok"_s, text}, "Zebra Pair");
    });
    QVERIFY2(pairError, "an unsendable string pair value must throw");
    QVERIFY2(pairError->message().contains("Zebra Pair"_L1), qPrintable(pairError->message()));
}

void tst_Serialization::stringEncodeAcceptsMaximumLength()
{
    const QString longest(65535, u'x');
    QByteArray out;
    writeString(out, longest);
    QCOMPARE(out.size(), 2 + 65535);
    QCOMPARE(out.left(2), hex("ffff"));
    ByteReader reader(out);
    QCOMPARE(reader.readString("Topic Name"), longest);

    // 21845 three-byte characters are exactly 65535 bytes.
    const QString euros(21845, QChar(0x20AC));
    QCOMPARE(utf8Size(euros), qsizetype(65535));
    QByteArray out2;
    writeString(out2, euros);
    QCOMPARE(out2.size(), 2 + 65535);
}

void tst_Serialization::utf8SizeMatchesQt_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"hello/world"_s;
    QTest::newRow("latin-1") << u"café ÿ"_s;
    QTest::newRow("cjk") << u"東京/大阪"_s;
    QTest::newRow("emoji") << u"😀😃😄"_s;
    QTest::newRow("mixed") << u"a€𝄞ü日"_s;
    QTest::newRow("U+0080") << utf16({0x0080});
    QTest::newRow("U+07FF") << utf16({0x07FF});
    QTest::newRow("U+0800") << utf16({0x0800});
    QTest::newRow("U+FFFF") << utf16({0xFFFF});
    QTest::newRow("U+10000") << QString::fromUcs4(U"\U00010000");
    QTest::newRow("long mixed") << u"x€😀"_s.repeated(1000);
}

void tst_Serialization::utf8SizeMatchesQt()
{
    QFETCH(QString, text);
    QCOMPARE(utf8Size(text), text.toUtf8().size());
}

// ---- binary data and string pairs [MQTT-1.5.6, MQTT-1.5.7] ---------------------------------

void tst_Serialization::binaryRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("zero bytes and high bytes") << hex("00ff00c0eda080");
    QTest::newRow("65535 bytes") << QByteArray(65535, '\x5a');
}

void tst_Serialization::binaryRoundTrip()
{
    QFETCH(QByteArray, data);
    QCOMPARE(binarySize(data), 2 + data.size());

    QByteArray out;
    writeBinary(out, data);
    QCOMPARE(out.size(), 2 + data.size());
    QCOMPARE(quint8(out[0]), quint8(data.size() >> 8));
    QCOMPARE(quint8(out[1]), quint8(data.size() & 0xFF));
    QCOMPARE(out.mid(2), data);

    ByteReader reader(out);
    QCOMPARE(reader.readBinary("Correlation Data"), data);
    QVERIFY(reader.atEnd());
}

void tst_Serialization::binaryTruncated()
{
    for (const QByteArray &input : {QByteArray(), hex("00"), hex("0003"), hex("00030102")}) {
        ByteReader reader(input, "TESTPACKET");
        const auto error = thrownBy([&] { reader.readBinary("Zebra Data"); });
        QVERIFY2(error, input.toHex().constData());
        QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
        QVERIFY2(error->message().contains("Zebra Data"_L1), qPrintable(error->message()));
    }
}

void tst_Serialization::binaryEncodeRejectsTooLong()
{
    QByteArray out;
    const auto error = thrownBy([&] { writeBinary(out, QByteArray(65536, 'x'), "Zebra Data"); });
    QVERIFY2(error, "65536 bytes of binary data cannot be encoded");
    QVERIFY2(error->message().contains("Zebra Data"_L1), qPrintable(error->message()));
}

void tst_Serialization::stringPairRoundTrip()
{
    const StringPair pair {u"name ü"_s, u"value 😀"_s};
    QByteArray out;
    writeStringPair(out, pair);
    QByteArray expected;
    writeString(expected, pair.first);
    writeString(expected, pair.second);
    QCOMPARE(out, expected);
    QCOMPARE(out, hex("00076e616d6520c3bc") + hex("000a76616c756520f09f9880"));

    ByteReader reader(out);
    QCOMPARE(reader.readStringPair("User Property"), pair);
    QVERIFY(reader.atEnd());

    QByteArray empty;
    writeStringPair(empty, {QString(), QString()});
    QCOMPARE(empty, hex("00000000"));
}

void tst_Serialization::stringPairTruncatedValue()
{
    for (const QByteArray &input : {hex("000161"), hex("00016100"), hex("0001610002ff")}) {
        ByteReader reader(input, "TESTPACKET");
        const auto error = thrownBy([&] { reader.readStringPair("Zebra Pair"); });
        QVERIFY2(error, input.toHex().constData());
        QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
        QVERIFY2(error->message().contains("Zebra Pair"_L1), qPrintable(error->message()));
    }
}

void tst_Serialization::stringPairRejectsInvalidName()
{
    // [MQTT-1.5.7-1] both strings follow the UTF-8 string rules.
    for (const QByteArray &input : {hex("0001000001 61"), hex("00016100 02c328")}) {
        ByteReader reader(input, "TESTPACKET");
        const auto error = thrownBy([&] { reader.readStringPair("Zebra Pair"); });
        QVERIFY2(error, input.toHex().constData());
        QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
        QVERIFY2(error->message().contains("Zebra Pair"_L1), qPrintable(error->message()));
    }
}

// ---- the reader itself ----------------------------------------------------------------------

void tst_Serialization::readerBookkeeping()
{
    const QByteArray input = hex("01 0203 04050607 8001 0003616263 0002fffe 7a7b7c");
    ByteReader reader(input, "TESTPACKET");
    QCOMPARE(reader.context(), "TESTPACKET");
    QCOMPARE(reader.remaining(), input.size());
    QVERIFY(!reader.atEnd());

    QCOMPARE(reader.readUint8("a"), quint8(1));
    QCOMPARE(reader.readUint16("b"), quint16(0x0203));
    QCOMPARE(reader.readUint32("c"), 0x04050607u);
    QCOMPARE(reader.readVarInt("d"), 128u);
    QCOMPARE(reader.readString("e"), u"abc"_s);
    QCOMPARE(reader.readBinary("f"), hex("fffe"));
    QCOMPARE(reader.position(), input.size() - 3);
    QCOMPARE(reader.readBytes(2, "g").toByteArray(), hex("7a7b"));
    QCOMPARE(reader.readRest().toByteArray(), hex("7c"));
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.remaining(), qsizetype(0));
    QCOMPARE(reader.readRest().size(), qsizetype(0));

    const auto error = thrownBy([&] { reader.readBytes(1, "Zebra Bytes"); });
    QVERIFY(error);
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains("Zebra Bytes"_L1), qPrintable(error->message()));
}

void tst_Serialization::errorMessageNamesContext()
{
    ByteReader reader(QByteArrayView(), "PUBCOMP");
    const auto error = thrownBy([&] { reader.fail(ReasonCode::ProtocolError, u"Zebra"_s); });
    QVERIFY(error);
    QCOMPARE(error->reasonCode(), ReasonCode::ProtocolError);
    QVERIFY2(error->message().contains("PUBCOMP"_L1), qPrintable(error->message()));
    QVERIFY2(error->message().contains("Zebra"_L1), qPrintable(error->message()));
    QVERIFY(!error->isNull());
    QCOMPARE(QString::fromUtf8(error->what()), error->message());
}

QTEST_APPLESS_MAIN(tst_Serialization)
#include "tst_serialization.moc"
