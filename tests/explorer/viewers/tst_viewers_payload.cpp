// PayloadView and its lazily painted formats: text, hex, Base64, image, the auto pick, the size.
#include "viewers/base64rows.h"
#include "viewers/hexrows.h"
#include "viewers/imageview.h"
#include "viewers/jsonview.h"
#include "viewers/payloadview.h"
#include "viewers/rowview.h"
#include "viewers/textrows.h"

#include "viewertesting.h"

#include <QtGui/qclipboard.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qscrollbar.h>
#include <QtWidgets/qtextedit.h>

using namespace OhMqttExplorer;

namespace {
// A payload of 16 MB whose bytes depend on their offset, so each row is distinct.
QByteArray sixteenMegabytes()
{
    QByteArray payload(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 7 + i / 256) & 0xFF);
    return payload;
}

QString expectedHexRow(const QByteArray &payload, qsizetype row)
{
    const QByteArray bytes = payload.mid(row * 16, 16);
    QString text = QStringLiteral("%1  ").arg(row * 16, 8, 16, QLatin1Char('0'));
    for (int i = 0; i < 16; ++i) {
        if (i == 8)
            text += u' ';
        text += i < bytes.size()
            ? QStringLiteral("%1 ").arg(uchar(bytes[i]), 2, 16, QLatin1Char('0'))
            : QStringLiteral("   ");
    }
    text += u" |";
    for (const char c : bytes)
        text += uchar(c) >= 0x20 && uchar(c) < 0x7f ? QChar(char16_t(uchar(c))) : QChar(u'.');
    return text + u'|';
}
} // namespace

class TestViewersPayload : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }

    void showsExactSizeWithGroupedDigits_data();
    void showsExactSizeWithGroupedDigits();
    void autoPicksTheBestFormat_data();
    void autoPicksTheBestFormat();
    void chosenFormatStaysForTheNextPayload();

    void textDecodesMultibyteUtf8PerLine();
    void textSplitsLongLinesAtCharacterBoundaries();
    void textOfMegabytesPaintsOnlyVisibleRows();
    void textFindJumpsToTheMatch();
    void rowsAreSelectedWithMouseAndCopied();

    void hexShowsOffsetBytesAndAscii();
    void hexOf16MegabytesOpensLazily();

    void base64RowsConcatenateToTheWholeEncoding_data();
    void base64RowsConcatenateToTheWholeEncoding();
    void base64ViewShowsRowsAcrossChunkBoundaries();

    void imageShowsPngWithItsDimensions();
    void imageShrinksToFit();
    void imageThatDoesNotDecodeSaysSo();
};

void TestViewersPayload::showsExactSizeWithGroupedDigits_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << qsizetype(0) << QStringLiteral("0 bytes");
    QTest::newRow("one") << qsizetype(1) << QStringLiteral("1 byte");
    QTest::newRow("1000") << qsizetype(1000) << QStringLiteral("1,000 bytes");
    QTest::newRow("1 MiB") << qsizetype(1 << 20) << QStringLiteral("1,048,576 bytes");
}

void TestViewersPayload::showsExactSizeWithGroupedDigits()
{
    QFETCH(qsizetype, size);
    QFETCH(QString, text);
    PayloadView view;
    view.setPayload(QByteArray(size, 'x'));
    QCOMPARE(view.sizeText(), text);
    QCOMPARE(byteCountText(size), text);
}

void TestViewersPayload::autoPicksTheBestFormat_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadFormat>("format");
    QTest::newRow("object") << QByteArray(R"( {"a": [1, 2]})") << PayloadFormat::Json;
    QTest::newRow("array") << QByteArray("[true, null]") << PayloadFormat::Json;
    QTest::newRow("number is text") << QByteArray("21.5") << PayloadFormat::Text;
    QTest::newRow("broken json is text") << QByteArray("{\"a\": ") << PayloadFormat::Text;
    QTest::newRow("utf-8 text") << QByteArray("Grüße, 世界\n") << PayloadFormat::Text;
    QTest::newRow("empty") << QByteArray() << PayloadFormat::Text;
    QTest::newRow("png") << OhMqttViewerTest::encodedImage({4, 3}, "PNG") << PayloadFormat::Image;
    QTest::newRow("jpeg") << OhMqttViewerTest::encodedImage({4, 3}, "JPEG") << PayloadFormat::Image;
    QTest::newRow("control bytes") << QByteArray("ab\x00\x01", 4) << PayloadFormat::Hex;
    QTest::newRow("invalid utf-8") << QByteArray("caf\xc3\x28") << PayloadFormat::Hex;
}

