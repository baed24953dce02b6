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
    // [MQTT-3.15.2-1] both may be left out for Success without properties.
    const bool withReason = reasonCode != ReasonCode::Success || !properties.isEmpty();
    const bool withProperties = !properties.isEmpty();
    beginPacket(out, Type, 0,
                (withReason ? 1 : 0) + (withProperties ? propertiesSize(properties.list()) : 0));
    if (withReason)
        Serialization::writeUint8(out, quint8(reasonCode));
    if (withProperties)
        properties.encode(out);
}

AuthPacket AuthPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    ByteReader reader(body, packetName(Type));
    if (!isV5(version))
        reader.fail(ReasonCode::MalformedPacket, u"packet type 15 is reserved in MQTT 3.1.1"_s);
    checkFlags(Type, flags, 0); // [MQTT-3.15.1-1]
    AuthPacket p;
    if (!reader.atEnd()) {
        p.reasonCode = readReasonCode(reader, Type);
        if (!reader.atEnd())
            p.properties = AuthProperties::decode(reader);
    }
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
