// What a sender leaves out rather than exceed the receiver's Maximum Packet Size.
#include "connection/optionalproperties.h"

#include <type_traits>

namespace OhMqtt {

namespace {

// The packets whose Reason String and User Properties give way to the receiver's Maximum Packet
// Size: [MQTT-3.4.2-2] [MQTT-3.4.2-3] PUBACK, [MQTT-3.5.2-2] [MQTT-3.5.2-3] PUBREC,
// [MQTT-3.6.2-2] [MQTT-3.6.2-3] PUBREL, [MQTT-3.7.2-2] [MQTT-3.7.2-3] PUBCOMP,
// [MQTT-3.14.2-3] [MQTT-3.14.2-4] DISCONNECT, [MQTT-3.15.2-2] [MQTT-3.15.2-3] AUTH.
template<typename P>
constexpr bool mayDropOptionalProperties =
    std::is_same_v<P, PubAckPacket> || std::is_same_v<P, PubRecPacket> ||
    std::is_same_v<P, PubRelPacket> || std::is_same_v<P, PubCompPacket> ||
    std::is_same_v<P, DisconnectPacket> || std::is_same_v<P, AuthPacket>;

// `packet` without the properties `id`, or nothing when it has none or may not drop them.
std::optional<Packet> without(const Packet &packet, PropertyId id)
{
    return std::visit(
        [id](const auto &p) -> std::optional<Packet> {
            using P = std::decay_t<decltype(p)>;
            if constexpr (mayDropOptionalProperties<P>) {
                if (p.properties.list().find(id)) {
                    P smaller = p;
                    smaller.properties.list().removeAll(id);
                    return Packet(std::move(smaller));
                }
            }
            return std::nullopt;
        },
        packet);
}

} // namespace

void encodeWithinMaximum(QByteArray &out, const Packet &packet, ProtocolVersion version,
                         quint32 maximum)
{
    out.truncate(0); // keeps a reused buffer's capacity
    encodePacket(out, packet, version);
    if (maximum == 0 || quint64(out.size()) <= maximum)
        return;
    std::optional<Packet> smaller = without(packet, PropertyId::ReasonString);
    if (smaller) {
        out.truncate(0);
        encodePacket(out, *smaller, version);
        if (quint64(out.size()) <= maximum)
            return;
    }
    if (auto smallest = without(smaller ? *smaller : packet, PropertyId::UserProperty)) {
        out.truncate(0);
        encodePacket(out, *smallest, version);
    }
}

} // namespace OhMqtt
