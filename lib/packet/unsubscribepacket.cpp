// UNSUBSCRIBE: encode, decode and the rules of section 3.10.
#include <OhMqtt/packet/unsubscribepacket.h>

#include "packetcodec.h"
#include "topicvalidation.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {
constexpr auto Type = PacketType::Unsubscribe;
}

void UnsubscribePacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    checkPacketIdForEncode(Type, packetId);
    requireV5ForEncode(v5, !properties.isEmpty(), Type, "UNSUBSCRIBE properties");
    if (topicFilters.isEmpty())
        encodeError(Type, ReasonCode::ProtocolError, u"no topic filters [MQTT-3.10.3-2]"_s);
    qsizetype size = 2 + (v5 ? propertiesSize(properties.list()) : 0);
    for (const QString &filter : topicFilters) {
        try {
            validateTopicFilter(filter);
        } catch (const MqttError &error) {
            encodeError(Type, ReasonCode::TopicFilterInvalid, error.message());
        }
        size += Serialization::stringSize(filter);
    }
    beginPacket(out, Type, 0x02, size);
    Serialization::writeUint16(out, packetId);
    if (v5)
        properties.encode(out);
    for (const QString &filter : topicFilters)
        Serialization::writeString(out, filter, "Topic Filter");
}

UnsubscribePacket UnsubscribePacket::decode(quint8 flags, QByteArrayView body,
                                            ProtocolVersion version)
{
    checkFlags(Type, flags, 0x02); // [MQTT-3.10.1-1]
    ByteReader reader(body, packetName(Type));
    UnsubscribePacket p;
    p.packetId = readPacketId(reader);
    if (isV5(version))
        p.properties = UnsubscribeProperties::decode(reader);
    while (!reader.atEnd()) {
        p.topicFilters.append(reader.readString("Topic Filter"));
        validateTopicFilter(p.topicFilters.constLast()); // [MQTT-4.7.1-1] [MQTT-4.7.3-1]
    }
    if (p.topicFilters.isEmpty())
        reader.fail(ReasonCode::ProtocolError, u"no Topic Filters [MQTT-3.10.3-2]"_s);
    return p;
}

} // namespace OhMqtt
