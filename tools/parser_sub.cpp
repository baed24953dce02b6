// sub's options: which messages it prints (-R --retained-only -T), how (-v -F -N), what else it
// does (--remove-retained -U) and when it stops (-C -W -E).
#include "parser.h"

#include <OhMqtt/mqtttopic.h>

#include <limits>

namespace OhMqtt::Cli {

bool Parser::setVerbose(const QString &)
{
    options().verbose = true;
    return true;
}

bool Parser::setFormat(const QString &option)
{
    QString text;
    if (!takeValue(option, &text))
        return false;
    QString error;
    options().format = MessageFormat::parse(text.toUtf8(), &error);
    return options().format ? true : fail(error);
}

bool Parser::setNoEndOfLine(const QString &)
{
    options().endOfLine = false;
    return true;
}

bool Parser::setSkipRetained(const QString &)
{
    options().skipRetained = true;
    return true;
}

bool Parser::setRetainedOnly(const QString &)
{
    options().retainedOnly = true;
    return true;
}

bool Parser::setRemoveRetained(const QString &)
{
    options().removeRetained = true;
    return true;
}

bool Parser::takeTopicFilter(const QString &option, const char *what, QStringList *filters)
{
    QString filter;
    if (!takeValue(option, &filter))
        return false;
    if (!isValidTopicFilter(filter)) {
        return fail(QStringLiteral("invalid %1 '%2' in %3, are all '+' and '#' wildcards "
                                   "correct?")
                        .arg(QLatin1String(what), filter, option));
    }
    filters->append(filter);
    return true;
}

bool Parser::addFilterOut(const QString &option)
{
    return takeTopicFilter(option, "filter-out topic filter", &options().filterOut);
}

bool Parser::addUnsubscribe(const QString &option)
{
    return takeTopicFilter(option, "unsubscribe topic filter", &options().unsubscribeFilters);
}

bool Parser::setExitAfterSubscribe(const QString &)
{
    options().exitAfterSubscribe = true;
    return true;
}

bool Parser::setCount(const QString &option)
{
    int count = 0;
    if (!takeInteger(option, "message count", 1, std::numeric_limits<int>::max(), &count))
        return false;
    options().messageCount = count;
    return true;
}

bool Parser::setTimeout(const QString &option)
{
    int seconds = 0;
    if (!takeInteger(option, "timeout", 1, MaximumTimerSeconds, &seconds))
        return false;
    options().timeoutSeconds = seconds;
    return true;
}

bool Parser::finishSubscribe()
{
    // mosquitto_sub refuses this pair too ("makes no sense").
    if (options().skipRetained && options().retainedOnly)
        return fail(QStringLiteral("-R and --retained-only cannot be used together"));
    // mosquitto_sub takes the pair, and -R drops every retained message before
    // --remove-retained would clear it: nothing happens. ohmqtt refuses it instead.
    if (options().skipRetained && options().removeRetained) {
        return fail(QStringLiteral("--remove-retained cannot be used with -R: -R drops the "
                                   "retained messages before they could be removed"));
    }
    return true;
}

} // namespace OhMqtt::Cli
