#include "app/messageexport.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qfile.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qstringconverter.h>

using OhMqtt::MqttMessage;

namespace OhMqttExplorer::MessageExport {

namespace {

struct Payload
{
    QString text;
    QString encoding;
};

Payload payloadText(const QByteArray &payload)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(payload);
    if (!decoder.hasError())
        return {std::move(text), QStringLiteral("utf-8")};
    return {QString::fromLatin1(payload.toBase64()), QStringLiteral("base64")};
}

QString received(const ReceivedMessage &message)
{
    return QDateTime::fromMSecsSinceEpoch(message.receivedAtMs, Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

QJsonObject jsonObject(const ReceivedMessage &received_)
{
    const MqttMessage &message = received_.message;
    const Payload payload = payloadText(message.payload());
    QJsonObject properties;
    const auto &p = message.properties();
    if (const auto type = p.contentType())
        properties.insert(QStringLiteral("contentType"), *type);
    if (const auto format = p.payloadFormatIndicator())
        properties.insert(QStringLiteral("payloadFormat"), int(*format));
    if (const auto expiry = p.messageExpiryInterval())
        properties.insert(QStringLiteral("messageExpiry"), qint64(*expiry));
    if (const auto topic = p.responseTopic())
        properties.insert(QStringLiteral("responseTopic"), *topic);
    if (const auto data = p.correlationData())
        properties.insert(QStringLiteral("correlationData"), QString::fromLatin1(data->toBase64()));
    QJsonArray userProperties;
    for (const auto &pair : p.userProperties())
        userProperties.append(QJsonArray {pair.first, pair.second});
    if (!userProperties.isEmpty())
        properties.insert(QStringLiteral("userProperties"), userProperties);
    QJsonObject object {{QStringLiteral("topic"), message.topic()},
                        {QStringLiteral("received"), received(received_)},
                        {QStringLiteral("qos"), int(message.qos())},
                        {QStringLiteral("retain"), message.retain()},
                        {QStringLiteral("encoding"), payload.encoding},
                        {QStringLiteral("payload"), payload.text}};
    if (!properties.isEmpty())
        object.insert(QStringLiteral("properties"), properties);
    return object;
}

// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray csv(const ReceivedMessages &messages)
{
    QString text = QStringLiteral("received,topic,qos,retain,encoding,payload,content_type\r\n");
    for (const ReceivedMessage &received_ : messages) {
        const MqttMessage &message = received_.message;
        const Payload payload = payloadText(message.payload());
        const QStringList fields {received(received_),
                                  csvField(message.topic()),
                                  QString::number(int(message.qos())),
                                  message.retain() ? QStringLiteral("1") : QStringLiteral("0"),
                                  payload.encoding,
                                  csvField(payload.text),
                                  csvField(message.properties().contentType().value_or(QString()))};
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace

bool write(const ReceivedMessages &messages, Format format, QIODevice &device, QString *error)
{
    QByteArray bytes;
    if (format == Format::Csv) {
        bytes = csv(messages);
    } else {
        QJsonArray array;
        for (const ReceivedMessage &message : messages)
            array.append(jsonObject(message));
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

bool writeFile(const ReceivedMessages &messages, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QCoreApplication::translate("OhMqttExplorer::MessageExport", "%1: %2",
                                                 "file path, then the error")
                         .arg(path, file.errorString());
        return false;
    }
    const Format format =
        path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
    if (!write(messages, format, file, error) || !file.flush()) {
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("OhMqttExplorer::MessageExport", "%1: %2",
                                                 "file path, then the error")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace OhMqttExplorer::MessageExport
