// BrokerAddress: parsing with QUrl, default ports per scheme, and clear errors for what is wrong.
#include "client/brokeraddress.h"

#include <QtCore/qurl.h>

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

[[noreturn]] void invalid(const QString &address, const QString &problem)
{
    throw MqttError(QStringLiteral("broker address '%1': %2").arg(address, problem));
}

std::optional<SchemeInfo> schemeNamed(const QString &name)
{
    for (const SchemeInfo &info : Schemes) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

} // namespace

BrokerAddress BrokerAddress::parse(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        invalid(text, QStringLiteral("empty"));

    BrokerAddress result;
    if (address.startsWith(QLatin1StringView("unix:"))) {
        result.scheme = Scheme::Unix;
        result.path = address.mid(5);
        if (result.path.isEmpty())
            invalid(text, QStringLiteral("no socket path after unix:"));
        return result;
    }

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
    const int port = url.port(scheme->defaultPort);
    if (port <= 0)
        invalid(text, QStringLiteral("port 0"));

    result.scheme = scheme->scheme;
    result.host = url.host();
    result.port = quint16(port);
    if (webSocket)
        result.path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    return result;
}

QString BrokerAddress::toString() const
{
    if (scheme == Scheme::Unix)
        return QStringLiteral("unix:") + path;
    QString name;
    for (const SchemeInfo &info : Schemes) {
        if (info.scheme == scheme)
            name = info.name;
    }
    const QString shownHost = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1://%2:%3%4").arg(name, shownHost).arg(port).arg(path);
}

} // namespace OhMqtt
