// Broker address checks with QUrl, following the library's documented address rules.
#include "connection/brokeraddresscheck.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qurl.h>

namespace OhMqttExplorer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OhMqttExplorer::BrokerAddress", text);
}

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
            return tr("unix: takes a path (unix:/path), not a host");
        path = path.mid(2);
    }
    if (path.isEmpty())
        return tr("no socket path after unix:");
    if (path.endsWith(u'/'))
        return tr("the socket path names a directory");
    return {};
}

} // namespace

QString brokerAddressProblem(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return tr("enter the broker's address, e.g. mqtt://127.0.0.1:1883");
    if (address.startsWith(UnixPrefix, Qt::CaseInsensitive))
        return unixProblem(address);

    const QString scheme = schemeOf(address);
    const bool webSocket = scheme == u"ws" || scheme == u"wss";
    if (!webSocket && scheme != u"mqtt" && scheme != u"mqtts")
        return tr("unknown scheme '%1' (mqtt, mqtts, ws, wss or unix)").arg(scheme);
    const bool hasScheme = address.contains(QLatin1StringView("://"));
    const QUrl url(hasScheme ? address : QStringLiteral("mqtt://") + address, QUrl::StrictMode);
    if (!url.isValid())
        return url.errorString();
    if (url.host().isEmpty())
        return tr("no host");
    if (!url.userInfo().isEmpty())
        return tr("put the user name and password in the Authentication fields");
    if (url.hasQuery() || url.hasFragment())
        return tr("a query or fragment has no meaning here");
    if (!webSocket && !url.path().isEmpty() && url.path() != u"/")
        return tr("a path has no meaning for %1://").arg(scheme);
    if (url.port(-1) == 0)
        return tr("port 0");
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
