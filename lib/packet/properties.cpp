// PropertyList: encoding, decoding and checking of MQTT 5.0 properties [MQTT-2.2.2].
#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

using namespace Qt::StringLiterals;

const char *scopeName(PropertyScope scope) noexcept
{
    static constexpr const char *names[] = {
        "CONNECT",  "CONNACK",    "PUBLISH",   "PUBACK",          "PUBREC",
        "PUBREL",   "PUBCOMP",    "SUBSCRIBE", "SUBACK",          "UNSUBSCRIBE",
        "UNSUBACK", "DISCONNECT", "AUTH",      "Will Properties",
    };
    return names[quint8(scope)];
}

const Property *PropertyList::find(PropertyId id) const noexcept
{
    for (const Property &property : m_entries)
        if (property.id == id)
            return &property;
    return nullptr;
}

std::optional<quint32> PropertyList::integer(PropertyId id) const
{
    const Property *p = find(id);
    if (!p || !std::holds_alternative<quint32>(p->value))
        return std::nullopt;
    return std::get<quint32>(p->value);
}

std::optional<QString> PropertyList::string(PropertyId id) const
{
    const Property *p = find(id);
    if (!p || !std::holds_alternative<QString>(p->value))
        return std::nullopt;
    return std::get<QString>(p->value);
}

std::optional<QByteArray> PropertyList::binary(PropertyId id) const
{
    const Property *p = find(id);
    if (!p || !std::holds_alternative<QByteArray>(p->value))
        return std::nullopt;
    return std::get<QByteArray>(p->value);
}

QList<quint32> PropertyList::integers(PropertyId id) const
{
    QList<quint32> result;
    for (const Property &property : m_entries)
        if (property.id == id && std::holds_alternative<quint32>(property.value))
            result.append(std::get<quint32>(property.value));
    return result;
}

QList<StringPair> PropertyList::stringPairs(PropertyId id) const
{
    QList<StringPair> result;
    for (const Property &property : m_entries)
        if (property.id == id && std::holds_alternative<StringPair>(property.value))
            result.append(std::get<StringPair>(property.value));
    return result;
}

void PropertyList::set(PropertyId id, std::optional<PropertyValue> value)
{
    if (!value) {
        removeAll(id);
        return;
    }
    for (Property &property : m_entries) {
        if (property.id == id) {
            property.value = std::move(*value);
            return;
        }
    }
    m_entries.append({id, std::move(*value)});
}

void PropertyList::removeAll(PropertyId id)
{
    m_entries.removeIf([id](const Property &property) { return property.id == id; });
}

namespace {

qsizetype valueSize(PropertyType type, const PropertyValue &value)
{
    switch (type) {
    case PropertyType::Byte:
        return 1;
    case PropertyType::TwoByteInteger:
        return 2;
    case PropertyType::FourByteInteger:
        return 4;
    case PropertyType::VarInt:
        return Serialization::varIntSize(std::get<quint32>(value));
    case PropertyType::Utf8String:
        return Serialization::stringSize(std::get<QString>(value));
    case PropertyType::Binary:
        return Serialization::binarySize(std::get<QByteArray>(value));
    case PropertyType::Utf8StringPair: {
        const auto &pair = std::get<StringPair>(value);
        return Serialization::stringSize(pair.first) + Serialization::stringSize(pair.second);
    }
    }
    return 0;
}

bool holdsType(PropertyType type, const PropertyValue &value)
{
    switch (type) {
    case PropertyType::Byte:
    case PropertyType::TwoByteInteger:
    case PropertyType::FourByteInteger:
    case PropertyType::VarInt:
        return std::holds_alternative<quint32>(value);
    case PropertyType::Utf8String:
        return std::holds_alternative<QString>(value);
    case PropertyType::Binary:
        return std::holds_alternative<QByteArray>(value);
    case PropertyType::Utf8StringPair:
        return std::holds_alternative<StringPair>(value);
    }
    return false;
}

QString describe(PropertyScope scope, PropertyId id)
{
    return u"%1 property %2"_s.arg(QLatin1StringView(scopeName(scope)), propertyName(id));
}

// Values the specification rules out although they parse [MQTT-3.1.2-*, MQTT-3.2.2-*].
void checkValue(PropertyScope scope, PropertyId id, quint32 value)
{
    const auto bad = [&](const char *rule) {
        throw MqttError::protocol(u"%1 has invalid value %2 %3"_s.arg(describe(scope, id))
                                      .arg(value)
                                      .arg(QLatin1StringView(rule)));
    };
    switch (id) {
    case PropertyId::ReceiveMaximum:
        if (value == 0)
            bad("[MQTT-3.1.2.11.3]");
        break;
    case PropertyId::MaximumPacketSize:
        if (value == 0)
            bad("[MQTT-3.1.2.11.4]");
        break;
    case PropertyId::TopicAlias:
        // [MQTT-3.3.2-8]; MQTT 3.3.4 names the receiver's reason: 0x94 Topic Alias invalid.
        if (value == 0) {
            throw MqttError(u"%1 has invalid value 0 [MQTT-3.3.2-8]"_s.arg(describe(scope, id)),
                            ReasonCode::TopicAliasInvalid);
        }
        break;
    case PropertyId::SubscriptionIdentifier:
        if (value == 0)
            bad("[MQTT-3.3.2.3.8]");
        break;
    case PropertyId::PayloadFormatIndicator:
    case PropertyId::RequestProblemInformation:
    case PropertyId::RequestResponseInformation:
    case PropertyId::MaximumQoS:
    case PropertyId::RetainAvailable:
    case PropertyId::WildcardSubscriptionAvailable:
    case PropertyId::SubscriptionIdentifierAvailable:
    case PropertyId::SharedSubscriptionAvailable:
        if (value > 1)
            bad("(must be 0 or 1)");
        break;
    default:
        break;
    }
}

void checkRange(PropertyScope scope, PropertyId id, PropertyType type, quint32 value)
{
    const quint32 limit = type == PropertyType::Byte ? 0xFF
        : type == PropertyType::TwoByteInteger       ? 0xFFFF
        : type == PropertyType::VarInt               ? Serialization::MaxVarInt
                                                     : 0xFFFFFFFF;
    if (value > limit)
        throw MqttError::malformed(
            u"cannot encode %1: value %2 does not fit its type"_s.arg(describe(scope, id))
                .arg(value));
}

} // namespace

