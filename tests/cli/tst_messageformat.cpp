// sub -F without a broker: each specifier, flag, width and escape on fixed messages at a fixed
// time, the JSON forms, and the format strings mosquitto_sub refuses.
#include "messageformat.h"

#include <QtCore/qdatetime.h>
#include <QtTest/QTest>

#include <cstdlib>
#include <ctime>

using namespace OhMqtt;
using namespace OhMqtt::Cli;
using namespace Qt::StringLiterals;

namespace {

// 2021-03-04 05:06:07.123456789 UTC, printed in the zone "UTC+2" (POSIX TZ "XYZ-2").
PrintTime fixedTime()
{
    const qint64 seconds = QDateTime(QDate(2021, 3, 4), QTime(5, 6, 7), Qt::UTC).toSecsSinceEpoch();
    return PrintTime::at(std::chrono::system_clock::time_point(
        std::chrono::seconds(seconds) + std::chrono::nanoseconds(123'456'789)));
}

// Every property %-fields print, in an order that puts a property between the user properties.
MqttMessage fullMessage()
{
    PublishPacket packet;
    packet.topic = u"sensors/kitchen"_s;
    packet.payload = "hello world";
    packet.qos = QoS::Q1;
    packet.retain = true;
    packet.packetId = 42;
    PublishProperties &properties = packet.properties;
    properties.addSubscriptionIdentifier(7);
    properties.setContentType(u"text/plain"_s);
    properties.addUserProperty(u"a"_s, u"b"_s);
    properties.setCorrelationData("cd");
    properties.addUserProperty(u"c"_s, u"d"_s);
    properties.setResponseTopic(u"rt"_s);
    properties.setPayloadFormatIndicator(1);
    properties.setMessageExpiryInterval(3600);
    properties.setTopicAlias(3);
    return MqttMessage(packet);
}

// QoS 0, no properties, an empty payload: what an MQTT 3.1.1 message can be.
MqttMessage bareMessage()
{
    PublishPacket packet;
    packet.topic = u"bare"_s;
    return MqttMessage(packet);
}

MqttMessage messageWithPayload(const QByteArray &payload)
{
    PublishPacket packet;
    packet.topic = u"t"_s;
    packet.payload = payload;
    return MqttMessage(packet);
}

QByteArray render(const QString &format, const MqttMessage &message,
                  QStringList *problems = nullptr)
{
    QString error;
    const std::optional<MessageFormat> parsed = MessageFormat::parse(format.toUtf8(), &error);
    if (!parsed) {
        qWarning("format '%s' refused: %s", qPrintable(format), qPrintable(error));
        return "<refused>";
    }
    QStringList ignored;
    return parsed->format(message, fixedTime(), problems ? problems : &ignored);
}

} // namespace

class tst_MessageFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void printsFields_data();
    void printsFields();
    void absentPropertiesPrintAsMosquittoSubDoes_data();
    void absentPropertiesPrintAsMosquittoSubDoes();
    void followsIntentWhereMosquittoHasBugs_data();
    void followsIntentWhereMosquittoHasBugs();
    void jsonHasMosquittoSubsKeysInOrder();
    void jsonOfBareMessage();
    void jsonEscapesAsCJsonDoes();
    void jsonPayloadMustBeJson_data();
    void jsonPayloadMustBeJson();
    void refusesWhatMosquittoSubRefuses_data();
    void refusesWhatMosquittoSubRefuses();
};

void tst_MessageFormat::initTestCase()
{
    qputenv("TZ", "XYZ-2");
    tzset();
}

