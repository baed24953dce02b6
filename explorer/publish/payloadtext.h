// Payload bytes as the payload editor shows them: as text only when the text editor gives the
// very same bytes back, otherwise as hex digits.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <optional>

namespace OhMqttExplorer {

// Payloads up to these sizes are put into the payload editor as text or as hex digits; larger
// ones would make a giant string (a hex digit pair and a space per byte).
constexpr qsizetype MaximumEditableTextBytes = 1024 * 1024;
constexpr qsizetype MaximumEditableHexBytes = 64 * 1024;

// The payload as text, or nullopt when it is no text the editor holds exactly: invalid UTF-8,
// control characters other than tab and line feed (invisible, and CR would become a line
// break), and the other characters a QPlainTextEdit turns into line breaks (U+2029, U+FDD0,
// U+FDD1). A leading byte order mark is kept, as QString::fromUtf8() would drop it.
std::optional<QString> editableText(const QByteArray &payload);

// Hex digits in pairs, 16 bytes to a line: "00 ff 7e …".
QString hexText(const QByteArray &bytes);
// The bytes of hex digits in pairs, white space anywhere between pairs; nullopt when the text is
// anything else.
std::optional<QByteArray> bytesFromHex(QStringView text);

} // namespace OhMqttExplorer
