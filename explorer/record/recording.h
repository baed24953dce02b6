// A recording: messages of a subtree with their relative times, as JSON Lines — a header line
// {"format":"ohmqtt-recording","version":1,...}, then one object per message. Text a person can
// read and edit, and tools such as jq can filter.
#pragma once

#include <OhMqtt/mqttproperties.h>
#include <OhMqtt/mqttspec.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

#include <optional>

class QIODevice;

namespace OhMqttExplorer {

struct RecordedMessage
{
    qint64 offsetMs = 0; // since the recording started
    QString topic;
    QByteArray payload;
    OhMqtt::QoS qos = OhMqtt::QoS::Q0;
    bool retain = false;
    // What a publisher sets: payload format, expiry, content type, response topic, correlation
    // data, user properties (not topic aliases or subscription identifiers, which belong to a
    // connection).
    OhMqtt::PublishProperties properties;
};

struct RecordingHeader
{
    QString topicFilter;
    qint64 startedAtMs = 0; // since the epoch
};

namespace Recording {

inline constexpr int FormatVersion = 1;

QByteArray headerLine(const RecordingHeader &header);
QByteArray messageLine(const RecordedMessage &message);

// Reads a whole recording; on failure returns nothing and sets `error` to a message naming the
// line and the field.
struct Contents
{
    RecordingHeader header;
    QList<RecordedMessage> messages;
};
std::optional<Contents> read(QIODevice &device, QString *error);
std::optional<Contents> readFile(const QString &path, QString *error);

} // namespace Recording

} // namespace OhMqttExplorer
