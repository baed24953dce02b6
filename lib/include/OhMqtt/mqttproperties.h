// MQTT 5.0 properties: one table of which property may appear where, and typed sets per packet.
#pragma once

#include <OhMqtt/serialization.h>

#include <QtCore/qlist.h>

#include <optional>
#include <variant>

namespace OhMqtt {

// PropertyScope and PropertyType are declared in mqttspec.h, for Q_ENUM_NS.

/// What the specification says of one property: its type, where it may appear, whether it may
/// repeat.
struct PropertyRule
{
    PropertyType type; ///< how its value is encoded
    quint16 scopes; ///< bit (1 << PropertyScope)
    bool repeatableInPublish; ///< Subscription Identifier
    bool repeatable; ///< User Property
};

namespace detail {
constexpr quint16 bit(PropertyScope s)
{
    return quint16(1u << quint8(s));
}
constexpr quint16 allScopes = 0x3FFF;
} // namespace detail

/// [MQTT-2.2.2] the property table of the specification, section 2.2.2.2.
constexpr std::optional<PropertyRule> propertyRule(PropertyId id) noexcept
{
    using enum PropertyScope;
    using detail::bit;
    const quint16 publishOrWill = bit(Publish) | bit(Will);
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        return PropertyRule {PropertyType::Byte, publishOrWill, false, false};
    case PropertyId::MessageExpiryInterval:
        return PropertyRule {PropertyType::FourByteInteger, publishOrWill, false, false};
    case PropertyId::ContentType:
        return PropertyRule {PropertyType::Utf8String, publishOrWill, false, false};
    case PropertyId::ResponseTopic:
        return PropertyRule {PropertyType::Utf8String, publishOrWill, false, false};
    case PropertyId::CorrelationData:
        return PropertyRule {PropertyType::Binary, publishOrWill, false, false};
    case PropertyId::SubscriptionIdentifier:
        return PropertyRule {PropertyType::VarInt, quint16(bit(Publish) | bit(Subscribe)), true,
                             false};
    case PropertyId::SessionExpiryInterval:
        return PropertyRule {PropertyType::FourByteInteger,
                             quint16(bit(Connect) | bit(ConnAck) | bit(Disconnect)), false, false};
    case PropertyId::AssignedClientIdentifier:
        return PropertyRule {PropertyType::Utf8String, bit(ConnAck), false, false};
    case PropertyId::ServerKeepAlive:
        return PropertyRule {PropertyType::TwoByteInteger, bit(ConnAck), false, false};
    case PropertyId::AuthenticationMethod:
        return PropertyRule {PropertyType::Utf8String,
                             quint16(bit(Connect) | bit(ConnAck) | bit(Auth)), false, false};
    case PropertyId::AuthenticationData:
        return PropertyRule {PropertyType::Binary, quint16(bit(Connect) | bit(ConnAck) | bit(Auth)),
                             false, false};
    case PropertyId::RequestProblemInformation:
        return PropertyRule {PropertyType::Byte, bit(Connect), false, false};
    case PropertyId::WillDelayInterval:
        return PropertyRule {PropertyType::FourByteInteger, bit(Will), false, false};
    case PropertyId::RequestResponseInformation:
        return PropertyRule {PropertyType::Byte, bit(Connect), false, false};
    case PropertyId::ResponseInformation:
        return PropertyRule {PropertyType::Utf8String, bit(ConnAck), false, false};
    case PropertyId::ServerReference:
        return PropertyRule {PropertyType::Utf8String, quint16(bit(ConnAck) | bit(Disconnect)),
                             false, false};
    case PropertyId::ReasonString:
        return PropertyRule {PropertyType::Utf8String,
                             quint16(bit(ConnAck) | bit(PubAck) | bit(PubRec) | bit(PubRel) |
                                     bit(PubComp) | bit(SubAck) | bit(UnsubAck) | bit(Disconnect) |
                                     bit(Auth)),
                             false, false};
    case PropertyId::ReceiveMaximum:
        return PropertyRule {PropertyType::TwoByteInteger, quint16(bit(Connect) | bit(ConnAck)),
                             false, false};
    case PropertyId::TopicAliasMaximum:
        return PropertyRule {PropertyType::TwoByteInteger, quint16(bit(Connect) | bit(ConnAck)),
                             false, false};
    case PropertyId::TopicAlias:
        return PropertyRule {PropertyType::TwoByteInteger, bit(Publish), false, false};
    case PropertyId::MaximumQoS:
        return PropertyRule {PropertyType::Byte, bit(ConnAck), false, false};
    case PropertyId::RetainAvailable:
        return PropertyRule {PropertyType::Byte, bit(ConnAck), false, false};
    case PropertyId::UserProperty:
        return PropertyRule {PropertyType::Utf8StringPair, detail::allScopes, true, true};
    case PropertyId::MaximumPacketSize:
        return PropertyRule {PropertyType::FourByteInteger, quint16(bit(Connect) | bit(ConnAck)),
                             false, false};
    case PropertyId::WildcardSubscriptionAvailable:
        return PropertyRule {PropertyType::Byte, bit(ConnAck), false, false};
    case PropertyId::SubscriptionIdentifierAvailable:
        return PropertyRule {PropertyType::Byte, bit(ConnAck), false, false};
    case PropertyId::SharedSubscriptionAvailable:
        return PropertyRule {PropertyType::Byte, bit(ConnAck), false, false};
    }
    return std::nullopt;
}

