// Packet dispatch: decoding by fixed header, encoding any packet, debug output.
#include <OhMqtt/packet/packet.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;

PacketType packetType(const Packet &packet) noexcept
{
    return std::visit([](const auto &p) { return std::decay_t<decltype(p)>::type; }, packet);
}

namespace {

template<std::size_t I = 0>
Packet decodeAlternative(PacketType type, quint8 flags, QByteArrayView body,
                         ProtocolVersion version)
{
    if constexpr (I < std::variant_size_v<Packet>) {
        using Alternative = std::variant_alternative_t<I, Packet>;
        if (Alternative::type == type)
            return Alternative::decode(flags, body, version);
        return decodeAlternative<I + 1>(type, flags, body, version);
    } else {
        throw MqttError::malformed(u"packet type %1 is reserved [MQTT-2.1.2]"_s.arg(quint8(type)));
    }
}

// Packet type N sits at variant index N - 1.
static_assert(std::variant_alternative_t<0, Packet>::type == PacketType::Connect);
static_assert(std::variant_alternative_t<14, Packet>::type == PacketType::Auth);

} // namespace

Packet decodePacket(quint8 firstByte, QByteArrayView body, ProtocolVersion version)
{
    return decodeAlternative(PacketType(firstByte >> 4), firstByte & 0x0F, body, version);
}

void encodePacket(QByteArray &out, const Packet &packet, ProtocolVersion version)
{
    std::visit([&](const auto &p) { p.encode(out, version); }, packet);
}

QByteArray encodePacket(const Packet &packet, ProtocolVersion version)
{
    QByteArray out;
    encodePacket(out, packet, version);
    return out;
}

QDebug operator<<(QDebug debug, const Packet &packet)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << Codec::packetName(packetType(packet));
    std::visit(
        [&](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (requires { p.packetId; })
                debug << " id=" << p.packetId;
            if constexpr (std::is_same_v<T, PublishPacket>)
                debug << " topic=" << p.topic << " qos=" << int(p.qos) << " retain=" << p.retain
                      << " payload=" << p.payload.size() << "B";
            if constexpr (requires { p.reasonCode; })
                debug << " reason=" << reasonCodeName(p.reasonCode);
            if constexpr (std::is_same_v<T, ConnectPacket>)
                debug << " clientId=" << p.clientId << " keepAlive=" << p.keepAlive;
        },
        packet);
    return debug;
}

} // namespace OhMqtt
