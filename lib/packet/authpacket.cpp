// AUTH: encode and decode (section 3.15); it does not exist in MQTT 3.1.1.
#include <OhMqtt/packet/authpacket.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {
constexpr auto Type = PacketType::Auth;
}

void AuthPacket::encode(QByteArray &out, ProtocolVersion version) const
{
    requireV5ForEncode(isV5(version), true, Type, "the AUTH packet");
    checkReasonCodeForEncode(Type, reasonCode);
    using Tail = ReasonTail<PropertyScope::Auth>;
    beginPacket(out, Type, 0, Tail::size(reasonCode, properties));
    Tail::write(out, reasonCode, properties);
}

AuthPacket AuthPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    ByteReader reader(body, packetName(Type));
    if (!isV5(version))
        reader.fail(ReasonCode::MalformedPacket, u"packet type 15 is reserved in MQTT 3.1.1"_s);
    checkFlags(Type, flags, 0); // [MQTT-3.15.1-1]
    AuthPacket p;
    ReasonTail<PropertyScope::Auth> {p.reasonCode, p.properties}.read(reader, Type);
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