void TestViewersPayload::autoPicksTheBestFormat()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadFormat, format);
    QCOMPARE(detectPayloadFormat(payload).format, format);
    PayloadView view;
    QCOMPARE(view.format(), PayloadFormat::Auto);
    view.setPayload(payload);
    QCOMPARE(view.shownFormat(), format);
    QVERIFY(view.formatSelector()->currentText().contains(payloadFormatName(format)));
}

void TestViewersPayload::chosenFormatStaysForTheNextPayload()
{
    PayloadView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(QByteArray(R"({"a": 1})"));
    QCOMPARE(view.shownFormat(), PayloadFormat::Json);
    // The user picks Hex in the selector: Auto, Text, JSON, Hex.
    view.formatSelector()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view.formatSelector(), Qt::Key_Down);
    QCOMPARE(view.format(), PayloadFormat::Hex);
    QCOMPARE(view.shownFormat(), PayloadFormat::Hex);
    QVERIFY(view.hexView()->isVisible());
    view.setPayload(QByteArray(R"({"b": 2})"));
    QCOMPARE(view.shownFormat(), PayloadFormat::Hex);
    QCOMPARE(view.hexView()->rowCount(), 1);
    QVERIFY(view.hexView()->visibleText().contains(u"|{\"b\": 2}|"));
}

void TestViewersPayload::textDecodesMultibyteUtf8PerLine()
{
    const QByteArray payload("h\xc3\xa9llo w\xc3\xb6rld\n\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\t"
                             "tab\r\nlast \xf0\x9f\x99\x82");
    TextRows rows(payload);
    QCOMPARE(rows.rowCount(), 3);
    QCOMPARE(rows.rowText(0), QStringLiteral("héllo wörld"));
    // The tab after three characters reaches the next stop at column 4; the CR is dropped.
    QCOMPARE(rows.rowText(1), QStringLiteral("日本語 tab"));
    QCOMPARE(rows.rowText(2), QString::fromUtf8("last \xf0\x9f\x99\x82"));
    QCOMPARE(rows.rowLabel(0), QStringLiteral("1"));
    QCOMPARE(rows.rowLabel(2), QStringLiteral("3"));
    QCOMPARE(rows.textForRows(0, 2), QString::fromUtf8(payload));

    PayloadView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(payload);
    QCOMPARE(view.shownFormat(), PayloadFormat::Text);
    QCOMPARE(view.textView()->visibleText(),
             QString::fromUtf8("héllo wörld\n日本語 tab\nlast \xf0\x9f\x99\x82"));
}

void TestViewersPayload::textSplitsLongLinesAtCharacterBoundaries()
{
    // 3,000 euro signs of three bytes each: 1,024 is no multiple of three.
    QByteArray payload;
    for (int i = 0; i < 3000; ++i)
        payload += "\xe2\x82\xac";
    payload += "\nnext";
    TextRows rows(payload);
    QVERIFY(rows.rowCount() > 2);
    QString joined;
    for (qsizetype row = 0; row + 1 < rows.rowCount(); ++row) {
        const QString text = rows.rowText(row);
        QVERIFY2(!text.contains(QChar::ReplacementCharacter), qPrintable(QString::number(row)));
        QVERIFY(text.size() <= TextRows::MaxRowBytes / 3);
        joined += text;
    }
    QCOMPARE(joined, QString(3000, QChar(0x20AC)));
    QCOMPARE(rows.rowLabel(0), QStringLiteral("1"));
    QCOMPARE(rows.rowLabel(1), QString()); // a continuation row has no line number
    QCOMPARE(rows.rowLabel(rows.rowCount() - 1), QStringLiteral("2"));
    QCOMPARE(rows.rowText(rows.rowCount() - 1), QStringLiteral("next"));
    QCOMPARE(rows.textForRows(0, rows.rowCount() - 1), QString::fromUtf8(payload));
}

