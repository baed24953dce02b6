// The options that say where the broker is and how to reach it: -h -p -L --unix, TLS, and how
// long to try (--connect-timeout, --no-reconnect).
#include "brokerurl.h"
#include "parser.h"

namespace OhMqtt::Cli {

namespace {

quint16 defaultPort(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return 1883;
    case Transport::Tls:
        return 8883;
    case Transport::WebSocket:
        return 80;
    case Transport::SecureWebSocket:
        return 443;
    case Transport::Unix:
        return 0;
    }
    return 0;
}

// The first TLS option given, for messages about TLS options that cannot apply.
QString firstTlsOption(const TlsOptions &tls)
{
    if (!tls.caFile.isEmpty())
        return QStringLiteral("--cafile");
    if (!tls.caPath.isEmpty())
        return QStringLiteral("--capath");
    if (!tls.certFile.isEmpty())
        return QStringLiteral("--cert");
    if (!tls.keyFile.isEmpty())
        return QStringLiteral("--key");
    if (tls.insecure)
        return QStringLiteral("--insecure");
    return QStringLiteral("--tls-version");
}

Transport urlTransport(const QString &scheme)
{
    if (scheme == u"mqtts")
        return Transport::Tls;
    if (scheme == u"ws")
        return Transport::WebSocket;
    if (scheme == u"wss")
        return Transport::SecureWebSocket;
    return Transport::Tcp;
}

} // namespace

bool Parser::setHost(const QString &option)
{
    QString host;
    if (!takeNonEmpty(option, "a host name", &host))
        return false;
    options().host = host;
    options().unixSocket.clear(); // the last of -h, -L and --unix says where the broker is
    return true;
}

bool Parser::setPort(const QString &option)
{
    int port = 0;
    if (!takeInteger(option, "port", 1, 65535, &port))
        return false;
    m_port = quint16(port);
    m_portOption = true;
    return true;
}

// As mosquitto: the URL sets host, port (its own or the scheme's default, even after -p) and
// topic, and the user and password when it has them; later options may change each.
bool Parser::setUrl(const QString &option)
{
    QString text;
    if (!takeValue(option, &text))
        return false;
    const BrokerUrl url = parseBrokerUrl(text);
    if (!url.error.isEmpty())
        return fail(url.error);
    m_urlScheme = url.scheme;
    m_port = url.port;
    options().host = url.host;
    options().unixSocket.clear();
    if (url.username)
        options().username = url.username;
    if (url.password)
        options().password = url.password->toUtf8();
    return addTopicText(url.topic, QStringLiteral("the topic of %1").arg(option));
}

bool Parser::setUnixSocket(const QString &option)
{
    QString path;
    if (!takeNonEmpty(option, "a socket path", &path))
        return false;
    options().unixSocket = path;
    m_urlScheme.clear();
    return true;
}

bool Parser::setCaFile(const QString &option)
{
    return takeNonEmpty(option, "a file name", &options().tls.caFile);
}

bool Parser::setCaPath(const QString &option)
{
    return takeNonEmpty(option, "a directory", &options().tls.caPath);
}

bool Parser::setCertFile(const QString &option)
{
    return takeNonEmpty(option, "a file name", &options().tls.certFile);
}

bool Parser::setKeyFile(const QString &option)
{
    return takeNonEmpty(option, "a file name", &options().tls.keyFile);
}

bool Parser::setInsecure(const QString &)
{
    options().tls.insecure = true;
    return true;
}

bool Parser::setTlsVersion(const QString &option)
{
    QString version;
    if (!takeValue(option, &version))
        return false;
    if (version == u"tlsv1.2") {
        options().tls.version = TlsVersion::V1_2;
    } else if (version == u"tlsv1.3") {
        options().tls.version = TlsVersion::V1_3;
    } else if (version == u"tlsv1.1" || version == u"tlsv1") {
        return fail(QStringLiteral("%1 (%2 %1) is not supported; use tlsv1.2 or tlsv1.3")
                        .arg(version, option));
    } else {
        return fail(
            QStringLiteral("invalid TLS version '%1', it must be tlsv1.2 or tlsv1.3").arg(version));
    }
    return true;
}

bool Parser::setConnectTimeout(const QString &option)
{
    int seconds = 0;
    if (!takeInteger(option, "connect timeout", 0, MaximumTimerSeconds, &seconds))
        return false;
    options().connectTimeoutSeconds = seconds;
    return true;
}

bool Parser::disableReconnect(const QString &)
{
    options().reconnect = false;
    return true;
}

// mosquitto's rules: a TLS option makes -h/-p use TLS (default port 8883), and so does port
// 8883 alone; the URL's scheme decides otherwise. TLS options with a URL that says mqtt:// or
// ws:// are an error here, where mosquitto would quietly use TLS or ignore them.
bool Parser::finishTransport()
{
    Options &o = options();
    if (o.tls.certFile.isEmpty() != o.tls.keyFile.isEmpty())
        return fail(QStringLiteral("--cert and --key must be given together"));
    const bool tls = !o.tls.isEmpty();
    if (!o.unixSocket.isEmpty()) {
        if (m_portOption)
            return fail(QStringLiteral("--unix connects to a socket path; -p cannot be used "
                                       "with it"));
        if (tls) {
            return fail(QStringLiteral("--unix connects without TLS; %1 cannot be used with it")
                            .arg(firstTlsOption(o.tls)));
        }
        o.transport = Transport::Unix;
        o.port = 0;
        return true;
    }
    if (m_urlScheme.isEmpty()) {
        o.transport = tls || m_port == 8883 ? Transport::Tls : Transport::Tcp;
    } else {
        o.transport = urlTransport(m_urlScheme);
        if (tls && (o.transport == Transport::Tcp || o.transport == Transport::WebSocket)) {
            return fail(QStringLiteral("%1 needs TLS, but the URL says %2://; use %2s://")
                            .arg(firstTlsOption(o.tls), m_urlScheme));
        }
    }
    o.port = m_port != 0 ? m_port : defaultPort(o.transport);
    return true;
}

} // namespace OhMqtt::Cli
