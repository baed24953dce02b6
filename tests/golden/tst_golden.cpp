// Golden vectors: bytes from mosquitto and the MQTT specification, decoded and encoded byte for
// byte.
#include "goldenrows.h"

#include <OhMqtt/packet/packet.h>
#include <OhMqtt/serialization.h>

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qset.h>
#include <QtTest/qtest.h>

#include <algorithm>

using namespace OhMqtt;
using namespace OhMqttTest::Golden;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OhMqtt::Packet)
Q_DECLARE_METATYPE(OhMqtt::ProtocolVersion)

namespace {

QString goldenDir()
{
    return QStringLiteral(OHMQTT_TEST_DATA_DIR "/golden");
}

// One .hex file: '#' header lines ("# key: value") and the bytes written as hex.
struct GoldenFile
{
    QByteArray bytes;
    QMultiHash<QString, QString> headers;
    QString error;

    QString header(const QString &key) const { return headers.value(key); }
};

GoldenFile readGoldenFile(const QString &name)
{
    GoldenFile golden;
    QFile file(goldenDir() + u'/' + name + u".hex"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        golden.error = u"cannot open %1: %2"_s.arg(file.fileName(), file.errorString());
        return golden;
    }
    QByteArray hex;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('#')) {
            const QString text = QString::fromUtf8(line.mid(1)).trimmed();
            const qsizetype colon = text.indexOf(u':');
            if (colon > 0)
                golden.headers.insert(text.left(colon).trimmed(), text.mid(colon + 1).trimmed());
            continue;
        }
        for (const char c : line) {
            if (!QChar::isSpace(uchar(c)))
                hex.append(c);
        }
    }
    if (hex.size() % 2 != 0 ||
        !std::all_of(hex.cbegin(), hex.cend(), [](char c) { return isxdigit(uchar(c)); })) {
        golden.error = u"%1 does not hold whole hex bytes"_s.arg(file.fileName());
        return golden;
    }
    golden.bytes = QByteArray::fromHex(hex);
    return golden;
}

// Splits a packet into its first byte and body by reading the Remaining Length here, so a
// codec bug cannot hide in the split.
bool splitPacket(const QByteArray &bytes, quint8 *firstByte, QByteArray *body, QString *error)
{
    if (bytes.size() < 2) {
        *error = u"shorter than a fixed header"_s;
        return false;
    }
    *firstByte = quint8(bytes.at(0));
    quint32 length = 0;
    int shift = 0;
    qsizetype pos = 1;
    for (;; ++pos) {
        if (pos >= bytes.size() || pos > 4) {
            *error = u"bad Remaining Length"_s;
            return false;
        }
        const quint8 byte = quint8(bytes.at(pos));
        length |= quint32(byte & 0x7F) << shift;
        shift += 7;
        if (!(byte & 0x80))
            break;
    }
    *body = bytes.mid(pos + 1);
    if (qsizetype(length) != body->size()) {
        *error = u"Remaining Length %1 but %2 bytes follow"_s.arg(length).arg(body->size());
        return false;
    }
    return true;
}

// Packet names as the files spell them, kept here so the check does not lean on the library.
QString packetName(PacketType type)
{
    static const char *const names[] = {"",          "CONNECT",  "CONNACK",     "PUBLISH",
                                        "PUBACK",    "PUBREC",   "PUBREL",      "PUBCOMP",
                                        "SUBSCRIBE", "SUBACK",   "UNSUBSCRIBE", "UNSUBACK",
                                        "PINGREQ",   "PINGRESP", "DISCONNECT",  "AUTH"};
    const auto index = quint8(type);
    return index < std::size(names) ? QString::fromLatin1(names[index]) : QString();
}

QString describe(const Packet &packet)
{
    QString text;
    QDebug(&text) << packet;
    return text;
}

QByteArray spaced(const QByteArray &bytes)
{
    return bytes.toHex(' ');
}

} // namespace

class tst_Golden : public QObject
{
    Q_OBJECT

private slots:
    void decodesToExpectedPacket_data();
    void decodesToExpectedPacket();
    void encodesToGoldenBytes_data();
    void encodesToGoldenBytes();
    void primitives_data();
    void primitives();
    void everyGoldenFileHasARow();
    void coversAllFifteenPacketTypes();

private:
    void addPacketRows();
};

void tst_Golden::addPacketRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("expected");
    for (const PacketRow &row : packetRows())
        QTest::newRow(qPrintable(row.file)) << row.file << row.version << row.packet;
}

void tst_Golden::decodesToExpectedPacket_data()
{
    addPacketRows();
}

void tst_Golden::decodesToExpectedPacket()
{
    QFETCH(QString, file);
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, expected);

    const GoldenFile golden = readGoldenFile(file);
    QVERIFY2(golden.error.isEmpty(), qPrintable(golden.error));
    // The row and the file's own header must agree on what the bytes are.
    QCOMPARE(golden.header(u"version"_s), QString::number(quint8(version)));
    QCOMPARE(golden.header(u"packet"_s), packetName(packetType(expected)));
    QVERIFY2(!golden.header(u"source"_s).isEmpty(), "the file names no source");

    quint8 firstByte = 0;
    QByteArray body;
    QString error;
    QVERIFY2(splitPacket(golden.bytes, &firstByte, &body, &error), qPrintable(error));

    Packet actual;
    try {
        actual = decodePacket(firstByte, body, version);
    } catch (const MqttError &e) {
        QFAIL(qPrintable(u"decodePacket threw %1: %2\n   bytes: %3"_s.arg(
            reasonCodeName(e.reasonCode()), e.message(),
            QString::fromLatin1(spaced(golden.bytes)))));
    }
    QVERIFY2(actual == expected,
             qPrintable(u"decoded packet differs\n   actual:   %1\n   expected: %2"_s.arg(
                 describe(actual), describe(expected))));
}

