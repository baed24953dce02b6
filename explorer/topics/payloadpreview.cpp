// The one-line preview of a payload that the topic tree shows in its Value column.
#include "topics/payloadpreview.h"

#include <QtCore/qstringconverter.h>

namespace OhMqttExplorer {

namespace {

bool isControl(uchar byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f;
}

// The length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xe0) == 0xc0)
        return 2;
    if ((lead & 0xf0) == 0xe0)
        return 3;
    if ((lead & 0xf8) == 0xf0)
        return 4;
    return 0;
}

// `bytes` without a multi-byte sequence cut at its end.
QByteArrayView withoutCutSequence(QByteArrayView bytes)
{
    // A sequence is at most 4 bytes long: its lead byte is among the last 4.
    for (qsizetype i = bytes.size() - 1; i >= 0 && i >= bytes.size() - 4; --i) {
        const auto byte = uchar(bytes[i]);
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: keep looking for the lead
        const int length = sequenceLength(byte);
        return length > 0 && i + length > bytes.size() ? bytes.first(i) : bytes;
    }
    return bytes;
}

// The bytes as text, or a null QString when they are not UTF-8 text without control characters.
QString decodeText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (isControl(uchar(c)))
            return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    if (text.isNull())
        text = QStringLiteral(""); // no bytes are text too
    return text;
}

} // namespace

bool PayloadPreview::isText(QByteArrayView bytes, bool mayBeCut)
{
    return !decodeText(mayBeCut ? withoutCutSequence(bytes) : bytes).isNull();
}

QString PayloadPreview::of(const QByteArray &payload, int maximumLength)
{
    if (payload.isEmpty())
        return {};
    // Enough bytes for maximumLength characters even after white space collapses; never the
    // whole of a large payload.
    const qsizetype inspected = qMin<qsizetype>(payload.size(), qsizetype(maximumLength) * 8 + 4);
    const bool cut = inspected < payload.size();
    QByteArrayView head = QByteArrayView(payload).first(inspected);
    if (cut)
        head = withoutCutSequence(head);
    QString text = decodeText(head);
    if (text.isNull())
        return tr("<%1 bytes binary>").arg(payload.size());

    text = text.simplified();
    if (text.size() > maximumLength) {
        text.truncate(maximumLength);
        // Never leave half a surrogate pair before the ellipsis.
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text.append(QChar(0x2026));
    } else if (cut) {
        text.append(QChar(0x2026));
    }
    return text;
}

} // namespace OhMqttExplorer
