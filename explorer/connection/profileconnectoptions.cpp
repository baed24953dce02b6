// ConnectionProfile::toConnectOptions(): the profile's fields as OhMqtt::MqttConnectOptions.
#include "connection/connectionprofile.h"
#include "connection/tlsfiles.h"

#include <chrono>

namespace OhMqttExplorer {

namespace {

QList<OhMqtt::StringPair> stringPairs(const UserProperties &properties)
{
    QList<OhMqtt::StringPair> pairs;
    pairs.reserve(properties.size());
    for (const UserProperty &property : properties)
        pairs.append({property.name, property.value});
    return pairs;
}

template<typename T> std::optional<T> unlessZero(qint64 value)
{
    return value == 0 ? std::nullopt : std::optional<T>(T(value));
}

template<typename T> std::optional<T> unlessEmpty(const T &value)
{
    return value.isEmpty() ? std::nullopt : std::optional<T>(value);
}

OhMqtt::WillMessage willMessage(const ConnectionProfile &profile)
{
    OhMqtt::WillMessage will;
    will.topic = profile.willTopic;
    will.payload = profile.willPayload;
    will.qos = profile.willQos;
    will.retain = profile.willRetain;
    if (profile.protocolVersion != OhMqtt::ProtocolVersion::V5)
        return will;
    OhMqtt::WillProperties &properties = will.properties;
    properties.setWillDelayInterval(unlessZero<quint32>(profile.willDelayInterval));
    properties.setMessageExpiryInterval(unlessZero<quint32>(profile.willMessageExpiryInterval));
    if (profile.willPayloadIsUtf8)
        properties.setPayloadFormatIndicator(1);
    properties.setContentType(unlessEmpty(profile.willContentType));
    properties.setResponseTopic(unlessEmpty(profile.willResponseTopic));
    properties.setCorrelationData(unlessEmpty(profile.willCorrelationData));
    properties.setUserProperties(stringPairs(profile.willUserProperties));
    return will;
}

OhMqtt::ConnectProperties connectProperties(const ConnectionProfile &profile)
{
    OhMqtt::ConnectProperties properties;
    properties.setSessionExpiryInterval(unlessZero<quint32>(profile.sessionExpiryInterval));
    properties.setReceiveMaximum(unlessZero<quint16>(profile.receiveMaximum));
    properties.setMaximumPacketSize(unlessZero<quint32>(profile.maximumPacketSize));
    properties.setTopicAliasMaximum(unlessZero<quint16>(profile.topicAliasMaximum));
    if (profile.requestResponseInformation)
        properties.setRequestResponseInformation(true);
    if (!profile.requestProblemInformation) // true is the default, not sent
        properties.setRequestProblemInformation(false);
    properties.setUserProperties(stringPairs(profile.userProperties));
    return properties;
}

} // namespace

std::optional<OhMqtt::MqttConnectOptions> ConnectionProfile::toConnectOptions(QString *error) const
{
    const QList<ProfileProblem> found = problems();
    if (!found.isEmpty()) {
        if (error)
            *error = found.constFirst().message;
        return std::nullopt;
    }

    OhMqtt::MqttConnectOptions options;
    options.setAddress(address.trimmed());
    options.setClientId(clientId.isEmpty() ? generateClientId() : clientId);
    options.setProtocolVersion(protocolVersion);
    options.setCleanStart(cleanStart);
    options.setKeepAliveInterval(quint16(keepAlive));
    options.setConnectTimeout(std::chrono::seconds(connectTimeout));
    options.setReconnectDelay(std::chrono::seconds(reconnectDelay));
    if (!username.isEmpty())
        options.setUsername(username);
    if (!password.isEmpty())
        options.setPassword(password.toUtf8());
    if (isSecure()) {
        ProfileProblem problem;
        const std::optional<QSslConfiguration> tls = tlsConfiguration(*this, &problem);
        if (!tls) { // a file changed since problems() read it
            if (error)
                *error = problem.message;
            return std::nullopt;
        }
        options.setTlsConfiguration(*tls);
        options.setTlsHostname(tlsHostname.trimmed());
    }
    if (willEnabled)
        options.setWill(willMessage(*this));
    if (protocolVersion == OhMqtt::ProtocolVersion::V5)
        options.setConnectProperties(connectProperties(*this));
    return options;
}

} // namespace OhMqttExplorer
