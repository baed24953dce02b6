// SUBSCRIBE: encode, decode and the subscription option rules of section 3.8.
#include <OhMqtt/packet/subscribepacket.h>

#include "packetcodec.h"
#include "topicvalidation.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {

constexpr auto Type = PacketType::Subscribe;
constexpr quint8 NoLocalBit = 0x04;
constexpr quint8 RetainAsPublishedBit = 0x08;

quint8 optionsByte(const SubscriptionRequest &s)
{
    return quint8(quint8(s.maximumQoS) | (s.noLocal ? NoLocalBit : 0) |
                  (s.retainAsPublished ? RetainAsPublishedBit : 0) |
                  (quint8(s.retainHandling) << 4));
}

void checkForEncode(const SubscribePacket &p, bool v5)
{
    checkPacketIdForEncode(Type, p.packetId);
    requireV5ForEncode(v5, !p.properties.isEmpty(), Type, "SUBSCRIBE properties");
    if (p.subscriptions.isEmpty())
        encodeError(Type, ReasonCode::ProtocolError, u"no topic filters [MQTT-3.8.3-2]"_s);
    for (const SubscriptionRequest &s : p.subscriptions) {
        requireV5ForEncode(v5,
                           s.noLocal || s.retainAsPublished ||
                               s.retainHandling != RetainHandling::SendOnSubscribe,
                           Type, "No Local, Retain As Published and Retain Handling");
        if (quint8(s.maximumQoS) > 2)
            encodeError(Type, ReasonCode::MalformedPacket, u"Maximum QoS 3 [MQTT-3.8.3-4]"_s);
        if (quint8(s.retainHandling) > 2)
            encodeError(Type, ReasonCode::ProtocolError, u"Retain Handling 3 [MQTT-3.8.3.1]"_s);
        try {
            validateTopicFilter(s.topicFilter);
        } catch (const MqttError &error) {
            encodeError(Type, ReasonCode::TopicFilterInvalid, error.message());
        }
        // [MQTT-3.8.3-4] No Local on a shared subscription is a Protocol Error.
        if (s.noLocal && s.topicFilter.startsWith(u"$share/"))
            encodeError(Type, ReasonCode::ProtocolError,
                        u"No Local on shared subscription %1 [MQTT-3.8.3-4]"_s.arg(s.topicFilter));
    }
}

SubscriptionRequest readRequest(ByteReader &reader, bool v5)
{
    SubscriptionRequest s;
    s.topicFilter = reader.readString("Topic Filter");
    const quint8 options = reader.readUint8("Subscription Options");
    // [MQTT-3.8.3-5] (MQTT 3.1.1: [MQTT-3-8.3-4]) reserved option bits are zero.
    if (options & (v5 ? 0xC0 : 0xFC))
        reader.fail(ReasonCode::MalformedPacket,
                    u"reserved Subscription Options bits are set [MQTT-3.8.3-5]"_s);
    // MQTT 5.0 makes it a Protocol Error [MQTT-3.8.3.1]; 3.1.1 a malformed packet [MQTT-3-8.3-4].
    if ((options & 0x03) == 3)
        reader.fail(v5 ? ReasonCode::ProtocolError : ReasonCode::MalformedPacket,
                    u"Subscription Options Maximum QoS is 3 [MQTT-3.8.3.1]"_s);
    s.maximumQoS = QoS(options & 0x03);
    s.noLocal = options & NoLocalBit;
    s.retainAsPublished = options & RetainAsPublishedBit;
    const quint8 retainHandling = (options >> 4) & 0x03;
    if (retainHandling == 3)
        reader.fail(ReasonCode::ProtocolError, u"Retain Handling is 3 [MQTT-3.8.3.1]"_s);
    s.retainHandling = RetainHandling(retainHandling);
    return s;
}

} // namespace

void SubscribePacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    checkForEncode(*this, v5);
    qsizetype size = 2 + (v5 ? propertiesSize(properties.list()) : 0);
    for (const SubscriptionRequest &s : subscriptions)
        size += Serialization::stringSize(s.topicFilter) + 1;

    beginPacket(out, Type, 0x02, size);
    Serialization::writeUint16(out, packetId);
    if (v5)
        properties.encode(out);
    for (const SubscriptionRequest &s : subscriptions) {
        Serialization::writeString(out, s.topicFilter, "Topic Filter");
        Serialization::writeUint8(out, optionsByte(s));
    }
}

SubscribePacket SubscribePacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    checkFlags(Type, flags, 0x02); // [MQTT-3.8.1-1]
    ByteReader reader(body, packetName(Type));
    const bool v5 = isV5(version);
    SubscribePacket p;
    p.packetId = readPacketId(reader);
    if (v5)
        p.properties = SubscribeProperties::decode(reader);
    while (!reader.atEnd()) {
        p.subscriptions.append(readRequest(reader, v5));
        // What the encoder refuses is refused here too [MQTT-4.7.1-1] [MQTT-4.7.3-1]
        validateTopicFilter(p.subscriptions.constLast().topicFilter);
    }
    if (p.subscriptions.isEmpty())
        reader.fail(ReasonCode::ProtocolError, u"no Topic Filters [MQTT-3.8.3-2]"_s);
    return p;
}

} // namespace OhMqtt