void tst_MessageFormat::printsFields_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("topic") << u"%t"_s << "sensors/kitchen"_ba;
    QTest::newRow("payload") << u"%p"_s << "hello world"_ba;
    QTest::newRow("qos retain mid length") << u"%q %r %m %l"_s << "1 1 42 11"_ba;
    QTest::newRow("literal text") << u"[%t]"_s << "[sensors/kitchen]"_ba;
    QTest::newRow("%% @@ \\\\") << u"%%|@@|\\\\"_s << "%|@|\\"_ba;
    QTest::newRow("flags on %% are ignored") << u"%-5%|"_s << "%|"_ba;
    QTest::newRow("escapes") << u"\\0\\a\\e\\n\\r\\t\\v"_s << QByteArray("\0\a\033\n\r\t\v", 7);
    QTest::newRow("topic width") << u"%20t|"_s << "     sensors/kitchen|"_ba;
    QTest::newRow("topic left") << u"%-20t|"_s << "sensors/kitchen     |"_ba;
    QTest::newRow("topic 0 is no pad") << u"%020t|"_s << "     sensors/kitchen|"_ba;
    QTest::newRow("topic precision") << u"%.7t|"_s << "sensors|"_ba;
    QTest::newRow("topic width precision") << u"%10.3t|%-10.3t|"_s << "       sen|sen       |"_ba;
    QTest::newRow("payload cut to width") << u"%5p|"_s << "hello|"_ba;
    QTest::newRow("payload width") << u"%15p|"_s << "    hello world|"_ba;
    QTest::newRow("payload zero pad") << u"%015p|"_s << "0000hello world|"_ba;
    QTest::newRow("payload left") << u"%-15p|"_s << "hello world    |"_ba;
    QTest::newRow("hex") << u"%x"_s << "68656c6c6f20776f726c64"_ba;
    QTest::newRow("HEX") << u"%X"_s << "68656C6C6F20776F726C64"_ba;
    QTest::newRow("hex narrow width") << u"%3x|"_s << " 68|"_ba;
    QTest::newRow("hex wide left") << u"%-25x|"_s << "68656c6c6f20776f726c64   |"_ba;
    QTest::newRow("HEX wide zero") << u"%025X|"_s << "00068656C6C6F20776F726C64|"_ba;
    QTest::newRow("length widths") << u"%5l|%-5l|%05l|%-05l|"_s << "   11|11   |00011|11   |"_ba;
    QTest::newRow("content type") << u"%C|%12C|%-12C|%.4C|"_s
                                  << "text/plain|  text/plain|text/plain  |text|"_ba;
    QTest::newRow("response topic") << u"%R|%5R|%-5R|"_s << "rt|   rt|rt   |"_ba;
    QTest::newRow("expiry") << u"%E|%6E|%06E|%-6E|"_s << "3600|  3600|003600|3600  |"_ba;
    QTest::newRow("format indicator, subscription id, alias")
        << u"%F %S %A %03A"_s << "1 7 3 003"_ba;
    QTest::newRow("user properties") << u"%P"_s << "a:b c:d"_ba;
    QTest::newRow("correlation data") << u"%D|%5D|"_s << "cd|cd|"_ba;
    QTest::newRow("ISO 8601") << u"%I"_s << "2021-03-04T07:06:07+0200"_ba;
    QTest::newRow("ISO 8601 date")
        << u"%.10I|%26I|"_s << "2021-03-04|  2021-03-04T07:06:07+0200|"_ba;
    QTest::newRow("Unix time") << u"%U"_s << "1614834367.123456789"_ba;
    QTest::newRow("strftime") << u"@Y-@m-@d @H:@M:@S @z"_s << "2021-03-04 07:06:07 +0200"_ba;
    QTest::newRow("nanoseconds") << u"@N"_s << "123456789"_ba;
    QTest::newRow("verbose by hand") << u"%t %p"_s << "sensors/kitchen hello world"_ba;
}

void tst_MessageFormat::printsFields()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    QCOMPARE(render(format, fullMessage()), expected);
}

void tst_MessageFormat::absentPropertiesPrintAsMosquittoSubDoes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    // Numbers leave blanks of the width in the pad character, content type in spaces, the
    // response topic nothing at all.
    QTest::newRow("numbers") << u"%A|%5A|%05A|%-05E|%3F|%2S|"_s << "|     |00000|00000|   |  |"_ba;
    QTest::newRow("strings") << u"%C|%5C|%05C|%R|%5R|"_s << "|     |     |||"_ba;
    QTest::newRow("pairs and bytes") << u"%P|%D|"_s << "||"_ba;
    QTest::newRow("QoS 0") << u"%m %q %r %l"_s << "0 0 0 0"_ba;
    QTest::newRow("empty payload") << u"%p|%x|%5p|%-3X|"_s << "||     |   |"_ba;
}

void tst_MessageFormat::absentPropertiesPrintAsMosquittoSubDoes()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    QCOMPARE(render(format, bareMessage()), expected);
}

void tst_MessageFormat::followsIntentWhereMosquittoHasBugs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("mosquitto"); // what mosquitto_sub 2.0.11 prints
    QTest::newRow("'-' without width") << u"%-p|"_s << "hello world|"_ba
                                       << "hello world           |"_ba;
    QTest::newRow("hex width") << u"%20x|"_s << "68656c6c6f20776f726c|"_ba
                               << "          68656c6c6f|"_ba;
}

