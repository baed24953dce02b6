// Splits an -L URL with QUrl, keeping a topic's '#' and '?' as text.
#include "brokerurl.h"

#include <QtCore/qurl.h>

namespace OhMqtt::Cli {

namespace {

BrokerUrl failure(const QString &message)
{
    BrokerUrl url;
    url.error = message;
    return url;
}

// QUrl reads '?' as the start of a query and '#' as the start of a fragment, but in an MQTT
// topic both are ordinary characters ("sensors/#"); put the pieces back together.
QString topicOf(const QUrl &url)
{
    QString topic = url.path(QUrl::FullyDecoded).mid(1);
    if (url.hasQuery())
        topic += u'?' + url.query(QUrl::FullyDecoded);
    if (url.hasFragment())
        topic += u'#' + url.fragment(QUrl::FullyDecoded);
    return topic;
}

bool isKnownScheme(const QString &scheme)
{
    return scheme == u"mqtt" || scheme == u"mqtts" || scheme == u"ws" || scheme == u"wss";
}

} // namespace

BrokerUrl parseBrokerUrl(const QString &text)
{
    const QUrl url(text); // tolerant: a topic may hold spaces and other unusual characters
    if (!url.isValid())
        return failure(QStringLiteral("invalid URL '%1': %2").arg(text, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (!isKnownScheme(scheme)) {
        return failure(QStringLiteral("unsupported URL scheme in '%1', it must be mqtt://, "
                                      "mqtts://, ws:// or wss://")
                           .arg(text));
    }
    if (url.host().isEmpty())
        return failure(QStringLiteral("invalid URL '%1': the host is missing").arg(text));
    if (!url.path().startsWith(u'/'))
        return failure(QStringLiteral("invalid URL '%1': the topic is missing").arg(text));
    const int port = url.port(0); // 0: none given, the scheme's default applies
    if (url.port() == 0 || port > 65535)
        return failure(QStringLiteral("invalid port %1 in URL '%2'").arg(port).arg(text));

    BrokerUrl result;
    result.scheme = scheme;
    if (!url.userInfo().isEmpty()) {
        result.username = url.userName(QUrl::FullyDecoded);
        if (url.userInfo().contains(u':'))
            result.password = url.password(QUrl::FullyDecoded);
    }
    result.host = url.host();
    result.port = quint16(port);
    result.topic = topicOf(url);
    return result;
}

} // namespace OhMqtt::Cli
