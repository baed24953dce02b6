// CONNECT: encode, decode and the rules of sections 3.1.2 and 3.1.3.
#include <OhMqtt/packet/connectpacket.h>

#include "packetcodec.h"
#include "topicvalidation.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {

constexpr quint8 UsernameFlag = 0x80;
constexpr quint8 PasswordFlag = 0x40;
constexpr quint8 WillRetainFlag = 0x20;
constexpr quint8 WillQoSMask = 0x18;
constexpr quint8 WillFlag = 0x04;
constexpr quint8 CleanStartFlag = 0x02;
constexpr quint8 ReservedFlag = 0x01;

constexpr auto Type = PacketType::Connect;

[[noreturn]] void fail(ReasonCode code, const QString &what)
{
    encodeError(Type, code, what);
}

void checkForEncode(const ConnectPacket &p, bool v5)
{
    requireV5ForEncode(v5, !p.properties.isEmpty(), Type, "CONNECT properties");
    if (!v5 && p.password && !p.username)
        fail(ReasonCode::ProtocolError,
             u"a password without a user name (3.1.1: [MQTT-3.1.2-22])"_s);
    if (!v5 && p.clientId.isEmpty() && !p.cleanStart)
        fail(ReasonCode::ClientIdentifierNotValid,
             u"an empty client identifier needs Clean Session (3.1.1: [MQTT-3.1.3-7])"_s);
    if (p.will) {
        requireV5ForEncode(v5, !p.will->properties.isEmpty(), Type, "Will Properties");
        if (quint8(p.will->qos) > 2)
            fail(ReasonCode::MalformedPacket, u"Will QoS 3 [MQTT-3.1.2-12]"_s);
        try {
            validateTopic(p.will->topic);
        } catch (const MqttError &error) {
            fail(ReasonCode::TopicNameInvalid, u"Will Topic: "_s + error.message());
        }
    }
}

} // namespace

void ConnectPacket::encode(QByteArray &out, ProtocolVersion) const
{
    const bool v5 = isV5(protocolVersion);
    checkForEncode(*this, v5);

    qsizetype size = 6 + 1 + 1 + 2 + Serialization::stringSize(clientId);
    if (v5)
        size += propertiesSize(properties.list());
    if (will) {
        if (v5)
            size += propertiesSize(will->properties.list());
        size += Serialization::stringSize(will->topic) + Serialization::binarySize(will->payload);
    }
    if (username)
        size += Serialization::stringSize(*username);
    if (password)
        size += Serialization::binarySize(*password);

    quint8 flags = cleanStart ? CleanStartFlag : 0;
    if (will)
        flags |= WillFlag | quint8(quint8(will->qos) << 3) | (will->retain ? WillRetainFlag : 0);
    if (username)
        flags |= UsernameFlag;
    if (password)
        flags |= PasswordFlag;

    beginPacket(out, Type, 0, size);
    Serialization::writeString(out, u"MQTT", "Protocol Name");
    Serialization::writeUint8(out, quint8(protocolVersion));
    Serialization::writeUint8(out, flags);
    Serialization::writeUint16(out, keepAlive);
    if (v5)
        properties.encode(out);
    Serialization::writeString(out, clientId, "Client Identifier");
    if (will) {
        if (v5)
            will->properties.encode(out);
        Serialization::writeString(out, will->topic, "Will Topic");
        Serialization::writeBinary(out, will->payload, "Will Payload");
    }
    if (username)
        Serialization::writeString(out, *username, "User Name");
    if (password)
        Serialization::writeBinary(out, *password, "Password");
}

ConnectPacket ConnectPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion)
{
    checkFlags(Type, flags, 0);
    ByteReader reader(body, packetName(Type));
    ConnectPacket p;

    // [MQTT-3.1.2-1] the protocol name is "MQTT"; other names are other protocols.
    if (reader.readString("Protocol Name") != u"MQTT"_s)
        reader.fail(ReasonCode::UnsupportedProtocolVersion,
                    u"Protocol Name is not \"MQTT\" [MQTT-3.1.2-1]"_s);
    const quint8 level = reader.readUint8("Protocol Level");
    if (level != quint8(ProtocolVersion::V311) && level != quint8(ProtocolVersion::V5))
        reader.fail(ReasonCode::UnsupportedProtocolVersion,
                    u"Protocol Level %1 is not supported [MQTT-3.1.2-2]"_s.arg(level));
    p.protocolVersion = ProtocolVersion(level);
    const bool v5 = isV5(p.protocolVersion);

    const quint8 connectFlags = reader.readUint8("Connect Flags");
    if (connectFlags & ReservedFlag)
        reader.fail(ReasonCode::MalformedPacket,
                    u"reserved Connect Flags bit is set [MQTT-3.1.2-3]"_s);
    const quint8 willQoS = (connectFlags & WillQoSMask) >> 3;
    const bool hasWill = connectFlags & WillFlag;
    if (willQoS == 3)
        reader.fail(ReasonCode::MalformedPacket, u"Will QoS is 3 [MQTT-3.1.2-12]"_s);
    if (!hasWill && willQoS != 0)
        reader.fail(ReasonCode::MalformedPacket,
                    u"Will QoS is set without the Will Flag [MQTT-3.1.2-11]"_s);
    if (!hasWill && (connectFlags & WillRetainFlag)) // 3.1.1: [MQTT-3.1.2-15]
        reader.fail(ReasonCode::MalformedPacket,
                    v5 ? u"Will Retain is set without the Will Flag [MQTT-3.1.2-13]"_s
                       : u"Will Retain is set without the Will Flag (3.1.1: [MQTT-3.1.2-15])"_s);
    if (!v5 && (connectFlags & PasswordFlag) && !(connectFlags & UsernameFlag))
        reader.fail(ReasonCode::MalformedPacket,
                    u"Password Flag is set without the User Name Flag (3.1.1: [MQTT-3.1.2-22])"_s);
    p.cleanStart = connectFlags & CleanStartFlag;
    p.keepAlive = reader.readUint16("Keep Alive");
    if (v5)
        p.properties = ConnectProperties::decode(reader);

    p.clientId = reader.readString("Client Identifier");
    if (hasWill) {
        WillMessage will;
        if (v5)
            will.properties = WillProperties::decode(reader);
        will.topic = reader.readString("Will Topic");
        if (!isValidTopic(will.topic))
            reader.fail(ReasonCode::ProtocolError,
                        u"Will Topic is not a valid topic name [MQTT-3.1.3-11]"_s);
        will.payload = reader.readBinary("Will Payload");
        will.qos = QoS(willQoS);
        will.retain = connectFlags & WillRetainFlag;
        p.will = std::move(will);
    }
    if (connectFlags & UsernameFlag)
        p.username = reader.readString("User Name");
    if (connectFlags & PasswordFlag)
        p.password = reader.readBinary("Password");
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
