// Playing the broker over MqttClient::setTransport(): reading the packets the client wrote to a
// DevicePair, one at a time. Public headers only.
#pragma once

#include <OhMqtt/packet/packet.h>

#include "support/devicepair.h"

#include <QtTest/qsignalspy.h>

#include <optional>

namespace OhMqttTest {

inline constexpr int SeamWaitMs = 10'000;

// One packet the client wrote to `end`, waiting for it; bytes after it stay in `pending`.
inline std::optional<OhMqtt::Packet> nextPacket(PipeEnd &end, QByteArray &pending)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        pending += end.readAll();
        if (pending.size() >= 2) {
            // Remaining Length as a variable byte integer [MQTT-1.5.5]
            qsizetype length = 0;
            qsizetype position = 1;
            int shift = 0;
            while (position < pending.size()) {
                const auto byte = quint8(pending.at(position++));
                length |= qsizetype(byte & 0x7F) << shift;
                shift += 7;
                if (!(byte & 0x80))
                    break;
            }
            if (pending.size() >= position + length) {
                const auto first = quint8(pending.at(0));
                const QByteArray body = pending.mid(position, length);
                pending.remove(0, position + length);
                return OhMqtt::decodePacket(first, body, OhMqtt::ProtocolVersion::V5);
            }
        }
        QSignalSpy readable(&end, &QIODevice::readyRead);
        if (end.bytesAvailable() == 0 && !readable.wait(SeamWaitMs))
            return std::nullopt;
    }
    return std::nullopt;
}

// The next packet, when it is a `P`.
template<typename P> std::optional<P> next(PipeEnd &end, QByteArray &pending)
{
    const std::optional<OhMqtt::Packet> packet = nextPacket(end, pending);
    if (!packet || !std::holds_alternative<P>(*packet))
        return std::nullopt;
    return std::get<P>(*packet);
}

} // namespace OhMqttTest
