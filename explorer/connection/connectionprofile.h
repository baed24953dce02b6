// ConnectionProfile: one broker connection as the user describes it, and the options it makes.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qstring.h>

#include <optional>

namespace OhMqttExplorer {

struct UserProperty
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString value MEMBER value)

public:
    QString name;
    QString value;

    friend bool operator==(const UserProperty &, const UserProperty &) = default;
};

using UserProperties = QList<UserProperty>;

// What is wrong with one field: `field` is the property name (e.g. "tlsCaFile"), so that an
// editor can show `message` next to its widget; `message` starts with the field's label.
struct ProfileProblem
{
    QString field;
    QString message;

    friend bool operator==(const ProfileProblem &, const ProfileProblem &) = default;
};

// A plain value: every field has a default that means "not set" (0 or empty: the property is
// not sent), so that a profile round-trips through QSettings without optionals. Every
// Q_PROPERTY is a field that ProfileStore saves, except `id` (the settings key) and `password`
// (never written there: see PasswordVault). Durations are seconds, as the user types them.
struct ConnectionProfile
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(OhMqttExplorer::ConnectionProfile)

    Q_PROPERTY(QString id MEMBER id)
    // General
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString clientId MEMBER clientId)
    Q_PROPERTY(OhMqtt::ProtocolVersion protocolVersion MEMBER protocolVersion)
    Q_PROPERTY(bool cleanStart MEMBER cleanStart)
    Q_PROPERTY(int keepAlive MEMBER keepAlive)
    Q_PROPERTY(qint64 sessionExpiryInterval MEMBER sessionExpiryInterval)
    Q_PROPERTY(int connectTimeout MEMBER connectTimeout)
    Q_PROPERTY(int reconnectDelay MEMBER reconnectDelay)
    // Authentication
    Q_PROPERTY(QString username MEMBER username)
    Q_PROPERTY(QString password MEMBER password)
    Q_PROPERTY(bool storePasswordInSettings MEMBER storePasswordInSettings)
    // TLS (mqtts:// and wss://)
    Q_PROPERTY(QString tlsCaFile MEMBER tlsCaFile)
    Q_PROPERTY(QString tlsCertificateFile MEMBER tlsCertificateFile)
    Q_PROPERTY(QString tlsKeyFile MEMBER tlsKeyFile)
    Q_PROPERTY(QString tlsHostname MEMBER tlsHostname)
    Q_PROPERTY(bool tlsInsecure MEMBER tlsInsecure)
    // Last will
    Q_PROPERTY(bool willEnabled MEMBER willEnabled)
    Q_PROPERTY(QString willTopic MEMBER willTopic)
    Q_PROPERTY(QByteArray willPayload MEMBER willPayload)
    Q_PROPERTY(OhMqtt::QoS willQos MEMBER willQos)
    Q_PROPERTY(bool willRetain MEMBER willRetain)
    Q_PROPERTY(qint64 willDelayInterval MEMBER willDelayInterval)
    Q_PROPERTY(qint64 willMessageExpiryInterval MEMBER willMessageExpiryInterval)
    Q_PROPERTY(bool willPayloadIsUtf8 MEMBER willPayloadIsUtf8)
    Q_PROPERTY(QString willContentType MEMBER willContentType)
    Q_PROPERTY(QString willResponseTopic MEMBER willResponseTopic)
    Q_PROPERTY(QByteArray willCorrelationData MEMBER willCorrelationData)
    Q_PROPERTY(OhMqttExplorer::UserProperties willUserProperties MEMBER willUserProperties)
    // CONNECT properties (MQTT 5.0)
    Q_PROPERTY(int receiveMaximum MEMBER receiveMaximum)
    Q_PROPERTY(qint64 maximumPacketSize MEMBER maximumPacketSize)
    Q_PROPERTY(int topicAliasMaximum MEMBER topicAliasMaximum)
    Q_PROPERTY(bool requestResponseInformation MEMBER requestResponseInformation)
    Q_PROPERTY(bool requestProblemInformation MEMBER requestProblemInformation)
    Q_PROPERTY(OhMqttExplorer::UserProperties userProperties MEMBER userProperties)

public:
    QString id; // stable key, made by ProfileStore::newProfile(); names may change
    QString name;
    QString address = QStringLiteral("mqtt://127.0.0.1:1883");
    QString clientId; // empty: generateClientId() at each connect
    OhMqtt::ProtocolVersion protocolVersion = OhMqtt::ProtocolVersion::V5;
    bool cleanStart = true;
    int keepAlive = 60; // 0: off
    qint64 sessionExpiryInterval = 0; // 4294967295: never expires
    int connectTimeout = 30; // 0: none
    int reconnectDelay = 2; // 0: never reconnect

    QString username; // empty: none sent
    QString password; // empty: none sent
    bool storePasswordInSettings = false; // the user's opt-in, for when no keychain works

    QString tlsCaFile; // PEM; empty: the system's CA certificates
    QString tlsCertificateFile; // PEM client certificate (and intermediates)
    QString tlsKeyFile; // PEM RSA or EC key of the client certificate, without passphrase
    QString tlsHostname; // the name the broker's certificate must carry; empty: the host
    bool tlsInsecure = false; // accept any broker certificate: no verification at all

    bool willEnabled = false;
    QString willTopic;
    QByteArray willPayload;
    OhMqtt::QoS willQos = OhMqtt::QoS::Q0;
    bool willRetain = false;
    qint64 willDelayInterval = 0;
    qint64 willMessageExpiryInterval = 0; // 0: not sent (the will does not expire)
    bool willPayloadIsUtf8 = false; // Payload Format Indicator 1
    QString willContentType;
    QString willResponseTopic;
    QByteArray willCorrelationData;
    UserProperties willUserProperties;

    int receiveMaximum = 0; // 0: not sent (the broker assumes 65535)
    qint64 maximumPacketSize = 0; // 0: not sent (no limit)
    int topicAliasMaximum = 0;
    bool requestResponseInformation = false;
    bool requestProblemInformation = true; // true is MQTT's default: not sent
    UserProperties userProperties;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;

    // The local broker, mqtt://127.0.0.1:1883: what a new user starts with.
    static ConnectionProfile localBroker();
    // How the user sees a field, e.g. "CA file" for "tlsCaFile".
    static QString fieldLabel(QStringView field);
    // "OhMqttExplorer" and 9 hex digits: 23 characters of 0-9a-zA-Z, which every broker must
    // accept [MQTT-3.1.3-5].
    static QString generateClientId();
    bool isSecure() const; // mqtts:// or wss://

    // Everything wrong with the profile, in the editor's order; empty when it can connect.
    // Reads the TLS files of a secure address.
    QList<ProfileProblem> problems() const;
    // The options to connect with, password included; nullopt with `*error` (the first
    // problem's message, naming the field) when problems() finds any. An empty client ID is
    // replaced with a generated one. MQTT 5.0 properties are left out for MQTT 3.1.1.
    std::optional<OhMqtt::MqttConnectOptions> toConnectOptions(QString *error = nullptr) const;
};

} // namespace OhMqttExplorer

Q_DECLARE_METATYPE(OhMqttExplorer::UserProperty)
Q_DECLARE_METATYPE(OhMqttExplorer::ConnectionProfile)