// tst_cli_suboutput shows the mosquitto column on the real mosquitto_sub.
void tst_MessageFormat::followsIntentWhereMosquittoHasBugs()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, mosquitto);
    const QByteArray printed = render(format, fullMessage());
    QCOMPARE(printed, expected);
    QVERIFY(printed != mosquitto);
}

void tst_MessageFormat::jsonHasMosquittoSubsKeysInOrder()
{
    QCOMPARE(render(u"%j"_s, fullMessage()),
             R"({"tst":"2021-03-04T07:06:07.123456+0200","topic":"sensors/kitchen","qos":1,)"
             R"("retain":1,"payloadlen":11,"mid":42,"properties":{"subscription-identifier":7,)"
             R"("content-type":"text/plain","user-properties":{"a":"b","c":"d"},)"
             R"("correlation-data":"cd","response-topic":"rt","payload-format-indicator":1,)"
             R"("message-expiry-interval":3600,"topic-alias":3},"payload":"hello world"})"_ba);
}

void tst_MessageFormat::jsonOfBareMessage()
{
    const QByteArray expected =
        R"({"tst":"2021-03-04T07:06:07.123456+0200","topic":"bare","qos":0,"retain":0,)"
        R"("payloadlen":0,"payload":null})"_ba;
    QCOMPARE(render(u"%j"_s, bareMessage()), expected);
    QCOMPARE(render(u"%J"_s, bareMessage()), expected);
}

void tst_MessageFormat::jsonEscapesAsCJsonDoes()
{
    const QByteArray payload("a\"b\\c\x01\x1f\xc3\xa9\t\b\f\r\n\x7f\0z", 17);
    const QByteArray printed = render(u"%j"_s, messageWithPayload(payload));
    QVERIFY2(printed.endsWith(R"("payload":"a\"b\\c\u0001\u001f)"
                              "\xc3\xa9"
                              R"(\t\b\f\r\n)"
                              "\x7f"
                              R"(\u0000z"})"),
             printed.constData());
}

void tst_MessageFormat::jsonPayloadMustBeJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("json");
    QTest::newRow("object") << R"({"b": 1.50, "a":[true,null]})"_ba << true;
    QTest::newRow("number") << "27"_ba << true;
    QTest::newRow("string") << R"("text")"_ba << true;
    QTest::newRow("text") << "not json"_ba << false;
    QTest::newRow("two values") << "1,2"_ba << false;
    QTest::newRow("unbalanced") << "1],[2"_ba << false;
}

void tst_MessageFormat::jsonPayloadMustBeJson()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, json);
    QStringList problems;
    const QByteArray printed = render(u"<%J>"_s, messageWithPayload(payload), &problems);
    if (json) {
        QVERIFY2(printed.endsWith(",\"payload\":" + payload + "}>"), printed.constData());
        QVERIFY(problems.isEmpty());
    } else {
        QCOMPARE(printed, "<>"_ba); // as mosquitto_sub: the field is left out, the rest printed
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"on 't' is not valid JSON"_s),
                 qPrintable(problems.first()));
    }
}

void tst_MessageFormat::refusesWhatMosquittoSubRefuses_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("error");
    QTest::newRow("lone %") << u"ab%"_s << u"incomplete format specifier '%'"_s;
    QTest::newRow("flag only") << u"%-"_s << u"incomplete format specifier '%-'"_s;
    QTest::newRow("width only") << u"%05"_s << u"incomplete format specifier '%05'"_s;
    QTest::newRow("precision only") << u"%5.3"_s << u"incomplete format specifier '%5.3'"_s;
    QTest::newRow("unknown letter") << u"%k"_s << u"invalid format specifier '%k'"_s;
    QTest::newRow("unknown after width") << u"%-5.2z"_s << u"invalid format specifier '%-5.2z'"_s;
    QTest::newRow("flags in the wrong order") << u"%0-5t"_s << u"invalid format specifier '%0-'"_s;
    QTest::newRow("lone backslash") << u"a\\"_s << u"incomplete escape '\\'"_s;
    QTest::newRow("unknown escape") << u"\\q"_s << u"invalid escape '\\q'"_s;
    QTest::newRow("lone @") << u"@"_s << u"incomplete time specifier '@'"_s;
    QTest::newRow("huge width") << u"%1000000t"_s << u"field width or precision over 100000"_s;
}

void tst_MessageFormat::refusesWhatMosquittoSubRefuses()
{
    QFETCH(QString, format);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!MessageFormat::parse(format.toUtf8(), &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_APPLESS_MAIN(tst_MessageFormat)
#include "tst_messageformat.moc"