void tst_Golden::encodesToGoldenBytes_data()
{
    addPacketRows();
}

void tst_Golden::encodesToGoldenBytes()
{
    QFETCH(QString, file);
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, expected);

    const GoldenFile golden = readGoldenFile(file);
    QVERIFY2(golden.error.isEmpty(), qPrintable(golden.error));

    QByteArray actual;
    try {
        actual = encodePacket(expected, version);
    } catch (const MqttError &e) {
        QFAIL(qPrintable(u"encodePacket threw %1: %2\n   packet: %3"_s.arg(
            reasonCodeName(e.reasonCode()), e.message(), describe(expected))));
    }
    QVERIFY2(
        actual == golden.bytes,
        qPrintable(u"encoded bytes differ\n   actual:   %1\n   expected: %2\n   packet: %3"_s.arg(
            QString::fromLatin1(spaced(actual)), QString::fromLatin1(spaced(golden.bytes)),
            describe(expected))));

    // The appending overload writes the same bytes after what is already there.
    QByteArray appended("prefix");
    encodePacket(appended, expected, version);
    QCOMPARE(appended, QByteArray("prefix") + golden.bytes);
}

void tst_Golden::primitives_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("number"); // -1 for a string row
    for (const PrimitiveRow &row : primitiveRows()) {
        if (const auto *text = std::get_if<QString>(&row.value))
            QTest::newRow(qPrintable(row.file)) << row.file << *text << qint64(-1);
        else
            QTest::newRow(qPrintable(row.file))
                << row.file << QString() << qint64(std::get<quint32>(row.value));
    }
}

void tst_Golden::primitives()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(qint64, number);

    const GoldenFile golden = readGoldenFile(file);
    QVERIFY2(golden.error.isEmpty(), qPrintable(golden.error));
    QVERIFY2(!golden.header(u"source"_s).isEmpty(), "the file names no source");

    QByteArray encoded;
    ByteReader reader(golden.bytes, "golden primitive");
    try {
        if (number < 0) {
            QCOMPARE(golden.header(u"primitive"_s), u"utf8-string"_s);
            Serialization::writeString(encoded, text);
            QCOMPARE(reader.readString("string"), text);
            QCOMPARE(Serialization::stringSize(text), golden.bytes.size());
        } else {
            QCOMPARE(golden.header(u"primitive"_s), u"variable-byte-integer"_s);
            Serialization::writeVarInt(encoded, quint32(number));
            QCOMPARE(qint64(reader.readVarInt("value")), number);
            QCOMPARE(Serialization::varIntSize(quint32(number)), golden.bytes.size());
        }
    } catch (const MqttError &e) {
        QFAIL(qPrintable(u"threw %1: %2"_s.arg(reasonCodeName(e.reasonCode()), e.message())));
    }
    QVERIFY2(reader.atEnd(), "bytes left over after reading");
    QVERIFY2(encoded == golden.bytes,
             qPrintable(u"encoded bytes differ\n   actual:   %1\n   expected: %2"_s.arg(
                 QString::fromLatin1(spaced(encoded)), QString::fromLatin1(spaced(golden.bytes)))));
}

// A vector without a row would never be checked; a row without a file fails in the tests above.
void tst_Golden::everyGoldenFileHasARow()
{
    QStringList names;
    for (const PacketRow &row : packetRows())
        names << row.file;
    for (const PrimitiveRow &row : primitiveRows())
        names << row.file;
    const QSet<QString> rows(names.cbegin(), names.cend());
    QCOMPARE(rows.size(), names.size()); // no file has two rows

    const QStringList files = QDir(goldenDir()).entryList({u"*.hex"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(u"no .hex files in "_s + goldenDir()));
    QStringList withoutRow;
    for (const QString &file : files) {
        if (!rows.contains(file.chopped(4)))
            withoutRow << file;
    }
    QVERIFY2(withoutRow.isEmpty(), qPrintable(u"no row for: "_s + withoutRow.join(u", ")));
}

// Each of the 15 packet types in MQTT 5.0, and each of the 14 of MQTT 3.1.1.
void tst_Golden::coversAllFifteenPacketTypes()
{
    QSet<PacketType> v5;
    QSet<PacketType> v311;
    for (const PacketRow &row : packetRows())
        (row.version == ProtocolVersion::V5 ? v5 : v311).insert(packetType(row.packet));

    QStringList missing;
    for (quint8 value = 1; value <= 15; ++value) {
        const auto type = PacketType(value);
        if (!v5.contains(type))
            missing << packetName(type) + u" (MQTT 5.0)"_s;
        if (type != PacketType::Auth && !v311.contains(type))
            missing << packetName(type) + u" (MQTT 3.1.1)"_s;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"no golden vector for: "_s + missing.join(u", ")));
}

QTEST_GUILESS_MAIN(tst_Golden)
#include "tst_golden.moc"
