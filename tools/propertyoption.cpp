// Reads -D options: mosquitto's packet and property names, checked against the property table.
#include "propertyoption.h"

#include <OhMqtt/mqtttopic.h>
#include <OhMqtt/serialization.h>

#include <algorithm>
#include <iterator>
#include <limits>

namespace OhMqtt::Cli {

namespace {

struct Named
{
    const char *name;
    PropertyId id;
};

// mosquitto's names (mosquitto_string_to_property_info): the specification's, with '-'.
constexpr Named PropertyNames[] = {
    {"payload-format-indicator", PropertyId::PayloadFormatIndicator},
    {"message-expiry-interval", PropertyId::MessageExpiryInterval},
    {"content-type", PropertyId::ContentType},
    {"response-topic", PropertyId::ResponseTopic},
    {"correlation-data", PropertyId::CorrelationData},
    {"subscription-identifier", PropertyId::SubscriptionIdentifier},
    {"session-expiry-interval", PropertyId::SessionExpiryInterval},
    {"assigned-client-identifier", PropertyId::AssignedClientIdentifier},
    {"server-keep-alive", PropertyId::ServerKeepAlive},
    {"authentication-method", PropertyId::AuthenticationMethod},
    {"authentication-data", PropertyId::AuthenticationData},
    {"request-problem-information", PropertyId::RequestProblemInformation},
    {"will-delay-interval", PropertyId::WillDelayInterval},
    {"request-response-information", PropertyId::RequestResponseInformation},
    {"response-information", PropertyId::ResponseInformation},
    {"server-reference", PropertyId::ServerReference},
    {"reason-string", PropertyId::ReasonString},
    {"receive-maximum", PropertyId::ReceiveMaximum},
    {"topic-alias-maximum", PropertyId::TopicAliasMaximum},
    {"topic-alias", PropertyId::TopicAlias},
    {"maximum-qos", PropertyId::MaximumQoS},
    {"retain-available", PropertyId::RetainAvailable},
    {"user-property", PropertyId::UserProperty},
    {"maximum-packet-size", PropertyId::MaximumPacketSize},
    {"wildcard-subscription-available", PropertyId::WildcardSubscriptionAvailable},
    {"subscription-identifier-available", PropertyId::SubscriptionIdentifierAvailable},
    {"shared-subscription-available", PropertyId::SharedSubscriptionAvailable},
};

struct Packet
{
    const char *name;
    PropertyScope scope;
    bool supported; // false: mosquitto knows the name, ohmqtt gives such packets no properties
};

// mosquitto's command names (mosquitto_string_to_command) that carry properties.
constexpr Packet Packets[] = {
    {"connect", PropertyScope::Connect, true},
    {"publish", PropertyScope::Publish, true},
    {"subscribe", PropertyScope::Subscribe, true},
    {"disconnect", PropertyScope::Disconnect, true},
    {"will", PropertyScope::Will, true},
    {"connack", PropertyScope::ConnAck, false},
    {"puback", PropertyScope::PubAck, false},
    {"pubrec", PropertyScope::PubRec, false},
    {"pubrel", PropertyScope::PubRel, false},
    {"pubcomp", PropertyScope::PubComp, false},
    {"suback", PropertyScope::SubAck, false},
    {"unsubscribe", PropertyScope::Unsubscribe, false},
    {"unsuback", PropertyScope::UnsubAck, false},
    {"auth", PropertyScope::Auth, false},
};

template<typename Entry, std::size_t Size>
const Entry *findByName(const Entry (&table)[Size], QStringView name)
{
    const auto it = std::find_if(std::begin(table), std::end(table), [&](const Entry &entry) {
        return name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0;
    });
    return it == std::end(table) ? nullptr : it;
}

struct Range
{
    quint32 minimum;
    quint32 maximum;
};

// Values the specification rules out although they would encode.
Range rangeOf(PropertyId id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator: // [MQTT-3.3.2.3.2]
    case PropertyId::RequestProblemInformation: // [MQTT-3.1.2.11.7]
    case PropertyId::RequestResponseInformation: // [MQTT-3.1.2.11.6]
        return {0, 1};
    case PropertyId::ReceiveMaximum: // 0 is a Protocol Error [MQTT-3.1.2.11.3]
        return {1, 65535};
    case PropertyId::TopicAliasMaximum:
        return {0, 65535};
    case PropertyId::MaximumPacketSize: // 0 is a Protocol Error [MQTT-3.1.2.11.4]
        return {1, std::numeric_limits<quint32>::max()};
    case PropertyId::SubscriptionIdentifier: // 0 is a Protocol Error [MQTT-3.8.2.1.2]
        return {1, 268'435'455};
    default:
        return {0, std::numeric_limits<quint32>::max()};
    }
}

// Properties the table allows in a packet that an ohmqtt client still does not send.
QString refusal(PropertyScope scope, PropertyId id)
{
    if (scope == PropertyScope::Publish && id == PropertyId::SubscriptionIdentifier)
        return QStringLiteral("a client must not send it [MQTT-3.3.4-6]");
    if (scope == PropertyScope::Publish && id == PropertyId::TopicAlias)
        return QStringLiteral("topic aliases are not supported yet");
    if (id == PropertyId::AuthenticationMethod || id == PropertyId::AuthenticationData)
        return QStringLiteral("enhanced authentication is not supported by the tool yet");
    if (id == PropertyId::ServerReference)
        return QStringLiteral("it is not supported yet");
    return {};
}

// What the encoder would refuse in a value, so that -D refuses it by name: more than the 65,535
// bytes a two-byte length counts (MQTT 1.5.4, 1.5.6).
QString sizeProblem(QByteArrayView bytes)
{
    if (bytes.size() <= Serialization::MaxStringBytes)
        return {};
    return QStringLiteral("%1 bytes, over the limit of 65535").arg(bytes.size());
}

// The same for a string, and U+0000 [MQTT-1.5.4-2].
QString stringProblem(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (const char *problem = Serialization::utf8Problem(utf8))
        return QLatin1StringView(problem);
    return sizeProblem(utf8);
}

class Reader
{
public:
    Reader(const QString &option, const QString &packet, const QString &identifier, QString *error)
        : m_option(option)
        , m_packet(packet)
        , m_identifier(identifier)
        , m_error(error)
    { }