void TestViewersPayload::textOfMegabytesPaintsOnlyVisibleRows()
{
    QByteArray payload;
    const int lines = 400'000; // about 8 MB
    payload.reserve(lines * 20);
    for (int i = 0; i < lines; ++i)
        payload += "line " + QByteArray::number(i) + " of the log\n";
    PayloadView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(payload);
    QCOMPARE(view.shownFormat(), PayloadFormat::Text);
    RowView *text = view.textView();
    QCOMPARE(text->rowCount(), lines);
    // No text document holds the payload; what is decoded is what is on screen.
    QVERIFY(view.findChildren<QPlainTextEdit *>().isEmpty());
    QVERIFY(view.findChildren<QTextEdit *>().isEmpty());
    QVERIFY(text->visibleRowCount() > 0);
    QVERIFY(text->visibleRowCount() < 100);
    QVERIFY(text->visibleText().size() < 4000);
    QVERIFY(text->visibleText().startsWith(u"line 0 of the log\nline 1 of the log"));
    // End goes to the last line.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End);
    QVERIFY(text->visibleText().endsWith(u"line 399999 of the log"));
    QCOMPARE(text->selectedRows(), std::pair(qsizetype(lines - 1), qsizetype(lines - 1)));
}

void TestViewersPayload::textFindJumpsToTheMatch()
{
    QByteArray payload;
    for (int i = 0; i < 5000; ++i)
        payload += "row " + QByteArray::number(i) + (i == 4321 ? " NEEDLE here\n" : "\n");
    PayloadView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(payload);
    RowView *text = view.textView();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(text->findEdit()->isVisible());
    QVERIFY(text->findEdit()->hasFocus());
    QTest::keyClicks(text->findEdit(), QStringLiteral("needle"));
    QTest::keyClick(text->findEdit(), Qt::Key_Return);
    QCOMPARE(text->currentMatch(), (RowMatch {4321, 9, 6}));
    QVERIFY(text->visibleText().contains(u"row 4321 NEEDLE here"));
    // The next search wraps around to the same, only, match.
    QTest::keyClick(text->findEdit(), Qt::Key_Return);
    QCOMPARE(text->currentMatch(), (RowMatch {4321, 9, 6}));
    QTest::keyClick(text->findEdit(), Qt::Key_Escape);
}

void TestViewersPayload::rowsAreSelectedWithMouseAndCopied()
{
    RowView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSource(std::make_unique<TextRows>("alpha\nbeta\ngamma\ndelta\n"));
    const int rowHeight = QFontMetrics(view.font()).lineSpacing();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(20, rowHeight + 2));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      QPoint(20, 2 * rowHeight + 2));
    QCOMPARE(view.selectedRows(), std::pair(qsizetype(1), qsizetype(2)));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("beta\ngamma"));
}

void TestViewersPayload::hexShowsOffsetBytesAndAscii()
{
    const QByteArray payload("Hello world\n\x00\x01\x02\x03tail\xff", 21);
    HexRows rows(payload);
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(rows.rowText(0),
             QStringLiteral("00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 03  "
                            "|Hello world.....|"));
    QCOMPARE(rows.rowText(1),
             QStringLiteral("00000010  74 61 69 6c ff                                    "
                            "|tail.|"));
    QCOMPARE(rows.rowText(1), expectedHexRow(payload, 1));
}

