// Reconnect policy: exponential back-off with a cap and jitter; refusals not worth retrying.
#include "client/reconnectpolicy.h"

#include <QtCore/qrandom.h>

#include <algorithm>
#include <cmath>

namespace OhMqtt::Reconnect {

milliseconds maximumDelay(milliseconds base) noexcept
{
    return std::max(base, std::min(base * (1 << MaximumDoublings), MaximumBackOff));
}

milliseconds delay(milliseconds base, int attempt, double spread) noexcept
{
    if (base <= milliseconds(0))
        return milliseconds(0);
    const int doublings = std::clamp(attempt, 0, MaximumDoublings);
    const milliseconds backOff = std::min(base * (1 << doublings), maximumDelay(base));
    const double factor = 1.0 + Jitter * std::clamp(spread, -1.0, 1.0);
    return milliseconds(std::llround(double(backOff.count()) * factor));
}

double randomSpread()
{
    return QRandomGenerator::global()->bounded(2.0) - 1.0; // thread-safe
}

bool mayRetryAfterRefusal(ReasonCode connAckReason) noexcept
{
    switch (connAckReason) {
    case ReasonCode::MalformedPacket: // 0x81: the CONNECT could not be parsed
    case ReasonCode::ProtocolError: // 0x82: the CONNECT breaks the specification
    case ReasonCode::UnsupportedProtocolVersion: // 0x84; 3.1.1 return code 1
    case ReasonCode::ClientIdentifierNotValid: // 0x85; 3.1.1 return code 2
    case ReasonCode::BadUserNameOrPassword: // 0x86; 3.1.1 return code 4
    case ReasonCode::NotAuthorized: // 0x87; 3.1.1 return code 5
    case ReasonCode::Banned: // 0x8A
    case ReasonCode::BadAuthenticationMethod: // 0x8C
    case ReasonCode::TopicNameInvalid: // 0x90: the Will Topic
    case ReasonCode::PacketTooLarge: // 0x95: the CONNECT
    case ReasonCode::PayloadFormatInvalid: // 0x99: the Will Payload
    case ReasonCode::RetainNotSupported: // 0x9A: the Will Retain
    case ReasonCode::QoSNotSupported: // 0x9B: the Will QoS
    case ReasonCode::ServerMoved: // 0x9D: permanently
        return false;
    default:
        return true;
    }
}

bool mayRetryAfter(ReasonCode reason) noexcept
{
    switch (reason) {
    case ReasonCode::UnsupportedProtocolVersion: // 0x84
    case ReasonCode::ClientIdentifierNotValid: // 0x85
    case ReasonCode::BadUserNameOrPassword: // 0x86
    case ReasonCode::NotAuthorized: // 0x87
    case ReasonCode::Banned: // 0x8A
    case ReasonCode::BadAuthenticationMethod: // 0x8C
    case ReasonCode::SessionTakenOver: // 0x8E
    case ReasonCode::ServerMoved: // 0x9D: permanently
        return false;
    default:
        return true;
    }
}

} // namespace OhMqtt::Reconnect
