// Readable names for the specification's constants.
#include <OhMqtt/mqttspec.h>

#include <QtCore/qmetaobject.h>

namespace OhMqtt {

namespace {
template<typename Enum> QString enumName(Enum value)
{
    const char *key = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return key ? QString::fromLatin1(key) : QString::number(int(value));
}
} // namespace

QString packetTypeName(PacketType type)
{
    return enumName(type).toUpper();
}

QString reasonCodeName(ReasonCode code)
{
    return enumName(code);
}

QString propertyName(PropertyId id)
{
    return enumName(id);
}

const char *propertyFieldName(PropertyId id) noexcept
{
    const char *key = QMetaEnum::fromType<PropertyId>().valueToKey(int(id));
    return key ? key : "property";
}

bool isKnownProperty(quint8 value) noexcept
{
    return QMetaEnum::fromType<PropertyId>().valueToKey(value) != nullptr;
}

} // namespace OhMqtt
