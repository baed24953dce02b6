// Exporting messages (a subtree's history) as JSON or CSV, for spreadsheets and scripts.
#pragma once

#include "topics/receivedmessage.h"

class QIODevice;

namespace OhMqttExplorer::MessageExport {

enum class Format { Json, Csv };

// JSON: an array of objects {topic, received (ISO 8601 UTC), qos, retain, payload, encoding
// ("utf-8" or "base64"), properties {contentType, ...}}. CSV (RFC 4180): a header row, then
// received, topic, qos, retain, encoding, payload, content type — payloads that are not valid
// UTF-8 in base64. Returns false with `error` when the device cannot be written.
bool write(const ReceivedMessages &messages, Format format, QIODevice &device,
           QString *error = nullptr);

// Writes to `path` (replaced), the format from its suffix (.csv, else JSON).
bool writeFile(const ReceivedMessages &messages, const QString &path, QString *error = nullptr);

} // namespace OhMqttExplorer::MessageExport
