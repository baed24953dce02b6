// Constants of the MQTT specification: packet types, property ids, QoS, reason codes, versions.
#pragma once

#include <OhMqtt/ohmqtt_export.h>

#include <QtCore/qobjectdefs.h>
#include <QtCore/qstring.h>

// The enums keep int as their underlying type: Qt 6.4's QML reads a smaller one as an int, with
// garbage in the upper bytes. QML names them scoped (Mqtt.QoS.Q1): several share enumerator names.
namespace OhMqtt {
Q_NAMESPACE_EXPORT(OHMQTT_EXPORT)
Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

/// The protocol version a connection speaks.
enum class ProtocolVersion {
    V311 = 4, ///< MQTT 3.1.1, protocol level 4
    V5 = 5, ///< MQTT 5.0, protocol level 5
};
Q_ENUM_NS(ProtocolVersion)

/// MQTT Control Packet types, as in the fixed header [MQTT-2.1.2].
enum class PacketType {
    Connect = 1,
    ConnAck = 2,
    Publish = 3,
    PubAck = 4,
    PubRec = 5,
    PubRel = 6,
    PubComp = 7,
    Subscribe = 8,
    SubAck = 9,
    Unsubscribe = 10,
    UnsubAck = 11,
    PingReq = 12,
    PingResp = 13,
    Disconnect = 14,
    Auth = 15,
};
Q_ENUM_NS(PacketType)

/// MQTT 5.0 property identifiers [MQTT-2.2.2.2].
enum class PropertyId {
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQoS = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};
Q_ENUM_NS(PropertyId)

/// Quality of Service levels [MQTT-4.3].
enum class QoS {
    Q0 = 0, ///< at most once
    Q1 = 1, ///< at least once
    Q2 = 2, ///< exactly once
};
Q_ENUM_NS(QoS)

/// When the broker sends retained messages for a subscription (Retain Handling, MQTT 3.8.3.1).
/// Declared here, beside the other enums of the namespace's one Q_NAMESPACE, for Q_ENUM_NS.
enum class RetainPolicy {
    Always = 0, ///< on every subscribe
    Once = 1, ///< only when the subscription is new
    Never = 2, ///< no retained messages
};
Q_ENUM_NS(RetainPolicy)

/// Whether a PUBLISH uses a Topic Alias (MQTT 3.3.2.3.4) in place of its topic, per publish():
/// Never; Try: the topic's alias on this connection, or a new one while the broker's Topic Alias
/// Maximum allows, else the full topic; Always: the same, but the publish fails when no alias is
/// left. Aliases last one connection.
enum class AliasPolicy {
    Never = 0,
    Try = 1,
    Always = 2,
};
Q_ENUM_NS(AliasPolicy)

/// When the server sends retained messages for a new subscription [MQTT-3.8.3.1].
enum class RetainHandling {
    SendOnSubscribe = 0,
    SendIfNewSubscription = 1,
    DoNotSend = 2,
};
Q_ENUM_NS(RetainHandling)

/// Where a property set travels: a packet type, or the Will Properties of CONNECT.
enum class PropertyScope {
    Connect,
    ConnAck,
    Publish,
    PubAck,
    PubRec,
    PubRel,
    PubComp,
    Subscribe,
    SubAck,
    Unsubscribe,
    UnsubAck,
    Disconnect,
    Auth,
    Will,
};
Q_ENUM_NS(PropertyScope)

/// How a property's value is encoded [MQTT-2.2.2.2].
enum class PropertyType {
    Byte,
    TwoByteInteger,
    FourByteInteger,
    VarInt,
    Utf8String,
    Binary,
    Utf8StringPair,
};
Q_ENUM_NS(PropertyType)

/// MQTT 5.0 reason codes [MQTT-2.4]; MQTT 3.1.1's CONNACK and SUBACK return codes map onto them.
enum class ReasonCode {
    Success = 0x00, ///< also Normal Disconnection and Granted QoS 0
    GrantedQoS1 = 0x01,
    GrantedQoS2 = 0x02,
    DisconnectWithWillMessage = 0x04,
    NoMatchingSubscribers = 0x10,
    NoSubscriptionExisted = 0x11,
    ContinueAuthentication = 0x18,
    ReAuthenticate = 0x19,
    UnspecifiedError = 0x80,
    MalformedPacket = 0x81,
    ProtocolError = 0x82,
    ImplementationSpecificError = 0x83,
    UnsupportedProtocolVersion = 0x84,
    ClientIdentifierNotValid = 0x85,
    BadUserNameOrPassword = 0x86,
    NotAuthorized = 0x87,
    ServerUnavailable = 0x88,
    ServerBusy = 0x89,
    Banned = 0x8A,
    ServerShuttingDown = 0x8B,
    BadAuthenticationMethod = 0x8C,
    KeepAliveTimeout = 0x8D,
    SessionTakenOver = 0x8E,
    TopicFilterInvalid = 0x8F,
    TopicNameInvalid = 0x90,
    PacketIdentifierInUse = 0x91,
    PacketIdentifierNotFound = 0x92,
    ReceiveMaximumExceeded = 0x93,
    TopicAliasInvalid = 0x94,
    PacketTooLarge = 0x95,
    MessageRateTooHigh = 0x96,
    QuotaExceeded = 0x97,
    AdministrativeAction = 0x98,
    PayloadFormatInvalid = 0x99,
    RetainNotSupported = 0x9A,
    QoSNotSupported = 0x9B,
    UseAnotherServer = 0x9C,
    ServerMoved = 0x9D,
    SharedSubscriptionsNotSupported = 0x9E,
    ConnectionRateExceeded = 0x9F,
    MaximumConnectTime = 0xA0,
    SubscriptionIdentifiersNotSupported = 0xA1,
    WildcardSubscriptionsNotSupported = 0xA2,
};
Q_ENUM_NS(ReasonCode)

///@{
/// Aliases the specification gives to the value 0x00 in particular packets.
inline constexpr ReasonCode NormalDisconnection = ReasonCode::Success;
inline constexpr ReasonCode GrantedQoS0 = ReasonCode::Success;
///@}

/// Reason codes of 0x80 and above indicate failure [MQTT-2.4].
constexpr bool isError(ReasonCode code) noexcept
{
    return static_cast<quint8>(code) >= 0x80;
}

///@{
/// Readable names, e.g. "PUBLISH", "MalformedPacket"; unknown values give their number.
OHMQTT_EXPORT QString packetTypeName(PacketType type);
OHMQTT_EXPORT QString reasonCodeName(ReasonCode code);
OHMQTT_EXPORT QString propertyName(PropertyId id);
///@}

/// The property's name as static Latin-1 text, for error messages without allocation.
OHMQTT_EXPORT const char *propertyFieldName(PropertyId id) noexcept;

/// True when `value` names a property the specification defines.
OHMQTT_EXPORT bool isKnownProperty(quint8 value) noexcept;

} // namespace OhMqtt
