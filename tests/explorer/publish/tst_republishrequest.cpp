// A received message as a publish request, and the payload editor holding its bytes: every byte
// comes back as it was, in the mode that shows it best; hex digits typed and converted. No broker.
#include "explorer/publish/widgetdriving.h"
#include "publish/payloadeditor.h"
#include "publish/payloadtext.h"
#include "publish/republish.h"

#include <OhMqtt/mqttmessage.h>

#include <QtTest/qtest.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qradiobutton.h>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttExplorerTest;
using namespace Qt::StringLiterals;

namespace {

QByteArray utf8(const char8_t *text)
{
    return QByteArray(reinterpret_cast<const char *>(text));
}

QByteArray repeated(qsizetype size, char byte)
{
    return QByteArray(size, byte);
}

} // namespace

class tst_RepublishRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editingModeShowsTheBytesBest_data();
    void editingModeShowsTheBytesBest();
    void editorGivesBackEveryByte_data();
    void editorGivesBackEveryByte();
    void hexDigitsInPairs_data();
    void hexDigitsInPairs();
    void requestKeepsWhatAClientMaySend();
    void switchingToHexAndBackKeepsTheBytes();
    void bytesThatAreNoTextStayInHex();
    void typedHexIsCheckedAndSent();
    void typedNoBreakSpaceIsSentAsTyped();
};

void tst_RepublishRequest::editingModeShowsTheBytesBest_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadMode>("mode");

    QTest::newRow("empty") << QByteArray() << PayloadMode::Text;
    QTest::newRow("word") << QByteArray("on") << PayloadMode::Text;
    QTest::newRow("number: text, not JSON") << QByteArray("21.5") << PayloadMode::Text;
    QTest::newRow("true: text, not JSON") << QByteArray("true") << PayloadMode::Text;
    QTest::newRow("object") << QByteArray(R"({"a": [1, 2]})") << PayloadMode::Json;
    QTest::newRow("array after white space") << QByteArray(" \n\t[1, {}]\n") << PayloadMode::Json;
    QTest::newRow("broken JSON") << QByteArray(R"({"a": )") << PayloadMode::Text;
    QTest::newRow("lines and tabs") << QByteArray("a\tb\nc\n") << PayloadMode::Text;
    QTest::newRow("non-ASCII") << utf8(u8"21,5 °C — ünïcödé 温度 😀") << PayloadMode::Text;
    QTest::newRow("byte order mark") << utf8(u8"\uFEFFhello") << PayloadMode::Text;
    QTest::newRow("no-break space") << utf8(u8"10\u00A0kg") << PayloadMode::Text;
    QTest::newRow("line separator") << utf8(u8"a\u2028b") << PayloadMode::Text;
    QTest::newRow("CR LF") << QByteArray("a\r\nb") << PayloadMode::Hex;
    QTest::newRow("JSON with CR LF") << QByteArray("{\r\n}") << PayloadMode::Hex;
    QTest::newRow("paragraph separator") << utf8(u8"a\u2029b") << PayloadMode::Hex;
    QTest::newRow("U+FDD0") << utf8(u8"a\uFDD0b") << PayloadMode::Hex;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << PayloadMode::Hex;
    QTest::newRow("escape sequence") << QByteArray("\x1b[0m") << PayloadMode::Hex;
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\x00\x01", 4) << PayloadMode::Hex;
    QTest::newRow("overlong UTF-8") << QByteArray("\xc0\xaf") << PayloadMode::Hex;
    QTest::newRow("largest hex") << repeated(MaximumEditableHexBytes, '\x01') << PayloadMode::Hex;
    QTest::newRow("binary too large for hex")
        << repeated(MaximumEditableHexBytes + 1, '\x01') << PayloadMode::File;
    QTest::newRow("largest text") << repeated(MaximumEditableTextBytes, 'a') << PayloadMode::Text;
    QTest::newRow("text too large to edit")
        << repeated(MaximumEditableTextBytes + 1, 'a') << PayloadMode::File;
}

