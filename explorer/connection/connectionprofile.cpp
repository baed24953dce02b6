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

// Marked for lupdate in ConnectionProfile's context, the one fieldLabel() translates them in.
constexpr FieldLabel FieldLabels[] = {
    {QLatin1StringView("name"), QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Name")},
    {QLatin1StringView("address"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Address")},
    {QLatin1StringView("clientId"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Client ID")},
    {QLatin1StringView("protocolVersion"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "MQTT version")},
    {QLatin1StringView("cleanStart"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Clean start")},
    {QLatin1StringView("keepAlive"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Keep alive")},
    {QLatin1StringView("sessionExpiryInterval"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Session expiry")},
    {QLatin1StringView("connectTimeout"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Connect timeout")},
    {QLatin1StringView("reconnectDelay"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Reconnect delay")},
    {QLatin1StringView("username"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "User name")},
    {QLatin1StringView("password"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Password")},
    {QLatin1StringView("storePasswordInSettings"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile",
                       "Store password in the settings file (not encrypted)")},
    {QLatin1StringView("tlsCaFile"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "CA file")},
    {QLatin1StringView("tlsCertificateFile"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Client certificate")},
    {QLatin1StringView("tlsKeyFile"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Client key")},
    {QLatin1StringView("tlsHostname"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Server name")},
    {QLatin1StringView("tlsInsecure"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile",
                       "Insecure: skip certificate verification")},
    {QLatin1StringView("willEnabled"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Send a last will")},
    {QLatin1StringView("willTopic"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will topic")},
    {QLatin1StringView("willPayload"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will payload")},
    {QLatin1StringView("willQos"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will QoS")},
    {QLatin1StringView("willRetain"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will retain")},
    {QLatin1StringView("willDelayInterval"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will delay")},
    {QLatin1StringView("willMessageExpiryInterval"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will message expiry")},
    {QLatin1StringView("willPayloadIsUtf8"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will payload is UTF-8 text")},
    {QLatin1StringView("willContentType"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will content type")},
    {QLatin1StringView("willResponseTopic"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will response topic")},
    {QLatin1StringView("willCorrelationData"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will correlation data")},
    {QLatin1StringView("willUserProperties"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Will user properties")},
    {QLatin1StringView("receiveMaximum"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Receive maximum")},
    {QLatin1StringView("maximumPacketSize"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Maximum packet size")},
    {QLatin1StringView("topicAliasMaximum"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Topic alias maximum")},
    {QLatin1StringView("requestResponseInformation"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Request response information")},
    {QLatin1StringView("requestProblemInformation"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "Request problem information")},
    {QLatin1StringView("userProperties"),
     QT_TRANSLATE_NOOP("OhMqttExplorer::ConnectionProfile", "User properties")},
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
