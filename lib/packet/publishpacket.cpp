// PUBLISH: encode, decode and the rules of section 3.3.
#include <OhMqtt/packet/publishpacket.h>

#include "packetcodec.h"
#include "publishdecode.h"
#include "topicvalidation.h"

#include <algorithm>
#include <cstring>

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {

constexpr auto Type = PacketType::Publish;
constexpr quint8 DupFlag = 0x08;
constexpr quint8 RetainFlag = 0x01;

// One pass over the topic of every incoming message.
bool hasWildcard(QStringView topic) noexcept
{
    return std::any_of(topic.begin(), topic.end(), [](QChar c) { return c == u'+' || c == u'#'; });
}

void checkForEncode(const PublishPacket &p, bool v5)
{
    requireV5ForEncode(v5, !p.properties.isEmpty(), Type, "PUBLISH properties");
    if (quint8(p.qos) > 2)
        encodeError(Type, ReasonCode::MalformedPacket, u"QoS 3 [MQTT-3.3.1-4]"_s);
    if (p.dup && p.qos == QoS::Q0)
        encodeError(Type, ReasonCode::MalformedPacket,
                    u"DUP set on a QoS 0 message [MQTT-3.3.1-2]"_s);
    if (p.qos != QoS::Q0)
        checkPacketIdForEncode(Type, p.packetId);
    if (p.topic.isEmpty()) {
        // Only a Topic Alias may stand in for the topic: an empty Topic Name without one is a
        // Protocol Error (MQTT 3.3.2.1); MQTT 3.1.1 has no aliases [MQTT-4.7.3-1].
        if (!v5)
            encodeError(Type, ReasonCode::ProtocolError, u"Topic Name is empty [MQTT-4.7.3-1]"_s);
        if (!p.properties.topicAlias())
            encodeError(Type, ReasonCode::ProtocolError,
                        u"Topic Name is empty and no Topic Alias is set (MQTT 3.3.2.1)"_s);
    } else {
        if (const MqttError error = cachedTopicError(p.topic); !error.isNull())
            encodeError(Type, ReasonCode::TopicNameInvalid, error.message());
    }
}

// The usual message, an ASCII topic and no properties, written through one resize of `out`: each
// QByteArray::append() checks for detaching and capacity, which costs more than these few bytes.
// False, with `out` as it was, for anything else.
bool encodeAsciiWithoutProperties(const PublishPacket &p, QByteArray &out, bool v5,
                                  quint8 firstByte)
{
    const qsizetype topicSize = p.topic.size();
    if (!p.properties.isEmpty() || topicSize > Serialization::MaxStringBytes)
        return false;
    const qsizetype remaining =
        2 + topicSize + (p.qos != QoS::Q0 ? 2 : 0) + (v5 ? 1 : 0) + p.payload.size();
    if (remaining > Serialization::MaxVarInt)
        return false;
    const qsizetype start = out.size();
    const qsizetype end = start + packetSize(remaining);
    reserveTotal(out, end);
    out.resize(end);
    char *bytes = writeFixedHeader(out.data() + start, firstByte, quint32(remaining));
    *bytes++ = char(topicSize >> 8);
    *bytes++ = char(topicSize & 0xFF);
    const char16_t *units = QStringView(p.topic).utf16();
    for (qsizetype i = 0; i < topicSize; ++i) {
        if (unsigned(units[i]) - 1U >= 0x7FU) { // U+0000, or not ASCII: the general path
            out.truncate(start);
            return false;
        }
        bytes[i] = char(units[i]);
    }
    bytes += topicSize;
    if (p.qos != QoS::Q0) {
        *bytes++ = char(p.packetId >> 8);
        *bytes++ = char(p.packetId & 0xFF);
    }
    if (v5)
        *bytes++ = 0; // Property Length
    if (!p.payload.isEmpty())
        std::memcpy(bytes, p.payload.constData(), size_t(p.payload.size()));
    return true;
}

} // namespace

void PublishPacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    checkForEncode(*this, v5);
    const quint8 flags = (dup ? DupFlag : 0) | quint8(quint8(qos) << 1) | (retain ? RetainFlag : 0);
    if (encodeAsciiWithoutProperties(*this, out, v5, quint8((quint8(Type) << 4) | flags)))
        return;
    qsizetype size = Serialization::stringSize(topic) + payload.size();
    if (qos != QoS::Q0)
        size += 2;
    if (v5)
        size += propertiesSize(properties.list());

    beginPacket(out, Type, flags, size);
    Serialization::writeString(out, topic, "Topic Name");
    if (qos != QoS::Q0)
        Serialization::writeUint16(out, packetId);
    if (v5)
        properties.encode(out);
    out.append(payload);
}

namespace {

QString readTopic(ByteReader &reader, TopicCache *cache)
{
    constexpr const char *Field = "Topic Name";
    const QByteArrayView bytes = reader.readBytes(reader.readUint16(Field), Field);
    if (cache && !bytes.isEmpty() && bytes == cache->utf8)
        return cache->topic; // checked when it was cached
    QString topic = decodeUtf8String(reader, bytes, Field);
    if (hasWildcard(topic))
        reader.fail(ReasonCode::ProtocolError, u"Topic Name contains a wildcard [MQTT-3.3.2-2]"_s);
    if (cache && !bytes.isEmpty())
        *cache = {bytes.toByteArray(), topic};
    return topic;
}

// Everything before the payload; leaves `reader` at the payload.
PublishPacket decodeUpToPayload(quint8 flags, ByteReader &reader, ProtocolVersion version,
                                TopicCache *cache)
{
    PublishPacket p;
    const quint8 qos = (flags >> 1) & 0x03;
    if (qos == 3)
        reader.fail(ReasonCode::MalformedPacket, u"QoS is 3 [MQTT-3.3.1-4]"_s);
    p.qos = QoS(qos);
    p.dup = flags & DupFlag;
    p.retain = flags & RetainFlag;
    if (p.dup && p.qos == QoS::Q0)
        reader.fail(ReasonCode::MalformedPacket, u"DUP is set on a QoS 0 message [MQTT-3.3.1-2]"_s);

    p.topic = readTopic(reader, cache);
    if (p.qos != QoS::Q0)
        p.packetId = readPacketId(reader);
    if (isV5(version)) {
        p.properties = PublishProperties::decode(reader);
        if (const auto responseTopic = p.properties.responseTopic();
            responseTopic && hasWildcard(*responseTopic))
            reader.fail(ReasonCode::ProtocolError,
                        u"Response Topic contains a wildcard [MQTT-3.3.2-14]"_s);
    }
    // A topic is needed unless a Topic Alias stands for it (MQTT 3.3.2.1) [MQTT-4.7.3-1].
    if (p.topic.isEmpty() && !(isV5(version) && p.properties.topicAlias()))
        reader.fail(
            ReasonCode::ProtocolError,
            u"Topic Name is empty and no Topic Alias is set (MQTT 3.3.2.1) [MQTT-4.7.3-1]"_s);
    return p;
}

} // namespace

PublishPacket PublishPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    return decodePublish(flags, body, version, nullptr);
}

PublishPacket decodePublish(quint8 flags, QByteArrayView body, ProtocolVersion version,
                            TopicCache *cache, QByteArray *buffer)
{
    ByteReader reader(body, packetName(Type));
    PublishPacket p = decodeUpToPayload(flags, reader, version, cache);
    const QByteArrayView rest = reader.readRest();
    if (!buffer) {
        p.payload = rest.toByteArray(); // the one copy, out of the receive buffer
    } else if (!rest.isEmpty()) {
        Q_ASSERT(body.data() + body.size() == buffer->constData() + buffer->size());
        const qsizetype offset = rest.data() - buffer->constData();
        p.payload = std::move(*buffer);
        p.payload.remove(0, offset); // the start moves; the bytes stay where they were read
    }
    return p;
}

} // namespace OhMqtt
