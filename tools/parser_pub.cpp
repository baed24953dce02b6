// pub's options: where the payload comes from (-m -n -f -l -s), -r, -M, --repeat, --repeat-delay.
#include "parser.h"

#include <cmath>
#include <limits>

namespace OhMqtt::Cli {

bool Parser::setPayloadSource(PayloadSource source)
{
    if (options().payloadSource != PayloadSource::None)
        return fail(QStringLiteral("only one of -m, -n, -f, -l and -s may be given"));
    options().payloadSource = source;
    return true;
}

bool Parser::setMessage(const QString &option)
{
    QString message;
    if (!takeValue(option, &message) || !setPayloadSource(PayloadSource::Message))
        return false;
    options().message = message.toUtf8();
    return true;
}

bool Parser::setNullMessage(const QString &)
{
    return setPayloadSource(PayloadSource::Null);
}

bool Parser::setFile(const QString &option)
{
    QString file;
    if (!takeNonEmpty(option, "a file name", &file) || !setPayloadSource(PayloadSource::File))
        return false;
    options().file = file;
    return true;
}

bool Parser::setStdinLines(const QString &)
{
    return setPayloadSource(PayloadSource::StdinLines);
}

bool Parser::setStdinWhole(const QString &)
{
    return setPayloadSource(PayloadSource::StdinWhole);
}

bool Parser::setMaxInflight(const QString &option)
{
    int count = 0;
    if (!takeInteger(option, "maximum in flight", 1, 65'535, &count))
        return false;
    options().maxInflight = count;
    return true;
}

bool Parser::setRetain(const QString &)
{
    options().retain = true;
    return true;
}

bool Parser::setRepeatCount(const QString &option)
{
    int count = 0;
    if (!takeInteger(option, "repeat count", 1, std::numeric_limits<int>::max(), &count))
        return false;
    options().repeatCount = count;
    if (m_repeatOption.isEmpty())
        m_repeatOption = option;
    return true;
}

// Seconds with a fraction, as mosquitto_pub's; a QTimer counts whole milliseconds.
bool Parser::setRepeatDelay(const QString &option)
{
    QString text;
    if (!takeValue(option, &text))
        return false;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > MaximumTimerSeconds) {
        return fail(QStringLiteral("invalid repeat delay '%1', it must be 0 to %2 seconds")
                        .arg(text)
                        .arg(MaximumTimerSeconds));
    }
    options().repeatDelay = std::chrono::milliseconds(qRound64(seconds * 1000));
    if (m_repeatOption.isEmpty())
        m_repeatOption = option;
    return true;
}

// mosquitto_pub -l quietly ignores --repeat and --repeat-delay; ohmqtt refuses them.
bool Parser::finishPublish()
{
    if (!m_repeatOption.isEmpty() && options().payloadSource == PayloadSource::StdinLines) {
        return fail(QStringLiteral("%1 repeats one message; it cannot be used with -l")
                        .arg(m_repeatOption));
    }
    return true;
}

} // namespace OhMqtt::Cli
