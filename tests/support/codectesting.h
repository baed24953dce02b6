// Small helpers shared by the codec suites: catching an MqttError, writing bytes as hex.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <functional>
#include <optional>

namespace OhMqttTest {

// The MqttError `f` throws, or nothing when it returns normally.
inline std::optional<OhMqtt::MqttError> thrownBy(const std::function<void()> &f)
{
    try {
        f();
    } catch (const OhMqtt::MqttError &error) {
        return error;
    }
    return std::nullopt;
}

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace OhMqttTest
