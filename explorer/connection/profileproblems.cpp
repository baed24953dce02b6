// ConnectionProfile::problems(): every field checked, in the editor's order, before connecting.
#include "connection/brokeraddresscheck.h"
#include "connection/connectionprofile.h"
#include "connection/tlsfiles.h"

#include <OhMqtt/mqtttopic.h>
#include <OhMqtt/serialization.h>

#include <limits>

namespace OhMqttExplorer {

namespace {

constexpr qint64 MaxFourByte = std::numeric_limits<quint32>::max();
constexpr qint64 MaxTwoByte = std::numeric_limits<quint16>::max();

class Problems
{
public:
    void add(const char *field, const QString &reason)
    {
        const QString name = QString::fromLatin1(field);
        m_list.append(
            {name,
             ConnectionProfile::tr("%1: %2", "a field's label, then what is wrong with it")
                 .arg(ConnectionProfile::fieldLabel(name), reason)});
    }
    void add(const ProfileProblem &problem) { m_list.append(problem); }

    void checkRange(const char *field, qint64 value, qint64 maximum)
    {
        if (value < 0 || value > maximum)
            add(field, ConnectionProfile::tr("must be between 0 and %1").arg(maximum));
    }

    QList<ProfileProblem> take() { return std::move(m_list); }

private:
    QList<ProfileProblem> m_list;
};

void checkGeneral(const ConnectionProfile &profile, Problems &problems)
{
    if (profile.name.trimmed().isEmpty())
        problems.add("name", ConnectionProfile::tr("give the connection a name"));
    if (const QString problem = brokerAddressProblem(profile.address); !problem.isEmpty())
        problems.add("address", problem);
    problems.checkRange("keepAlive", profile.keepAlive, MaxTwoByte);
    problems.checkRange("sessionExpiryInterval", profile.sessionExpiryInterval, MaxFourByte);
    problems.checkRange("connectTimeout", profile.connectTimeout, MaxTwoByte);
    problems.checkRange("reconnectDelay", profile.reconnectDelay, MaxTwoByte);
}

void checkAuthentication(const ConnectionProfile &profile, Problems &problems)
{
    // MQTT 3.1.1 has no Password without a User Name [MQTT-3.1.2-22].
    if (profile.protocolVersion == OhMqtt::ProtocolVersion::V311 && profile.username.isEmpty() &&
        !profile.password.isEmpty())
        problems.add("password",
                     ConnectionProfile::tr("MQTT 3.1.1 sends a password only with a "
                                           "user name"));
}

void checkTls(const ConnectionProfile &profile, Problems &problems)
{
    if (!profile.isSecure())
        return; // the TLS fields apply to mqtts:// and wss:// only
    ProfileProblem problem;
    if (!tlsConfiguration(profile, &problem))
        problems.add(problem);
}

void checkWill(const ConnectionProfile &profile, Problems &problems)
{
    if (!profile.willEnabled)
        return;
    if (const OhMqtt::MqttError error = OhMqtt::topicError(profile.willTopic); !error.isNull())
        problems.add("willTopic", error.message());
    // [MQTT-3.1.3-11] a Will Payload marked UTF-8 must be well-formed UTF-8.
    if (profile.willPayloadIsUtf8) {
        if (const char *problem = OhMqtt::Serialization::utf8Problem(profile.willPayload))
            problems.add("willPayload", QString::fromLatin1(problem));
    }
    problems.checkRange("willDelayInterval", profile.willDelayInterval, MaxFourByte);
    problems.checkRange("willMessageExpiryInterval", profile.willMessageExpiryInterval,
                        MaxFourByte);
    if (!profile.willResponseTopic.isEmpty()) {
        if (const auto error = OhMqtt::topicError(profile.willResponseTopic); !error.isNull())
            problems.add("willResponseTopic", error.message());
    }
}

void checkProperties(const ConnectionProfile &profile, Problems &problems)
{
    problems.checkRange("receiveMaximum", profile.receiveMaximum, MaxTwoByte);
    problems.checkRange("maximumPacketSize", profile.maximumPacketSize, MaxFourByte);
    problems.checkRange("topicAliasMaximum", profile.topicAliasMaximum, MaxTwoByte);
}

} // namespace

QList<ProfileProblem> ConnectionProfile::problems() const
{
    Problems problems;
    checkGeneral(*this, problems);
    checkAuthentication(*this, problems);
    checkTls(*this, problems);
    checkWill(*this, problems);
    checkProperties(*this, problems);
    return problems.take();
}

} // namespace OhMqttExplorer