    std::optional<PropertyOption> fail(const QString &reason) const
    {
        *m_error =
            QStringLiteral("option %1 %2 %3: %4").arg(m_option, m_packet, m_identifier, reason);
        return std::nullopt;
    }

    std::optional<PropertyValue> value(PropertyId id, const QStringList &values) const
    {
        const QString &text = values.constLast();
        switch (propertyRule(id)->type) {
        case PropertyType::Byte:
        case PropertyType::TwoByteInteger:
        case PropertyType::FourByteInteger:
        case PropertyType::VarInt:
            return integer(id, text);
        case PropertyType::Utf8String:
            if (id == PropertyId::ResponseTopic && !isValidTopic(text)) {
                fail(QStringLiteral("'%1' is not a topic name; it must not be empty or contain "
                                    "wildcards [MQTT-3.3.2-14]")
                         .arg(text));
                return std::nullopt;
            }
            return checked(text);
        case PropertyType::Binary: // mosquitto sends the text's bytes
            if (const QString problem = sizeProblem(text.toUtf8()); !problem.isEmpty()) {
                fail(problem);
                return std::nullopt;
            }
            return text.toUtf8();
        case PropertyType::Utf8StringPair:
            if (!checked(values.constFirst()) || !checked(text))
                return std::nullopt;
            return StringPair {values.constFirst(), text};
        }
        return std::nullopt;
    }

private:
    std::optional<PropertyValue> checked(const QString &text) const
    {
        if (const QString problem = stringProblem(text); !problem.isEmpty()) {
            fail(QStringLiteral("'%1' %2").arg(text.left(40), problem));
            return std::nullopt;
        }
        return text;
    }

    std::optional<PropertyValue> integer(PropertyId id, const QString &text) const
    {
        const Range range = rangeOf(id);
        bool ok = false;
        const quint32 number = text.toUInt(&ok);
        if (ok && number >= range.minimum && number <= range.maximum)
            return number;
        fail(QStringLiteral("invalid value '%1', it must be a number from %2 to %3")
                 .arg(text)
                 .arg(range.minimum)
                 .arg(range.maximum));
        return std::nullopt;
    }

    const QString &m_option;
    const QString &m_packet;
    const QString &m_identifier;
    QString *m_error;
};

} // namespace

const char *propertyOptionName(PropertyId id) noexcept
{
    const auto it = std::find_if(std::begin(PropertyNames), std::end(PropertyNames),
                                 [&](const Named &entry) { return entry.id == id; });
    return it == std::end(PropertyNames) ? nullptr : it->name;
}

bool isUserPropertyName(QStringView identifier)
{
    return identifier.compare(QLatin1String("user-property"), Qt::CaseInsensitive) == 0;
}

std::optional<PropertyOption> parsePropertyOption(Command command, const QString &option,
                                                  const QString &packetName,
                                                  const QString &identifier,
                                                  const QStringList &values, QString *error)
{
    const Reader reader(option, packetName, identifier, error);
    const Packet *packet = findByName(Packets, packetName);
    if (!packet) {
        *error = QStringLiteral("invalid packet '%1' in %2, it must be connect, %3, disconnect "
                                "or will")
                     .arg(packetName, option,
                          command == Command::Pub ? QStringLiteral("publish")
                                                  : QStringLiteral("subscribe"));
        return std::nullopt;
    }
    const QString title = QLatin1String(scopeName(packet->scope));
    if (!packet->supported)
        return reader.fail(QStringLiteral("properties of %1 are not supported").arg(title));
    if (packet->scope == PropertyScope::Publish && command == Command::Sub)
        return reader.fail(QStringLiteral("sub sends no PUBLISH"));
    if (packet->scope == PropertyScope::Subscribe && command == Command::Pub)
        return reader.fail(QStringLiteral("pub sends no SUBSCRIBE"));

    const Named *property = findByName(PropertyNames, identifier);
    if (!property) {
        *error = QStringLiteral("unknown property '%1' in %2").arg(identifier, option);
        return std::nullopt;
    }
    if (!allows(packet->scope, property->id))
        return reader.fail(
            QStringLiteral("the property is not allowed in %1 [MQTT-2.2.2]").arg(title));
    if (const QString reason = refusal(packet->scope, property->id); !reason.isEmpty())
        return reader.fail(reason);

    const std::optional<PropertyValue> value = reader.value(property->id, values);
    if (!value)
        return std::nullopt;
    return PropertyOption {packet->scope, Property {property->id, *value}};
}

} // namespace OhMqtt::Cli
