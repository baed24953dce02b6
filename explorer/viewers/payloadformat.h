// PayloadFormat: the ways a payload can be shown, the pick "auto" makes, and the size caption.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qstring.h>

namespace OhMqttExplorer {

enum class PayloadFormat { Auto, Text, Json, Hex, Base64, Image };

// What "auto" chose, with the parsed document when it chose JSON so nobody parses it twice.
struct PayloadDetection
{
    PayloadFormat format = PayloadFormat::Hex;
    QJsonDocument json;
};

// PNG or JPEG magic bytes.
bool hasImageSignature(QByteArrayView payload) noexcept;
// Valid UTF-8 without control characters other than tab, line feed, form feed, carriage return.
bool looksLikeText(QByteArrayView payload) noexcept;
// A JSON object or array (the only documents QJsonDocument holds).
bool parsesAsJson(const QByteArray &payload, QJsonDocument *document = nullptr);

// JSON if it parses, image if PNG/JPEG magic bytes, text if valid UTF-8, hex otherwise.
PayloadDetection detectPayloadFormat(const QByteArray &payload);

QString payloadFormatName(PayloadFormat format);
// The exact size with digit grouping: "1,048,576 bytes".
QString byteCountText(qint64 bytes);
// Digits grouped as the locale does, even the C locale, which omits grouping by default.
QString groupedNumber(qint64 number);

} // namespace OhMqttExplorer
