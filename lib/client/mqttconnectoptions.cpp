// MqttConnectOptions: the shared data behind the options, and the CONNECT packet they describe.
#include <OhMqtt/mqttconnectoptions.h>

#include <algorithm>
#include <limits>

namespace OhMqtt {

using namespace std::chrono_literals;

// The fields apart from the reference count, so that equality can be defaulted.
struct MqttConnectOptionsFields
{
    QString address;
    QString clientId;
    bool cleanStart = false;
    std::chrono::milliseconds connectTimeout = 30s;
    std::chrono::milliseconds reconnectDelay = 0ms;
    bool reconnectOnRefusal = false;
    quint16 keepAliveInterval = 0;
    bool tcpNoDelay = true;
    std::optional<QSslConfiguration> tlsConfiguration;
    QString tlsHostname;
    QList<QSslError::SslError> tlsIgnoredErrors;
    std::optional<QString> username;
    std::optional<QByteArray> password;
    std::optional<WillMessage> will;
    ConnectProperties connectProperties;
    ProtocolVersion protocolVersion = ProtocolVersion::V5;

    friend bool operator==(const MqttConnectOptionsFields &,
                           const MqttConnectOptionsFields &) = default;
};

class MqttConnectOptionsData : public QSharedData, public MqttConnectOptionsFields
{
};

namespace {

// The int view of a duration, as QTimer::interval() gives one: clamped to int's range.
int toMsecs(std::chrono::milliseconds duration) noexcept
{
    using Rep = std::chrono::milliseconds::rep;
    return int(std::clamp<Rep>(duration.count(), std::numeric_limits<int>::min(),
                               std::numeric_limits<int>::max()));
}

} // namespace

MqttConnectOptions::MqttConnectOptions()
    : d(new MqttConnectOptionsData)
{ }

MqttConnectOptions::MqttConnectOptions(const MqttConnectOptions &other) = default;
MqttConnectOptions::MqttConnectOptions(MqttConnectOptions &&other) noexcept = default;
MqttConnectOptions &MqttConnectOptions::operator=(const MqttConnectOptions &other) = default;
MqttConnectOptions &MqttConnectOptions::operator=(MqttConnectOptions &&other) noexcept = default;
MqttConnectOptions::~MqttConnectOptions() = default;

QString MqttConnectOptions::address() const
{
    return d->address;
}

void MqttConnectOptions::setAddress(const QString &address)
{
    d->address = address;
}

QString MqttConnectOptions::clientId() const
{
    return d->clientId;
}

void MqttConnectOptions::setClientId(const QString &clientId)
{
    d->clientId = clientId;
}

bool MqttConnectOptions::cleanStart() const noexcept
{
    return d->cleanStart;
}

void MqttConnectOptions::setCleanStart(bool cleanStart)
{
    d->cleanStart = cleanStart;
}

int MqttConnectOptions::connectTimeout() const noexcept
{
    return toMsecs(d->connectTimeout);
}

std::chrono::milliseconds MqttConnectOptions::connectTimeoutAsDuration() const noexcept
{
    return d->connectTimeout;
}

void MqttConnectOptions::setConnectTimeout(int msecs)
{
    d->connectTimeout = std::chrono::milliseconds(msecs);
}

void MqttConnectOptions::setConnectTimeout(std::chrono::milliseconds timeout)
{
    d->connectTimeout = timeout;
}

int MqttConnectOptions::reconnectDelay() const noexcept
{
    return toMsecs(d->reconnectDelay);
}

std::chrono::milliseconds MqttConnectOptions::reconnectDelayAsDuration() const noexcept
{
    return d->reconnectDelay;
}

void MqttConnectOptions::setReconnectDelay(int msecs)
{
    d->reconnectDelay = std::chrono::milliseconds(msecs);
}

void MqttConnectOptions::setReconnectDelay(std::chrono::milliseconds delay)
{
    d->reconnectDelay = delay;
}

bool MqttConnectOptions::reconnectOnRefusal() const noexcept
{
    return d->reconnectOnRefusal;
}

void MqttConnectOptions::setReconnectOnRefusal(bool reconnect)
{
    d->reconnectOnRefusal = reconnect;
}

quint16 MqttConnectOptions::keepAliveInterval() const noexcept
{
    return d->keepAliveInterval;
}

void MqttConnectOptions::setKeepAliveInterval(quint16 seconds)
{
    d->keepAliveInterval = seconds;
}

bool MqttConnectOptions::tcpNoDelay() const noexcept
{
    return d->tcpNoDelay;
}

void MqttConnectOptions::setTcpNoDelay(bool noDelay)
{
    d->tcpNoDelay = noDelay;
}

QSslConfiguration MqttConnectOptions::tlsConfiguration() const
{
    return d->tlsConfiguration.value_or(QSslConfiguration::defaultConfiguration());
}

bool MqttConnectOptions::hasTlsConfiguration() const noexcept
{
    return d->tlsConfiguration.has_value();
}

void MqttConnectOptions::setTlsConfiguration(const QSslConfiguration &configuration)
{
    d->tlsConfiguration = configuration;
}

void MqttConnectOptions::clearTlsConfiguration()
{
    d->tlsConfiguration.reset();
}

QString MqttConnectOptions::tlsHostname() const
{
    return d->tlsHostname;
}

void MqttConnectOptions::setTlsHostname(const QString &hostname)
{
    d->tlsHostname = hostname;
}

QList<QSslError::SslError> MqttConnectOptions::tlsIgnoredErrors() const
{
    return d->tlsIgnoredErrors;
}

void MqttConnectOptions::setTlsIgnoredErrors(const QList<QSslError::SslError> &errors)
{
    d->tlsIgnoredErrors = errors;
}

QString MqttConnectOptions::username() const
{
    return d->username.value_or(QString());
}

bool MqttConnectOptions::hasUsername() const noexcept
{
    return d->username.has_value();
}

void MqttConnectOptions::setUsername(const QString &username)
{
    d->username = username;
}

void MqttConnectOptions::clearUsername()
{
    d->username.reset();
}

QByteArray MqttConnectOptions::password() const
{
    return d->password.value_or(QByteArray());
}

bool MqttConnectOptions::hasPassword() const noexcept
{
    return d->password.has_value();
}

void MqttConnectOptions::setPassword(const QByteArray &password)
{
    d->password = password;
}

void MqttConnectOptions::clearPassword()
{
    d->password.reset();
}

std::optional<WillMessage> MqttConnectOptions::will() const
{
    return d->will;
}

bool MqttConnectOptions::hasWill() const noexcept
{
    return d->will.has_value();
}

void MqttConnectOptions::setWill(const WillMessage &will)
{
    d->will = will;
}

void MqttConnectOptions::clearWill()
{
    d->will.reset();
}

ConnectProperties MqttConnectOptions::connectProperties() const
{
    return d->connectProperties;
}

void MqttConnectOptions::setConnectProperties(const ConnectProperties &properties)
{
    d->connectProperties = properties;
}

ProtocolVersion MqttConnectOptions::protocolVersion() const noexcept
{
    return d->protocolVersion;
}

void MqttConnectOptions::setProtocolVersion(ProtocolVersion version)
{
    d->protocolVersion = version;
}

ConnectPacket MqttConnectOptions::connectPacket() const
{
    ConnectPacket connect;
    connect.protocolVersion = d->protocolVersion;
    connect.clientId = d->clientId;
    connect.cleanStart = d->cleanStart;
    connect.keepAlive = d->keepAliveInterval;
    connect.username = d->username;
    connect.password = d->password;
    connect.will = d->will;
    connect.properties = d->connectProperties;
    return connect;
}

bool operator==(const MqttConnectOptions &a, const MqttConnectOptions &b)
{
    return a.d == b.d ||
        static_cast<const MqttConnectOptionsFields &>(*a.d) ==
        static_cast<const MqttConnectOptionsFields &>(*b.d);
}

namespace {

// By name too, for queued connections and lookups made with the type's name.
void registerMqttConnectOptionsMetaType()
{
    qRegisterMetaType<MqttConnectOptions>();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(registerMqttConnectOptionsMetaType)

} // namespace OhMqtt
