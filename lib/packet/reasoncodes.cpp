// Which reason codes each packet may carry, from the tables of sections 3.2.2.2 to 3.15.2.1.
#include "packetcodec.h"

#include <algorithm>
#include <array>

namespace OhMqtt::Codec {

namespace {

template<std::size_t N> constexpr bool contains(const std::array<quint8, N> &codes, ReasonCode code)
{
    return std::find(codes.begin(), codes.end(), quint8(code)) != codes.end();
}

constexpr std::array<quint8, 22> connAck {0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86,
                                          0x87, 0x88, 0x89, 0x8A, 0x8C, 0x90, 0x95, 0x97,
                                          0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F};
constexpr std::array<quint8, 9> pubAckOrRec {0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99};
constexpr std::array<quint8, 2> pubRelOrComp {0x00, 0x92};
constexpr std::array<quint8, 12> subAck {0x00, 0x01, 0x02, 0x80, 0x83, 0x87,
                                         0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2};
constexpr std::array<quint8, 7> unsubAck {0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91};
constexpr std::array<quint8, 29> disconnect {
    0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x90, 0x93, 0x94,
    0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2};
constexpr std::array<quint8, 3> auth {0x00, 0x18, 0x19};

} // namespace

bool reasonCodeAllowed(PacketType type, ReasonCode code) noexcept
{
    switch (type) {
    case PacketType::ConnAck:
        return contains(connAck, code);
    case PacketType::PubAck:
    case PacketType::PubRec:
        return contains(pubAckOrRec, code);
    case PacketType::PubRel:
    case PacketType::PubComp:
        return contains(pubRelOrComp, code);
    case PacketType::SubAck:
        return contains(subAck, code);
    case PacketType::UnsubAck:
        return contains(unsubAck, code);
    case PacketType::Disconnect:
        return contains(disconnect, code);
    case PacketType::Auth:
        return contains(auth, code);
    default:
        return false;
    }
}

} // namespace OhMqtt::Codec
