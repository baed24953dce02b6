// Turns parsed Options into MqttConnectOptions; the TLS files are read here, before connecting.
#include "connectoptions.h"

#include "tlsconfiguration.h"

#include <chrono>

namespace OhMqtt::Cli {

namespace {

QString schemeOf(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return QStringLiteral("mqtt");
    case Transport::Tls:
        return QStringLiteral("mqtts");
    case Transport::WebSocket:
        return QStringLiteral("ws");
    case Transport::SecureWebSocket:
        return QStringLiteral("wss");
    case Transport::Unix:
        return QStringLiteral("unix");
    }
    return {};
}

bool isSecure(Transport transport)
{
    return transport == Transport::Tls || transport == Transport::SecureWebSocket;
}

} // namespace

QString brokerAddress(const Options &options)
{
    if (options.transport == Transport::Unix)
        return QStringLiteral("unix:") + options.unixSocket;
    const QString host = options.host.contains(u':') ? u'[' + options.host + u']' : options.host;
    QString address =
        QStringLiteral("%1://%2:%3").arg(schemeOf(options.transport), host).arg(options.port);
    if (options.transport == Transport::WebSocket ||
        options.transport == Transport::SecureWebSocket)
        address += QLatin1String(WebSocketPath);
    return address;
}

QString brokerName(const Options &options)
{
    if (options.transport == Transport::Unix)
        return options.unixSocket;
    return QStringLiteral("%1:%2").arg(options.host).arg(options.port);
}

std::optional<MqttConnectOptions> connectOptions(const Options &options, QString *error)
{
    MqttConnectOptions connect;
    connect.setAddress(brokerAddress(options));
    connect.setClientId(options.clientId);
    connect.setCleanStart(options.cleanStart);
    connect.setConnectTimeout(std::chrono::seconds(options.connectTimeoutSeconds)); // 0: none
    if (keepsReconnecting(options))
        connect.setReconnectDelay(ReconnectDelay);
    connect.setKeepAliveInterval(options.keepAliveSeconds);
    if (options.username)
        connect.setUsername(*options.username);
    if (options.password)
        connect.setPassword(*options.password);
    if (options.will)
        connect.setWill(*options.will);
    connect.setConnectProperties(options.connectProperties);
    connect.setProtocolVersion(options.protocolVersion);
    if (isSecure(options.transport)) {
        // Without TLS options the library's default applies: the system's CA certificates.
        if (!options.tls.isEmpty()) {
            const std::optional<QSslConfiguration> tls = tlsConfiguration(options.tls, error);
            if (!tls)
                return std::nullopt;
            connect.setTlsConfiguration(*tls);
        }
        if (options.tls.insecure)
            connect.setTlsIgnoredErrors({QSslError::HostNameMismatch});
    }
    return connect;
}

} // namespace OhMqtt::Cli
