// Writes %j and %J by hand: QJsonObject sorts its keys and takes text, where mosquitto_sub keeps
// its own key order and passes payload bytes through unchanged; Qt's parser still checks %J.
#include "messagejson.h"

#include "propertyoption.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>

#include <ctime>
#include <utility>

namespace OhMqtt::Cli {

namespace {

// cJSON's escaping, which mosquitto_sub uses: the short escapes, \u00XX for the other control
// characters, every other byte as it is (a payload need not be UTF-8). cJSON stops at a zero
// byte; here it is escaped too, so the whole payload is there.
void writeString(QByteArray &out, QByteArrayView bytes)
{
    static constexpr char Digits[] = "0123456789abcdef";
    out += '"';
    for (const char c : bytes) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (quint8(c) < 0x20)
                out += QByteArray("\\u00") + Digits[quint8(c) >> 4] + Digits[quint8(c) & 0xf];
            else
                out += c;
        }
    }
    out += '"';
}

// ISO 8601 with microseconds, "2020-05-06T21:48:00.123456+0100", as mosquitto 2.0.13 and later
// write it (2.0.11 put a stray 'Z' before the offset, mosquitto's issue #2353).
QByteArray timestamp(const PrintTime &time)
{
    char date[64];
    char zone[16];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &time.local);
    std::strftime(zone, sizeof zone, "%z", &time.local);
    return QByteArray(date) + '.' +
        QByteArray::number(qint64(time.nanoseconds / 1000)).rightJustified(6, '0') + zone;
}

// Only the properties mosquitto_sub prints, under its names; the user properties gather in one
// object where the first of them is.
void writeProperties(QByteArray &out, const PropertyList &properties)
{
    QByteArrayList members;
    bool userPropertiesWritten = false;
    for (const Property &property : properties.entries()) {
        QByteArray member;
        writeString(member, propertyOptionName(property.id));
        member += ':';
        switch (property.id) {
        case PropertyId::PayloadFormatIndicator:
        case PropertyId::MessageExpiryInterval:
        case PropertyId::SubscriptionIdentifier:
        case PropertyId::TopicAlias:
            member += QByteArray::number(std::get<quint32>(property.value));
            break;
        case PropertyId::ContentType:
        case PropertyId::ResponseTopic:
            writeString(member, std::get<QString>(property.value).toUtf8());
            break;
        case PropertyId::CorrelationData:
            writeString(member, std::get<QByteArray>(property.value));
            break;
        case PropertyId::UserProperty: {
            if (std::exchange(userPropertiesWritten, true))
                continue;
            member = "\"user-properties\":{";
            QByteArrayList pairs;
            for (const StringPair &pair : properties.stringPairs(PropertyId::UserProperty)) {
                QByteArray text;
                writeString(text, pair.first.toUtf8());
                text += ':';
                writeString(text, pair.second.toUtf8());
                pairs += text;
            }
            member += pairs.join(',') + '}';
            break;
        }
        default:
            continue;
        }
        members += member;
    }
    out += "\"properties\":{" + members.join(',') + '}';
}

bool isJson(const QByteArray &payload)
{
    // QJsonDocument takes only an object or an array: a scalar ("27", "\"text\"") is JSON too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + payload + ']', &error);
    return error.error == QJsonParseError::NoError && document.array().size() == 1;
}

} // namespace

bool writeMessageJson(QByteArray &out, const MqttMessage &message, const PrintTime &time,
                      bool payloadIsJson)
{
    const QByteArray &payload = message.payload();
    if (payloadIsJson && !payload.isEmpty() && !isJson(payload))
        return false;
    out += "{\"tst\":\"" + timestamp(time) + "\",\"topic\":";
    writeString(out, message.topic().toUtf8());
    out += ",\"qos\":" + QByteArray::number(int(message.qos()));
    out += ",\"retain\":" + QByteArray::number(int(message.retain()));
    out += ",\"payloadlen\":" + QByteArray::number(payload.size());
    if (message.qos() != QoS::Q0)
        out += ",\"mid\":" + QByteArray::number(message.packet().packetId);
    if (!message.properties().isEmpty()) {
        out += ',';
        writeProperties(out, message.properties().list());
    }
    out += ",\"payload\":";
    if (payload.isEmpty()) // libmosquitto hands over no payload at all: null
        out += "null";
    else if (payloadIsJson)
        out += payload;
    else
        writeString(out, payload);
    out += '}';
    return true;
}

} // namespace OhMqtt::Cli
