// sub's options: how it prints messages (-v -F -N) and when it stops (-C -W).
#include "parser.h"

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

} // namespace OhMqtt::Cli