void TestViewersPayload::hexOf16MegabytesOpensLazily()
{
    const QByteArray payload = sixteenMegabytes();
    PayloadView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFormat(PayloadFormat::Hex);
    view.setPayload(payload);
    QCOMPARE(view.sizeText(), QStringLiteral("16,777,216 bytes"));
    RowView *hex = view.hexView();
    QVERIFY(hex->isVisible());
    QCOMPARE(hex->rowCount(), 1'048'576);
    QCOMPARE(hex->source()->rowText(0), expectedHexRow(payload, 0));
    QCOMPARE(hex->source()->rowText(1'048'575), expectedHexRow(payload, 1'048'575));
    QVERIFY(hex->source()->rowText(1'048'575).startsWith(u"00fffff0  "));
    // What the view decodes is the screen, not the payload.
    QVERIFY(hex->visibleText().size() < 100 * 80);
    QVERIFY(hex->visibleText().startsWith(expectedHexRow(payload, 0)));
    // The other formats were not built for this payload (text shows the empty one before).
    QCOMPARE(view.textView()->rowCount(), 1);
    QCOMPARE(view.base64View()->rowCount(), 0);
    // Scrolling to the end shows the last rows.
    hex->verticalScrollBar()->setValue(hex->verticalScrollBar()->maximum());
    QVERIFY(hex->visibleText().endsWith(expectedHexRow(payload, 1'048'575)));
    QVERIFY(hex->visibleText().size() < 100 * 80);
}

void TestViewersPayload::base64RowsConcatenateToTheWholeEncoding_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 1000, 4099})
        QTest::addRow("%d bytes", size) << size;
}

void TestViewersPayload::base64RowsConcatenateToTheWholeEncoding()
{
    QFETCH(int, size);
    QByteArray payload(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        payload[i] = char(i * 31 + 7);
    Base64Rows rows(payload);
    QString joined;
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        QVERIFY(rows.rowText(row).size() <= 76);
        joined += rows.rowText(row);
    }
    QCOMPARE(joined, QString::fromLatin1(payload.toBase64()));
    QCOMPARE(rows.textForRows(0, rows.rowCount() - 1), QString::fromLatin1(payload.toBase64()));
}

void TestViewersPayload::base64ViewShowsRowsAcrossChunkBoundaries()
{
    QByteArray payload(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i ^ (i >> 9));
    const QString expected = QString::fromLatin1(payload.toBase64());
    PayloadView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFormat(PayloadFormat::Base64);
    view.setPayload(payload);
    RowView *base64 = view.base64View();
    QCOMPARE(base64->rowCount(), (payload.size() + 56) / 57);
    base64->setFirstVisibleRow(5000);
    const QStringList shown = base64->visibleText().split(u'\n');
    QVERIFY(shown.size() > 2);
    QVERIFY(shown.size() < 100);
    for (qsizetype i = 0; i < shown.size(); ++i)
        QCOMPARE(shown[i], expected.mid((5000 + i) * 76, 76));
}

void TestViewersPayload::imageShowsPngWithItsDimensions()
{
    PayloadView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(OhMqttViewerTest::encodedImage({64, 48}, "PNG"));
    QCOMPARE(view.shownFormat(), PayloadFormat::Image);
    ImageView *image = view.imageView();
    QVERIFY(image->isVisible());
    QVERIFY(image->hasImage());
    QCOMPARE(image->imageSize(), QSize(64, 48));
    QCOMPARE(image->infoText(), QStringLiteral("64 × 48 pixels"));
    QCOMPARE(image->shownSize(), QSize(64, 48)); // small images keep their pixels
}

void TestViewersPayload::imageShrinksToFit()
{
    PayloadView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(OhMqttViewerTest::encodedImage({2000, 1000}, "PNG"));
    ImageView *image = view.imageView();
    QCOMPARE(image->imageSize(), QSize(2000, 1000));
    const QSize shown = image->shownSize();
    QVERIFY(shown.width() <= image->width());
    QVERIFY(shown.height() <= image->height());
    QVERIFY(qAbs(shown.width() - 2 * shown.height()) <= 2); // the aspect ratio is kept
    view.resize(800, 600);
    QTRY_VERIFY(image->shownSize().width() > shown.width());
}

void TestViewersPayload::imageThatDoesNotDecodeSaysSo()
{
    PayloadView view;
    view.setFormat(PayloadFormat::Image);
    view.setPayload(QByteArray("\x89PNG\r\n\x1a\nbroken"));
    QVERIFY(!view.imageView()->hasImage());
    QCOMPARE(view.imageView()->infoText(), QStringLiteral("Not an image Qt can decode"));
}

QTEST_MAIN(TestViewersPayload)
#include "tst_viewers_payload.moc"
