// Broker address checks with QUrl, following the library's documented address rules.
#include "connection/brokeraddresscheck.h"

#include "connection/connectionprofile.h"

#include <QtCore/qurl.h>

namespace OhMqttExplorer {

namespace {

constexpr QLatin1StringView UnixPrefix("unix:");

QString schemeOf(const QString &address)
{
    const qsizetype end = address.indexOf(QLatin1StringView("://"));
    return end < 0 ? QStringLiteral("mqtt") : address.left(end).toLower();
}

QString unixProblem(const QString &address)
{
    QString path = address.mid(UnixPrefix.size());
    if (path.startsWith(QLatin1StringView("//"))) {
        if (!path.startsWith(QLatin1StringView("///")))
            return ConnectionProfile::tr("unix: takes a path (unix:/path), not a host");
        path = path.mid(2);
    }
    if (path.isEmpty())
        return ConnectionProfile::tr("no socket path after unix:");
    if (path.endsWith(u'/'))
        return ConnectionProfile::tr("the socket path names a directory");
    return {};
}

} // namespace

QString brokerAddressProblem(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return ConnectionProfile::tr("enter the broker's address, e.g. mqtt://127.0.0.1:1883");
    if (address.startsWith(UnixPrefix, Qt::CaseInsensitive))
        return unixProblem(address);

    const QString scheme = schemeOf(address);
    const bool webSocket = scheme == u"ws" || scheme == u"wss";
    if (!webSocket && scheme != u"mqtt" && scheme != u"mqtts")
        return ConnectionProfile::tr("unknown scheme '%1' (mqtt, mqtts, ws, wss or unix)")
            .arg(scheme);
    const bool hasScheme = address.contains(QLatin1StringView("://"));
    const QUrl url(hasScheme ? address : QStringLiteral("mqtt://") + address, QUrl::StrictMode);
    if (!url.isValid())
        return url.errorString();
    if (url.host().isEmpty())
        return ConnectionProfile::tr("no host");
    if (!url.userInfo().isEmpty())
        return ConnectionProfile::tr("put the user name and password in the Authentication fields");
    if (url.hasQuery() || url.hasFragment())
        return ConnectionProfile::tr("a query or fragment has no meaning here");
    if (!webSocket && !url.path().isEmpty() && url.path() != u"/")
        return ConnectionProfile::tr("a path has no meaning for %1://").arg(scheme);
    if (url.port(-1) == 0)
        return ConnectionProfile::tr("port 0");
    return {};
}

bool isSecureBrokerAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (!trimmed.contains(QLatin1StringView("://")))
        return false;
    const QString scheme = schemeOf(trimmed);
    return scheme == u"mqtts" || scheme == u"wss";
}

} // namespace OhMqttExplorer