void tst_RepublishRequest::editingModeShowsTheBytesBest()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadMode, mode);
    QCOMPARE(editingModeFor(payload), mode);
}

void tst_RepublishRequest::editorGivesBackEveryByte_data()
{
    editingModeShowsTheBytesBest_data();
}

// The rule above checked against the real editor: in the mode chosen, the editor's payload is
// the very bytes put in, and nothing is flagged.
void tst_RepublishRequest::editorGivesBackEveryByte()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadMode, mode);
    if (payload.size() > 4096 && mode != PayloadMode::File)
        payload.truncate(4096); // the large rows are about the limits, checked above
    PayloadEditor editor;
    editor.setPayload(editingModeFor(payload), payload);
    editor.checkNow();
    QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
    QCOMPARE(editor.mode(), editingModeFor(payload));
    QCOMPARE(editor.payload(), payload);
}

void tst_RepublishRequest::hexDigitsInPairs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QString() << true << QByteArray();
    QTest::newRow("pairs and white space")
        << u" 0a 1B\n\tff00 "_s << true << QByteArray("\x0a\x1b\xff\x00", 4);
    QTest::newRow("odd digit") << u"0a 1"_s << false << QByteArray();
    QTest::newRow("space inside a pair") << u"0 a"_s << false << QByteArray();
    QTest::newRow("not hex") << u"0g"_s << false << QByteArray();
    QTest::newRow("prefix") << u"0x0a"_s << false << QByteArray();
}

void tst_RepublishRequest::hexDigitsInPairs()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    const std::optional<QByteArray> parsed = bytesFromHex(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, bytes);
        QCOMPARE(bytesFromHex(hexText(bytes)), std::optional(bytes));
    }
    QByteArray every;
    for (int byte = 0; byte < 256; ++byte)
        every.append(char(byte));
    const QString hex = hexText(every);
    QVERIFY(hex.startsWith(u"00 01 02"_s));
    QCOMPARE(hex.count(u'\n'), 256 / 16 - 1); // 16 bytes to a line
    QCOMPARE(bytesFromHex(hex), std::optional(every));
}

// Everything a client may send comes over; the Topic Alias (the server's number) and the
// Subscription Identifiers (the server's to add [MQTT-3.3.4-6]) do not.
void tst_RepublishRequest::requestKeepsWhatAClientMaySend()
{
    const QByteArray payload("\x00\x9f\x92\x96 binary", 11);
    PublishPacket packet;
    packet.topic = u"plant/ünit/7"_s;
    packet.payload = payload;
    packet.qos = QoS::Q2;
    packet.retain = true;
    packet.packetId = 9;
    PublishProperties &properties = packet.properties;
    properties.setPayloadFormatIndicator(0);
    properties.setMessageExpiryInterval(3599);
    properties.setTopicAlias(4);
    properties.setContentType(u"application/x-protobuf"_s);
    properties.setResponseTopic(u"plant/replies"_s);
    properties.setCorrelationData(QByteArray("\x00\xff\x10", 3));
    properties.addSubscriptionIdentifier(7);
    properties.addUserProperty(u"unit"_s, u"°C"_s);
    properties.addSubscriptionIdentifier(12);
    properties.addUserProperty(u"unit"_s, u"K"_s);
    const MqttMessage message(std::move(packet));

    const PublishRequest request = republishRequest(message);
    QCOMPARE(request.topic, u"plant/ünit/7"_s);
    QCOMPARE(request.payload, payload);
    QCOMPARE(request.payloadMode, PayloadMode::Hex);
    QVERIFY(request.fileName.isEmpty());
    QCOMPARE(request.qos, QoS::Q2);
    QCOMPARE(request.retain, true);
    QCOMPARE(request.aliasPolicy, AliasPolicy::Never);

    PublishProperties expected;
    expected.setPayloadFormatIndicator(0);
    expected.setMessageExpiryInterval(3599);
    expected.setContentType(u"application/x-protobuf"_s);
    expected.setResponseTopic(u"plant/replies"_s);
    expected.setCorrelationData(QByteArray("\x00\xff\x10", 3));
    expected.addUserProperty(u"unit"_s, u"°C"_s);
    expected.addUserProperty(u"unit"_s, u"K"_s);
    QCOMPARE(request.properties, expected); // in the order received
}

