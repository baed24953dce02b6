// ConnectionProfile: the defaults, field labels and generated client IDs.
#include "connection/connectionprofile.h"

#include "connection/brokeraddresscheck.h"

#include <QtCore/qrandom.h>

namespace OhMqttExplorer {

namespace {

struct FieldLabel
{
    QLatin1StringView field;
    const char *label;
};

// QT_TR_NOOP marks the labels for lupdate; fieldLabel() translates them.
constexpr FieldLabel FieldLabels[] = {
    {QLatin1StringView("name"), QT_TR_NOOP("Name")},
    {QLatin1StringView("address"), QT_TR_NOOP("Address")},
    {QLatin1StringView("clientId"), QT_TR_NOOP("Client ID")},
    {QLatin1StringView("protocolVersion"), QT_TR_NOOP("MQTT version")},
    {QLatin1StringView("cleanStart"), QT_TR_NOOP("Clean start")},
    {QLatin1StringView("keepAlive"), QT_TR_NOOP("Keep alive")},
    {QLatin1StringView("sessionExpiryInterval"), QT_TR_NOOP("Session expiry")},
    {QLatin1StringView("connectTimeout"), QT_TR_NOOP("Connect timeout")},
    {QLatin1StringView("reconnectDelay"), QT_TR_NOOP("Reconnect delay")},
    {QLatin1StringView("username"), QT_TR_NOOP("User name")},
    {QLatin1StringView("password"), QT_TR_NOOP("Password")},
    {QLatin1StringView("storePasswordInSettings"),
     QT_TR_NOOP("Store password in the settings file (not encrypted)")},
    {QLatin1StringView("tlsCaFile"), QT_TR_NOOP("CA file")},
    {QLatin1StringView("tlsCertificateFile"), QT_TR_NOOP("Client certificate")},
    {QLatin1StringView("tlsKeyFile"), QT_TR_NOOP("Client key")},
    {QLatin1StringView("tlsHostname"), QT_TR_NOOP("Server name")},
    {QLatin1StringView("tlsInsecure"), QT_TR_NOOP("Insecure: skip certificate verification")},
    {QLatin1StringView("willEnabled"), QT_TR_NOOP("Send a last will")},
    {QLatin1StringView("willTopic"), QT_TR_NOOP("Will topic")},
    {QLatin1StringView("willPayload"), QT_TR_NOOP("Will payload")},
    {QLatin1StringView("willQos"), QT_TR_NOOP("Will QoS")},
    {QLatin1StringView("willRetain"), QT_TR_NOOP("Will retain")},
    {QLatin1StringView("willDelayInterval"), QT_TR_NOOP("Will delay")},
    {QLatin1StringView("willMessageExpiryInterval"), QT_TR_NOOP("Will message expiry")},
    {QLatin1StringView("willPayloadIsUtf8"), QT_TR_NOOP("Will payload is UTF-8 text")},
    {QLatin1StringView("willContentType"), QT_TR_NOOP("Will content type")},
    {QLatin1StringView("willResponseTopic"), QT_TR_NOOP("Will response topic")},
    {QLatin1StringView("willCorrelationData"), QT_TR_NOOP("Will correlation data")},
    {QLatin1StringView("willUserProperties"), QT_TR_NOOP("Will user properties")},
    {QLatin1StringView("receiveMaximum"), QT_TR_NOOP("Receive maximum")},
    {QLatin1StringView("maximumPacketSize"), QT_TR_NOOP("Maximum packet size")},
    {QLatin1StringView("topicAliasMaximum"), QT_TR_NOOP("Topic alias maximum")},
    {QLatin1StringView("requestResponseInformation"), QT_TR_NOOP("Request response information")},
    {QLatin1StringView("requestProblemInformation"), QT_TR_NOOP("Request problem information")},
    {QLatin1StringView("userProperties"), QT_TR_NOOP("User properties")},
};

} // namespace

ConnectionProfile ConnectionProfile::localBroker()
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("local-broker");
    profile.name = tr("Local broker");
    profile.address = QStringLiteral("mqtt://127.0.0.1:1883");
    return profile;
}

QString ConnectionProfile::fieldLabel(QStringView field)
{
    for (const FieldLabel &entry : FieldLabels) {
        if (field == entry.field)
            return tr(entry.label);
    }
    return field.toString();
}

QString ConnectionProfile::generateClientId()
{
    const quint64 random = QRandomGenerator::global()->generate64() & 0xF'FFFF'FFFFull;
    return QStringLiteral("OhMqttExplorer%1").arg(random, 9, 16, QLatin1Char('0'));
}

bool ConnectionProfile::isSecure() const
{
    return isSecureBrokerAddress(address);
}

} // namespace OhMqttExplorer
