// Payload bytes as editable text or hex digits, without losing a byte either way.
#include "publish/payloadtext.h"

#include <QtCore/qstringconverter.h>

namespace OhMqttExplorer {

namespace {

constexpr int HexBytesPerLine = 16;

// Characters a QTextDocument stores as block breaks (so does CR, a control character anyway):
// they come back as "\n".
bool becomesLineBreak(char16_t c)
{
    return c == QChar::ParagraphSeparator || c == 0xFDD0 || c == 0xFDD1;
}

bool isInvisibleControl(QChar c)
{
    return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n';
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

std::optional<QString> editableText(const QByteArray &payload)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless |
                               QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(payload);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(text)) {
        if (becomesLineBreak(c.unicode()) || isInvisibleControl(c))
            return std::nullopt;
    }
    return text;
}

QString hexText(const QByteArray &bytes)
{
    static constexpr char16_t Digits[] = u"0123456789abcdef";
    QString text;
    text.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            text.append(i % HexBytesPerLine == 0 ? u'\n' : u' ');
        const auto byte = uchar(bytes.at(i));
        text.append(QChar(Digits[byte >> 4]));
        text.append(QChar(Digits[byte & 0x0F]));
    }
    return text;
}

std::optional<QByteArray> bytesFromHex(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    int high = -1; // the first digit of a pair, while the second is awaited
    for (const QChar c : text) {
        if (c.isSpace() && high < 0)
            continue;
        const int value = hexValue(c.unicode());
        if (value < 0)
            return std::nullopt;
        if (high < 0) {
            high = value;
        } else {
            bytes.append(char(high << 4 | value));
            high = -1;
        }
    }
    if (high >= 0)
        return std::nullopt;
    return bytes;
}

} // namespace OhMqttExplorer