void tst_RepublishRequest::switchingToHexAndBackKeepsTheBytes()
{
    PayloadEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QString text = u"{\"t\": \"21,5 °C\u00a0\"}\n"_s;
    editor.setPayload(PayloadMode::Json, text.toUtf8());
    auto *edit = child<QPlainTextEdit>(&editor, "payloadEdit");

    click(child<QRadioButton>(&editor, "hexModeButton"));
    QCOMPARE(editor.mode(), PayloadMode::Hex);
    QCOMPARE(edit->toPlainText(), hexText(text.toUtf8()));
    QCOMPARE(editor.payload(), text.toUtf8());

    click(child<QRadioButton>(&editor, "jsonModeButton"));
    QCOMPARE(editor.mode(), PayloadMode::Json);
    QVERIFY(edit->toPlainText().startsWith(u"{\"t\": \"21,5 °C"_s));
    QCOMPARE(editor.payload(), text.toUtf8());
    QVERIFY(editor.isValid());

    // A file's bytes are kept apart: going through File mode changes nothing in the text.
    click(child<QRadioButton>(&editor, "fileModeButton"));
    click(child<QRadioButton>(&editor, "hexModeButton"));
    QCOMPARE(editor.payload(), text.toUtf8());
}

void tst_RepublishRequest::bytesThatAreNoTextStayInHex()
{
    PayloadEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QByteArray bytes("line\r\n\xff", 7);
    editor.setPayload(PayloadMode::Hex, bytes);
    auto *note = child<QLabel>(&editor, "payloadModeNote");
    QVERIFY(!note->isVisible());

    click(child<QRadioButton>(&editor, "textModeButton"));
    QCOMPARE(editor.mode(), PayloadMode::Hex);
    QVERIFY(child<QRadioButton>(&editor, "hexModeButton")->isChecked());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"hex"_s), qPrintable(note->text()));
    QCOMPARE(editor.payload(), bytes);

    // Typing hides the note again.
    auto *edit = child<QPlainTextEdit>(&editor, "payloadEdit");
    edit->moveCursor(QTextCursor::End);
    typeText(edit, u" 0a"_s);
    QVERIFY(!note->isVisible());
    QCOMPARE(editor.payload(), bytes + '\n');
}

void tst_RepublishRequest::typedHexIsCheckedAndSent()
{
    PayloadEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    click(child<QRadioButton>(&editor, "hexModeButton"));
    auto *edit = child<QPlainTextEdit>(&editor, "payloadEdit");
    edit->setFocus();
    typeText(edit, u"00 ff 7"_s);
    QVERIFY(!editor.isValid());
    QVERIFY(child<QLabel>(&editor, "payloadError")->isVisible());
    typeText(edit, u"e"_s);
    QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
    QCOMPARE(editor.payload(), QByteArray("\x00\xff\x7e", 3));

    // Hex digits that are not yet in pairs are taken as the text they are.
    typeText(edit, u" 4"_s);
    click(child<QRadioButton>(&editor, "textModeButton"));
    QCOMPARE(editor.mode(), PayloadMode::Text);
    QCOMPARE(editor.payload(), QByteArray("00 ff 7e 4"));
}

// QPlainTextEdit::toPlainText() turns U+00A0 into a space; the payload must not.
void tst_RepublishRequest::typedNoBreakSpaceIsSentAsTyped()
{
    PayloadEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *edit = child<QPlainTextEdit>(&editor, "payloadEdit");
    edit->setFocus();
    typeText(edit, u"10\u00a0kg"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    typeText(edit, u"x"_s);
    QCOMPARE(editor.payload(), utf8(u8"10\u00a0kg\nx"));
}

QTEST_MAIN(tst_RepublishRequest)
#include "tst_republishrequest.moc"
