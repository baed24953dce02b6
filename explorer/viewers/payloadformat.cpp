// PayloadFormat: format detection and captions.
#include "viewers/payloadformat.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qlocale.h>

namespace OhMqttExplorer {

bool hasImageSignature(QByteArrayView payload) noexcept
{
    static constexpr char png[] = "\x89PNG\r\n\x1a\n";
    static constexpr char jpeg[] = "\xff\xd8\xff";
    return payload.startsWith(QByteArrayView(png, sizeof(png) - 1)) ||
        payload.startsWith(QByteArrayView(jpeg, sizeof(jpeg) - 1));
}

bool looksLikeText(QByteArrayView payload) noexcept
{
    for (const char c : payload) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\f' && byte != '\r')
            return false;
        if (byte == 0x7f)
            return false;
    }
    return payload.isValidUtf8();
}

bool parsesAsJson(const QByteArray &payload, QJsonDocument *document)
{
    // A cheap look at the first character spares a full parse of payloads that cannot be JSON.
    qsizetype first = 0;
    while (first < payload.size() && QChar::isSpace(uchar(payload.at(first))))
        ++first;
    if (first >= payload.size() || (payload.at(first) != '{' && payload.at(first) != '['))
        return false;
    QJsonParseError error;
    QJsonDocument parsed = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    if (document)
        *document = std::move(parsed);
    return true;
}

PayloadDetection detectPayloadFormat(const QByteArray &payload)
{
    PayloadDetection detection;
    if (parsesAsJson(payload, &detection.json))
        detection.format = PayloadFormat::Json;
    else if (hasImageSignature(payload))
        detection.format = PayloadFormat::Image;
    else if (looksLikeText(payload))
        detection.format = PayloadFormat::Text;
    else
        detection.format = PayloadFormat::Hex;
    return detection;
}

QString payloadFormatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Auto:
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "Auto");
    case PayloadFormat::Text:
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "Text");
    case PayloadFormat::Json:
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "JSON");
    case PayloadFormat::Hex:
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "Hex");
    case PayloadFormat::Base64:
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "Base64");
    case PayloadFormat::Image:
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "Image");
    }
    return {};
}

QString groupedNumber(qint64 number)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(number);
}

QString byteCountText(qint64 bytes)
{
    if (bytes == 1)
        return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "1 byte");
    return QCoreApplication::translate("OhMqttExplorer::PayloadFormat", "%1 bytes")
        .arg(groupedNumber(bytes));
}

} // namespace OhMqttExplorer
