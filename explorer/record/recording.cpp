#include "record/recording.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>

using OhMqtt::PublishProperties;
using OhMqtt::QoS;

namespace OhMqttExplorer::Recording {

namespace {

const QString FormatName = QStringLiteral("ohmqtt-recording");

QJsonObject propertiesObject(const PublishProperties &properties)
{
    QJsonObject object;
    if (const auto format = properties.payloadFormatIndicator())
        object.insert(QStringLiteral("payloadFormat"), int(*format));
    if (const auto expiry = properties.messageExpiryInterval())
        object.insert(QStringLiteral("messageExpiry"), qint64(*expiry));
    if (const auto type = properties.contentType())
        object.insert(QStringLiteral("contentType"), *type);
    if (const auto topic = properties.responseTopic())
        object.insert(QStringLiteral("responseTopic"), *topic);
    if (const auto data = properties.correlationData())
        object.insert(QStringLiteral("correlationData"), QString::fromLatin1(data->toBase64()));
    const auto pairs = properties.userProperties();
    if (!pairs.isEmpty()) {
        QJsonArray array;
        for (const auto &pair : pairs)
            array.append(QJsonArray {pair.first, pair.second});
        object.insert(QStringLiteral("userProperties"), array);
    }
    return object;
}

// Reads one line's message; returns the field that is wrong, or an empty string.
QString readMessage(const QJsonObject &object, RecordedMessage &message)
{
    const QJsonValue offset = object.value(QStringLiteral("t"));
    if (!offset.isDouble() || offset.toDouble() < 0)
        return QStringLiteral("t");
    message.offsetMs = qint64(offset.toDouble());
    const QJsonValue topic = object.value(QStringLiteral("topic"));
    if (!topic.isString() || topic.toString().isEmpty())
        return QStringLiteral("topic");
    message.topic = topic.toString();
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    if (!payload.isString())
        return QStringLiteral("payload");
    const auto decoded = QByteArray::fromBase64Encoding(payload.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return QStringLiteral("payload");
    message.payload = *decoded;
    const int qos = object.value(QStringLiteral("qos")).toInt(-1);
    if (qos < 0 || qos > 2)
        return QStringLiteral("qos");
    message.qos = QoS(qos);
    message.retain = object.value(QStringLiteral("retain")).toBool(false);

    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    if (properties.contains(QStringLiteral("payloadFormat"))) {
        const int format = properties.value(QStringLiteral("payloadFormat")).toInt(-1);
        if (format != 0 && format != 1)
            return QStringLiteral("properties.payloadFormat");
        message.properties.setPayloadFormatIndicator(quint8(format));
    }
    if (properties.contains(QStringLiteral("messageExpiry"))) {
        const double expiry = properties.value(QStringLiteral("messageExpiry")).toDouble(-1);
        if (expiry < 0 || expiry > 4294967295.0)
            return QStringLiteral("properties.messageExpiry");
        message.properties.setMessageExpiryInterval(quint32(expiry));
    }
    if (properties.contains(QStringLiteral("contentType")))
        message.properties.setContentType(
            properties.value(QStringLiteral("contentType")).toString());
    if (properties.contains(QStringLiteral("responseTopic")))
        message.properties.setResponseTopic(
            properties.value(QStringLiteral("responseTopic")).toString());
    if (properties.contains(QStringLiteral("correlationData"))) {
        const auto data = QByteArray::fromBase64Encoding(
            properties.value(QStringLiteral("correlationData")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!data)
            return QStringLiteral("properties.correlationData");
        message.properties.setCorrelationData(*data);
    }
    for (const QJsonValue &pair : properties.value(QStringLiteral("userProperties")).toArray()) {
        const QJsonArray nameValue = pair.toArray();
        if (nameValue.size() != 2 || !nameValue.at(0).isString() || !nameValue.at(1).isString())
            return QStringLiteral("properties.userProperties");
        message.properties.addUserProperty(nameValue.at(0).toString(), nameValue.at(1).toString());
    }
    return {};
}

} // namespace

QByteArray headerLine(const RecordingHeader &header)
{
    const QJsonObject object {{QStringLiteral("format"), FormatName},
                              {QStringLiteral("version"), FormatVersion},
                              {QStringLiteral("filter"), header.topicFilter},
                              {QStringLiteral("started"), header.startedAtMs}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray messageLine(const RecordedMessage &message)
{
    QJsonObject object {
        {QStringLiteral("t"), message.offsetMs},
        {QStringLiteral("topic"), message.topic},
        {QStringLiteral("qos"), int(message.qos)},
        {QStringLiteral("retain"), message.retain},
        {QStringLiteral("payload"), QString::fromLatin1(message.payload.toBase64())}};
    const QJsonObject properties = propertiesObject(message.properties);
    if (!properties.isEmpty())
        object.insert(QStringLiteral("properties"), properties);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<Contents> read(QIODevice &device, QString *error)
{
    const auto fail = [error](int line, const QString &what) -> std::optional<Contents> {
        if (error)
            *error = QCoreApplication::translate("OhMqttExplorer::Recording", "line %1: %2")
                         .arg(line)
                         .arg(what);
        return std::nullopt;
    };
    Contents contents;
    int lineNumber = 0;
    while (!device.atEnd()) {
        const QByteArray line = device.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            return fail(
                lineNumber,
                parseError.error == QJsonParseError::NoError
                    ? QCoreApplication::translate("OhMqttExplorer::Recording", "not a JSON object")
                    : QCoreApplication::translate("OhMqttExplorer::Recording",
                                                  "invalid JSON at column %1: %2")
                          .arg(parseError.offset + 1)
                          .arg(parseError.errorString()));
        }
        const QJsonObject object = document.object();
        if (lineNumber == 1) {
            if (object.value(QStringLiteral("format")).toString() != FormatName)
                return fail(lineNumber,
                            QCoreApplication::translate("OhMqttExplorer::Recording",
                                                        "field 'format': not an OhMqtt recording"));
            const int version = object.value(QStringLiteral("version")).toInt();
            if (version != FormatVersion)
                return fail(
                    lineNumber,
                    QCoreApplication::translate("OhMqttExplorer::Recording",
                                                "field 'version': version %1 is not supported")
                        .arg(version));
            contents.header.topicFilter = object.value(QStringLiteral("filter")).toString();
            contents.header.startedAtMs =
                qint64(object.value(QStringLiteral("started")).toDouble());
            continue;
        }
        RecordedMessage message;
        if (const QString field = readMessage(object, message); !field.isEmpty())
            return fail(lineNumber,
                        QCoreApplication::translate("OhMqttExplorer::Recording",
                                                    "field '%1' is missing or invalid")
                            .arg(field));
        contents.messages.append(std::move(message));
    }
    if (lineNumber == 0)
        return fail(1,
                    QCoreApplication::translate("OhMqttExplorer::Recording", "the file is empty"));
    return contents;
}

std::optional<Contents> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("OhMqttExplorer::Recording", "%1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<Contents> contents = read(file, error);
    if (!contents && error)
        *error =
            QCoreApplication::translate("OhMqttExplorer::Recording", "%1: %2").arg(path, *error);
    return contents;
}

} // namespace OhMqttExplorer::Recording