/// May the property appear in this scope?
constexpr bool allows(PropertyScope scope, PropertyId id) noexcept
{
    const auto rule = propertyRule(id);
    return rule && (rule->scopes & detail::bit(scope));
}

/// May the property appear more than once in this scope?
constexpr bool repeatable(PropertyScope scope, PropertyId id) noexcept
{
    const auto rule = propertyRule(id);
    return rule &&
        (rule->repeatable || (rule->repeatableInPublish && scope == PropertyScope::Publish));
}

static_assert(allows(PropertyScope::Will, PropertyId::WillDelayInterval));
static_assert(!allows(PropertyScope::Publish, PropertyId::WillDelayInterval));
static_assert(repeatable(PropertyScope::Publish, PropertyId::SubscriptionIdentifier));
static_assert(!repeatable(PropertyScope::Subscribe, PropertyId::SubscriptionIdentifier));
static_assert(allows(PropertyScope::Auth, PropertyId::UserProperty));

/// The scope's name for error messages, e.g. "PUBLISH", "Will".
OHMQTT_EXPORT const char *scopeName(PropertyScope scope) noexcept;

/// A property's value; integers of every width are held as quint32.
using PropertyValue = std::variant<quint32, QString, QByteArray, StringPair>;

/// One property as it travels.
struct Property
{
    PropertyId id; ///< which property
    PropertyValue value; ///< of the type propertyRule() names

    friend bool operator==(const Property &, const Property &) = default; ///< memberwise
};

/// The properties of one packet in wire order, untyped. Cheap to copy (implicitly shared).
class OHMQTT_EXPORT PropertyList
{
public:
    const QList<Property> &entries() const noexcept { return m_entries; } ///< in wire order
    bool isEmpty() const noexcept { return m_entries.isEmpty(); } ///< no property
    qsizetype size() const noexcept { return m_entries.size(); } ///< how many properties

    /// The first property with this id, or nullptr.
    const Property *find(PropertyId id) const noexcept;
    ///@{
    /// The value of the first property with this id as the type, or std::nullopt when there is
    /// none (or it is of another type).
    std::optional<quint32> integer(PropertyId id) const;
    std::optional<QString> string(PropertyId id) const;
    std::optional<QByteArray> binary(PropertyId id) const;
    ///@}
    ///@{
    /// Every value of a repeatable property, in order.
    QList<quint32> integers(PropertyId id) const;
    QList<StringPair> stringPairs(PropertyId id) const;
    ///@}

    /// Replaces the first occurrence, or appends. Erases when `value` is empty.
    void set(PropertyId id, std::optional<PropertyValue> value);
    void append(Property property) { m_entries.append(std::move(property)); } ///< at the end
    void removeAll(PropertyId id); ///< every property with this id

