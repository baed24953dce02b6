// BrokerAddress: parsing with QUrl, default ports per scheme, and clear errors for what is wrong.
#include "transport/brokeraddress.h"

#include <QtCore/qdir.h>

#include <optional>

namespace OhMqtt {

namespace {

struct SchemeInfo
{
    QLatin1StringView name;
    BrokerAddress::Scheme scheme;
    quint16 defaultPort;
};

constexpr SchemeInfo Schemes[] = {
    {QLatin1StringView("mqtt"), BrokerAddress::Scheme::Mqtt, 1883},
    {QLatin1StringView("mqtts"), BrokerAddress::Scheme::Mqtts, 8883},
    {QLatin1StringView("ws"), BrokerAddress::Scheme::Ws, 80},
    {QLatin1StringView("wss"), BrokerAddress::Scheme::Wss, 443},
};

constexpr QLatin1StringView UnixPrefix("unix:");

// The address as it may appear in a message: a password in it is cut out, it may be logged.
QString printable(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const qsizetype colon = address.indexOf(u':', address.indexOf(QLatin1StringView("//")) + 2);
    if (at < 0 || colon < 0 || colon > at)
        return address;
    return address.left(colon) + QLatin1StringView(":***") + address.mid(at);
}

[[noreturn]] void invalid(const QString &address, const QString &problem)
{
    throw MqttError(QStringLiteral("broker address '%1': %2").arg(printable(address), problem));
}

std::optional<SchemeInfo> schemeNamed(const QString &name)
{
    for (const SchemeInfo &info : Schemes) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

QLatin1StringView schemeName(BrokerAddress::Scheme scheme)
{
    for (const SchemeInfo &info : Schemes) {
        if (info.scheme == scheme)
            return info.name;
    }
    return UnixPrefix.chopped(1);
}

// "unix:/path", "unix:///path" or "unix:relative"; an authority ("unix://host/...") has no
// meaning for a local socket.
BrokerAddress parseUnix(const QString &text, const QString &address)
{
    QString path = address.mid(UnixPrefix.size());
    if (path.startsWith(QLatin1StringView("//"))) {
        if (!path.startsWith(QLatin1StringView("///")))
            invalid(text, QStringLiteral("unix: takes a path (unix:/path), not a host"));
        path = path.mid(2);
    }
    if (path.isEmpty())
        invalid(text, QStringLiteral("no socket path after unix:"));
    if (path.endsWith(u'/'))
        invalid(text, QStringLiteral("the socket path names a directory"));
    BrokerAddress result;
    result.scheme = BrokerAddress::Scheme::Unix;
    result.path = QDir::isAbsolutePath(path) ? path : QDir::current().absoluteFilePath(path);
    return result;
}

} // namespace

BrokerAddress BrokerAddress::parse(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        invalid(text, QStringLiteral("empty"));
    if (address.startsWith(UnixPrefix, Qt::CaseInsensitive))
        return parseUnix(text, address);

    // Without a scheme, "host:port" would read as scheme "host": mqtt:// is the default.
    const bool hasScheme = address.contains(QLatin1StringView("://"));
    const QUrl url(hasScheme ? address : QStringLiteral("mqtt://") + address, QUrl::StrictMode);
    if (!url.isValid())
        invalid(text, url.errorString());
    const std::optional<SchemeInfo> scheme = schemeNamed(url.scheme());
    if (!scheme)
        invalid(
            text,
            QStringLiteral("unknown scheme '%1' (mqtt, mqtts, ws, wss or unix)").arg(url.scheme()));
    if (url.host().isEmpty())
        invalid(text, QStringLiteral("no host"));
    if (!url.userInfo().isEmpty())
        invalid(text,
                QStringLiteral("user information belongs in the username and password options"));
    if (url.hasQuery() || url.hasFragment())
        invalid(text, QStringLiteral("a query or fragment has no meaning here"));
    const bool webSocket = scheme->scheme == Scheme::Ws || scheme->scheme == Scheme::Wss;
    if (!webSocket && !url.path().isEmpty() && url.path() != QLatin1StringView("/"))
        invalid(text, QStringLiteral("a path has no meaning for %1://").arg(scheme->name));
    // QUrl rejects ports above 65535 and non-digits; "host:" leaves the port unset.
    const int port = url.port(scheme->defaultPort);
    if (port <= 0)
        invalid(text, QStringLiteral("port 0"));

    BrokerAddress result;
    result.scheme = scheme->scheme;
    result.host = url.host();
    result.port = quint16(port);
    if (webSocket)
        result.path = url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/")
                                                             : url.path(QUrl::FullyEncoded);
    return result;
}

QUrl BrokerAddress::webSocketUrl() const
{
    if (!isWebSocket())
        return {};
    QUrl url;
    url.setScheme(schemeName(scheme));
    url.setHost(host);
    url.setPort(port);
    url.setPath(path, QUrl::TolerantMode); // percent-encoded, as parse() keeps it
    return url;
}

QString BrokerAddress::toString() const
{
    // A path starting with "//" needs the URL form: "unix://" + path, as parseUnix() reads it.
    if (scheme == Scheme::Unix) {
        const bool urlForm = path.startsWith(QLatin1StringView("//"));
        return (urlForm ? QStringLiteral("unix://") : QString(UnixPrefix)) + path;
    }
    // [RFC 6874] an IPv6 zone ID ("fe80::1%eth0") reads back only with its '%' as "%25".
    const QString shownHost = host.contains(u':')
        ? QStringLiteral("[%1]").arg(QString(host).replace(u'%', QLatin1StringView("%25")))
        : host;
    return QStringLiteral("%1://%2:%3%4").arg(schemeName(scheme), shownHost).arg(port).arg(path);
}

} // namespace OhMqtt