qsizetype PropertyList::encodedSize() const
{
    qsizetype size = 0;
    for (const Property &property : m_entries) {
        const auto rule = propertyRule(property.id);
        if (rule && holdsType(rule->type, property.value))
            size += 1 + valueSize(rule->type, property.value);
    }
    return size;
}

void PropertyList::encode(QByteArray &out, PropertyScope scope) const
{
    const qsizetype size = encodedSize();
    Serialization::writeVarInt(out, quint32(qMin<qsizetype>(size, Serialization::MaxVarInt + 1)),
                               "Property Length");
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Property &property = m_entries[i];
        const auto rule = propertyRule(property.id);
        if (!rule || !(rule->scopes & detail::bit(scope)))
            throw MqttError::protocol(
                u"cannot encode %1: not allowed there"_s.arg(describe(scope, property.id)));
        if (!holdsType(rule->type, property.value))
            throw MqttError::malformed(
                u"cannot encode %1: value of the wrong type"_s.arg(describe(scope, property.id)));
        if (!repeatable(scope, property.id)) {
            for (qsizetype j = 0; j < i; ++j)
                if (m_entries[j].id == property.id)
                    throw MqttError::protocol(
                        u"cannot encode %1 twice"_s.arg(describe(scope, property.id)));
        }
        Serialization::writeUint8(out, quint8(property.id));
        const char *field = "property";
        switch (rule->type) {
        case PropertyType::Byte:
        case PropertyType::TwoByteInteger:
        case PropertyType::FourByteInteger:
        case PropertyType::VarInt: {
            const quint32 value = std::get<quint32>(property.value);
            checkRange(scope, property.id, rule->type, value);
            checkValue(scope, property.id, value);
            if (rule->type == PropertyType::Byte)
                Serialization::writeUint8(out, quint8(value));
            else if (rule->type == PropertyType::TwoByteInteger)
                Serialization::writeUint16(out, quint16(value));
            else if (rule->type == PropertyType::FourByteInteger)
                Serialization::writeUint32(out, value);
            else
                Serialization::writeVarInt(out, value, field);
            break;
        }
        case PropertyType::Utf8String:
            Serialization::writeString(out, std::get<QString>(property.value), field);
            break;
        case PropertyType::Binary:
            Serialization::writeBinary(out, std::get<QByteArray>(property.value), field);
            break;
        case PropertyType::Utf8StringPair:
            Serialization::writeStringPair(out, std::get<StringPair>(property.value), field);
            break;
        }
    }
}

PropertyList PropertyList::decode(ByteReader &reader, PropertyScope scope)
{
    const quint32 length = reader.readVarInt("Property Length");
    if (length > quint32(reader.remaining()))
        reader.fail(
            ReasonCode::MalformedPacket,
            u"Property Length %1 runs past the end of the packet (%2 bytes left)"_s.arg(length).arg(
                reader.remaining()));
    ByteReader properties(reader.readBytes(length, "properties"), reader.context());
    PropertyList list;
    while (!properties.atEnd()) {
        // Property identifiers are one byte in this version of the specification.
        const quint32 rawId = properties.readVarInt("property identifier");
        if (rawId > 0xFF || !isKnownProperty(quint8(rawId)))
            reader.fail(
                ReasonCode::MalformedPacket,
                u"unknown property identifier 0x%1 [MQTT-2.2.2]"_s.arg(rawId, 2, 16, QChar(u'0')));
        const auto id = PropertyId(rawId);
        const auto rule = propertyRule(id);
        // [MQTT-2.2.2] an identifier not valid for the packet type makes a Malformed Packet.
        if (!(rule->scopes & detail::bit(scope)))
            reader.fail(ReasonCode::MalformedPacket,
                        u"property %1 is not allowed in %2"_s.arg(
                            propertyName(id), QLatin1StringView(scopeName(scope))));
        if (!repeatable(scope, id) && list.find(id))
            reader.fail(ReasonCode::ProtocolError,
                        u"property %1 appears more than once"_s.arg(propertyName(id)));
        const char *field = propertyFieldName(id);
        PropertyValue value;
        switch (rule->type) {
        case PropertyType::Byte:
            value = quint32(properties.readUint8(field));
            break;
        case PropertyType::TwoByteInteger:
            value = quint32(properties.readUint16(field));
            break;
        case PropertyType::FourByteInteger:
            value = properties.readUint32(field);
            break;
        case PropertyType::VarInt:
            value = properties.readVarInt(field);
            break;
        case PropertyType::Utf8String:
            value = properties.readString(field);
            break;
        case PropertyType::Binary:
            value = properties.readBinary(field);
            break;
        case PropertyType::Utf8StringPair:
            value = properties.readStringPair(field);
            break;
        }
        if (const auto *integer = std::get_if<quint32>(&value))
            checkValue(scope, id, *integer);
        list.m_entries.append({id, std::move(value)});
    }
    return list;
}

} // namespace OhMqtt