    /// Size of the encoded properties, without the Property Length in front.
    qsizetype encodedSize() const;
    /// Property Length then the properties; throws MqttError when a value cannot be encoded.
    void encode(QByteArray &out, PropertyScope scope) const;
    /// Reads Property Length and the properties, checking them against `scope` [MQTT-2.2.2].
    static PropertyList decode(ByteReader &reader, PropertyScope scope);

    /// Equal when they hold the same properties in the same order.
    friend bool operator==(const PropertyList &, const PropertyList &) = default;

private:
    QList<Property> m_entries;
};

/// A typed property set for one scope: accessors exist only for the properties the scope allows.
template<PropertyScope Scope> class Properties
{
    template<PropertyId Id> static constexpr bool has = allows(Scope, Id);

public:
    using enum PropertyId;

    // clang-format off
    ///@{
    /// A property of PUBLISH and of the Will (MQTT 3.3.2.3): std::nullopt when absent; setting
    /// std::nullopt removes it.
    std::optional<quint8> payloadFormatIndicator() const requires has<PayloadFormatIndicator> { return byte(PayloadFormatIndicator); }
    void setPayloadFormatIndicator(std::optional<quint8> v) requires has<PayloadFormatIndicator> { setInt(PayloadFormatIndicator, v); }
    std::optional<quint32> messageExpiryInterval() const requires has<MessageExpiryInterval> { return m_list.integer(MessageExpiryInterval); }
    void setMessageExpiryInterval(std::optional<quint32> v) requires has<MessageExpiryInterval> { setInt(MessageExpiryInterval, v); }
    std::optional<QString> contentType() const requires has<ContentType> { return m_list.string(ContentType); }
    void setContentType(std::optional<QString> v) requires has<ContentType> { setStr(ContentType, std::move(v)); }
    std::optional<QString> responseTopic() const requires has<ResponseTopic> { return m_list.string(ResponseTopic); }
    void setResponseTopic(std::optional<QString> v) requires has<ResponseTopic> { setStr(ResponseTopic, std::move(v)); }
    std::optional<QByteArray> correlationData() const requires has<CorrelationData> { return m_list.binary(CorrelationData); }
    void setCorrelationData(std::optional<QByteArray> v) requires has<CorrelationData> { setBin(CorrelationData, std::move(v)); }
    ///@}

    ///@{
    /// PUBLISH carries one Subscription Identifier per matching subscription; SUBSCRIBE one at most.
    QList<quint32> subscriptionIdentifiers() const requires (Scope == PropertyScope::Publish) { return m_list.integers(SubscriptionIdentifier); }
    void addSubscriptionIdentifier(quint32 v) requires (Scope == PropertyScope::Publish) { m_list.append({SubscriptionIdentifier, v}); }
    std::optional<quint32> subscriptionIdentifier() const requires (Scope == PropertyScope::Subscribe) { return m_list.integer(SubscriptionIdentifier); }
    void setSubscriptionIdentifier(std::optional<quint32> v) requires (Scope == PropertyScope::Subscribe) { setInt(SubscriptionIdentifier, v); }
    ///@}

    ///@{
    /// The property of that name, in the packets the specification allows it in: std::nullopt
    /// when absent; setting std::nullopt removes it. Flags read as bool, whatever byte came.
    std::optional<quint32> sessionExpiryInterval() const requires has<SessionExpiryInterval> { return m_list.integer(SessionExpiryInterval); }
    void setSessionExpiryInterval(std::optional<quint32> v) requires has<SessionExpiryInterval> { setInt(SessionExpiryInterval, v); }
    std::optional<QString> assignedClientIdentifier() const requires has<AssignedClientIdentifier> { return m_list.string(AssignedClientIdentifier); }
    void setAssignedClientIdentifier(std::optional<QString> v) requires has<AssignedClientIdentifier> { setStr(AssignedClientIdentifier, std::move(v)); }
    std::optional<quint16> serverKeepAlive() const requires has<ServerKeepAlive> { return word(ServerKeepAlive); }
    void setServerKeepAlive(std::optional<quint16> v) requires has<ServerKeepAlive> { setInt(ServerKeepAlive, v); }
    std::optional<QString> authenticationMethod() const requires has<AuthenticationMethod> { return m_list.string(AuthenticationMethod); }
    void setAuthenticationMethod(std::optional<QString> v) requires has<AuthenticationMethod> { setStr(AuthenticationMethod, std::move(v)); }
    std::optional<QByteArray> authenticationData() const requires has<AuthenticationData> { return m_list.binary(AuthenticationData); }
    void setAuthenticationData(std::optional<QByteArray> v) requires has<AuthenticationData> { setBin(AuthenticationData, std::move(v)); }
    std::optional<bool> requestProblemInformation() const requires has<RequestProblemInformation> { return flag(RequestProblemInformation); }
    void setRequestProblemInformation(std::optional<bool> v) requires has<RequestProblemInformation> { setInt(RequestProblemInformation, v); }
    std::optional<quint32> willDelayInterval() const requires has<WillDelayInterval> { return m_list.integer(WillDelayInterval); }
    void setWillDelayInterval(std::optional<quint32> v) requires has<WillDelayInterval> { setInt(WillDelayInterval, v); }
    std::optional<bool> requestResponseInformation() const requires has<RequestResponseInformation> { return flag(RequestResponseInformation); }
    void setRequestResponseInformation(std::optional<bool> v) requires has<RequestResponseInformation> { setInt(RequestResponseInformation, v); }
    std::optional<QString> responseInformation() const requires has<ResponseInformation> { return m_list.string(ResponseInformation); }
    void setResponseInformation(std::optional<QString> v) requires has<ResponseInformation> { setStr(ResponseInformation, std::move(v)); }
    std::optional<QString> serverReference() const requires has<ServerReference> { return m_list.string(ServerReference); }
    void setServerReference(std::optional<QString> v) requires has<ServerReference> { setStr(ServerReference, std::move(v)); }
    std::optional<QString> reasonString() const requires has<ReasonString> { return m_list.string(ReasonString); }
    void setReasonString(std::optional<QString> v) requires has<ReasonString> { setStr(ReasonString, std::move(v)); }
    std::optional<quint16> receiveMaximum() const requires has<ReceiveMaximum> { return word(ReceiveMaximum); }
    void setReceiveMaximum(std::optional<quint16> v) requires has<ReceiveMaximum> { setInt(ReceiveMaximum, v); }
    std::optional<quint16> topicAliasMaximum() const requires has<TopicAliasMaximum> { return word(TopicAliasMaximum); }
    void setTopicAliasMaximum(std::optional<quint16> v) requires has<TopicAliasMaximum> { setInt(TopicAliasMaximum, v); }
    std::optional<quint16> topicAlias() const requires has<TopicAlias> { return word(TopicAlias); }
    void setTopicAlias(std::optional<quint16> v) requires has<TopicAlias> { setInt(TopicAlias, v); }
    std::optional<quint8> maximumQoS() const requires has<MaximumQoS> { return byte(MaximumQoS); }
    void setMaximumQoS(std::optional<quint8> v) requires has<MaximumQoS> { setInt(MaximumQoS, v); }
    std::optional<bool> retainAvailable() const requires has<RetainAvailable> { return flag(RetainAvailable); }
    void setRetainAvailable(std::optional<bool> v) requires has<RetainAvailable> { setInt(RetainAvailable, v); }
    std::optional<quint32> maximumPacketSize() const requires has<MaximumPacketSize> { return m_list.integer(MaximumPacketSize); }
    void setMaximumPacketSize(std::optional<quint32> v) requires has<MaximumPacketSize> { setInt(MaximumPacketSize, v); }
    std::optional<bool> wildcardSubscriptionAvailable() const requires has<WildcardSubscriptionAvailable> { return flag(WildcardSubscriptionAvailable); }
    void setWildcardSubscriptionAvailable(std::optional<bool> v) requires has<WildcardSubscriptionAvailable> { setInt(WildcardSubscriptionAvailable, v); }
    std::optional<bool> subscriptionIdentifierAvailable() const requires has<SubscriptionIdentifierAvailable> { return flag(SubscriptionIdentifierAvailable); }
    void setSubscriptionIdentifierAvailable(std::optional<bool> v) requires has<SubscriptionIdentifierAvailable> { setInt(SubscriptionIdentifierAvailable, v); }
    std::optional<bool> sharedSubscriptionAvailable() const requires has<SharedSubscriptionAvailable> { return flag(SharedSubscriptionAvailable); }
    void setSharedSubscriptionAvailable(std::optional<bool> v) requires has<SharedSubscriptionAvailable> { setInt(SharedSubscriptionAvailable, v); }
    ///@}
    // clang-format on

    ///@{
    /// User Properties keep their order and may repeat [MQTT-3.3.2-18].
    QList<StringPair> userProperties() const { return m_list.stringPairs(UserProperty); }
    void addUserProperty(const QString &name, const QString &value)
    {
        m_list.append({UserProperty, StringPair {name, value}});
    }
    void setUserProperties(const QList<StringPair> &pairs)
    {
        m_list.removeAll(UserProperty);
        for (const auto &pair : pairs)
            m_list.append({UserProperty, pair});
    }
    ///@}

    bool isEmpty() const noexcept { return m_list.isEmpty(); } ///< no property set
    ///@{
    /// The properties untyped, in wire order; changes made through it are not checked against
    /// the scope until encode().
    const PropertyList &list() const noexcept { return m_list; }
    PropertyList &list() noexcept { return m_list; }
    ///@}
    static constexpr PropertyScope scope = Scope; ///< where this set travels

    ///@{
    /// As PropertyList's, for this scope.
    qsizetype encodedSize() const { return m_list.encodedSize(); }
    void encode(QByteArray &out) const { m_list.encode(out, Scope); }
    static Properties decode(ByteReader &reader)
    {
        Properties result;
        result.m_list = PropertyList::decode(reader, Scope);
        return result;
    }
    ///@}

    /// Equal when they hold the same properties in the same order.
    friend bool operator==(const Properties &, const Properties &) = default;

private:
    std::optional<quint8> byte(PropertyId id) const
    {
        const auto v = m_list.integer(id);
        return v ? std::optional<quint8>(quint8(*v)) : std::nullopt;
    }
    std::optional<quint16> word(PropertyId id) const
    {
        const auto v = m_list.integer(id);
        return v ? std::optional<quint16>(quint16(*v)) : std::nullopt;
    }
    std::optional<bool> flag(PropertyId id) const
    {
        const auto v = m_list.integer(id);
        return v ? std::optional<bool>(*v != 0) : std::nullopt;
    }
    template<typename T> void setInt(PropertyId id, std::optional<T> v)
    {
        m_list.set(id, v ? std::optional<PropertyValue>(quint32(*v)) : std::nullopt);
    }
    void setStr(PropertyId id, std::optional<QString> v)
    {
        m_list.set(id, v ? std::optional<PropertyValue>(std::move(*v)) : std::nullopt);
    }
    void setBin(PropertyId id, std::optional<QByteArray> v)
    {
        m_list.set(id, v ? std::optional<PropertyValue>(std::move(*v)) : std::nullopt);
    }

    PropertyList m_list;
};

///@{
/// The property set of each packet, and of the Will.
using ConnectProperties = Properties<PropertyScope::Connect>;
using ConnAckProperties = Properties<PropertyScope::ConnAck>;
using PublishProperties = Properties<PropertyScope::Publish>;
using PubAckProperties = Properties<PropertyScope::PubAck>;
using PubRecProperties = Properties<PropertyScope::PubRec>;
using PubRelProperties = Properties<PropertyScope::PubRel>;
using PubCompProperties = Properties<PropertyScope::PubComp>;
using SubscribeProperties = Properties<PropertyScope::Subscribe>;
using SubAckProperties = Properties<PropertyScope::SubAck>;
using UnsubscribeProperties = Properties<PropertyScope::Unsubscribe>;
using UnsubAckProperties = Properties<PropertyScope::UnsubAck>;
using DisconnectProperties = Properties<PropertyScope::Disconnect>;
using AuthProperties = Properties<PropertyScope::Auth>;
using WillProperties = Properties<PropertyScope::Will>;
///@}

} // namespace OhMqtt
