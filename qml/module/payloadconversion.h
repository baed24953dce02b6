// What QML hands over as a payload, as bytes: a string as UTF-8, an ArrayBuffer as is, a number
// or boolean as its text, an object or array as compact JSON.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qvariant.h>

#include <optional>

namespace OhMqttQuick {

// Empty optional for what has no byte form (a function, say); undefined and null are an empty
// payload.
std::optional<QByteArray> payloadBytes(const QVariant &payload);

} // namespace OhMqttQuick
