// Parses the arguments of `ohmqtt pub` and `ohmqtt sub` with mosquitto's option meanings.
#include "options.h"

#include "parser.h"
#include "unsupportedoptions.h"

#include <OhMqtt/mqtttopic.h>

#include <algorithm>
#include <iterator>
#include <limits>

namespace OhMqtt::Cli {

const Parser::Spec Parser::Specs[] = {
    // where the broker is (parser_broker.cpp)
    {"-h", "--host", Client::Both, &Parser::setHost},
    {"-p", "--port", Client::Both, &Parser::setPort},
    {"-L", "--url", Client::Both, &Parser::setUrl},
    {"--unix", nullptr, Client::Both, &Parser::setUnixSocket},
    {"--cafile", nullptr, Client::Both, &Parser::setCaFile},
    {"--capath", nullptr, Client::Both, &Parser::setCaPath},
    {"--cert", nullptr, Client::Both, &Parser::setCertFile},
    {"--key", nullptr, Client::Both, &Parser::setKeyFile},
    {"--insecure", nullptr, Client::Both, &Parser::setInsecure},
    {"--tls-version", nullptr, Client::Both, &Parser::setTlsVersion},
    {"--connect-timeout", nullptr, Client::Both, &Parser::setConnectTimeout},
    {"--no-reconnect", nullptr, Client::Both, &Parser::disableReconnect},
    // CONNECT and -D (parser_session.cpp)
    {"-i", "--id", Client::Both, &Parser::setClientId},
    {"-I", "--id-prefix", Client::Both, &Parser::setClientIdPrefix},
    {"-u", "--username", Client::Both, &Parser::setUsername},
    {"-P", "--pw", Client::Both, &Parser::setPassword},
    {"-V", "--protocol-version", Client::Both, &Parser::setProtocolVersion},
    {"-k", "--keepalive", Client::Both, &Parser::setKeepAlive},
    {"-c", "--disable-clean-session", Client::Both, &Parser::disableCleanSession},
    {"-x", nullptr, Client::Both, &Parser::setSessionExpiry},
    {"--db", nullptr, Client::Both, &Parser::setDatabase},
    {"--db-fast", nullptr, Client::Both, &Parser::setDatabaseFast},
    {"--will-topic", nullptr, Client::Both, &Parser::setWillTopic},
    {"--will-payload", nullptr, Client::Both, &Parser::setWillPayload},
    {"--will-qos", nullptr, Client::Both, &Parser::setWillQos},
    {"--will-retain", nullptr, Client::Both, &Parser::setWillRetain},
    {"-D", "--property", Client::Both, &Parser::addProperty},
    // topics and QoS (here)
    {"-t", "--topic", Client::Both, &Parser::addTopic},
    {"-q", "--qos", Client::Both, &Parser::setQos},
    // what pub sends (parser_pub.cpp)
    {"-m", "--message", Client::Pub, &Parser::setMessage},
    {"-n", "--null-message", Client::Pub, &Parser::setNullMessage},
    {"-f", "--file", Client::Pub, &Parser::setFile},
    {"-l", "--stdin-line", Client::Pub, &Parser::setStdinLines},
    {"-s", "--stdin-file", Client::Pub, &Parser::setStdinWhole},
    {"-r", "--retain", Client::Pub, &Parser::setRetain},
    {"-M", nullptr, Client::Pub, &Parser::setMaxInflight},
    {"--repeat", nullptr, Client::Pub, &Parser::setRepeatCount},
    {"--repeat-delay", nullptr, Client::Pub, &Parser::setRepeatDelay},
    // what sub prints, and when it stops (parser_sub.cpp)
    {"-v", "--verbose", Client::Sub, &Parser::setVerbose},
    {"-F", nullptr, Client::Sub, &Parser::setFormat},
    {"-N", nullptr, Client::Sub, &Parser::setNoEndOfLine},
    {"-R", nullptr, Client::Sub, &Parser::setSkipRetained},
    {"--retained-only", nullptr, Client::Sub, &Parser::setRetainedOnly},
    {"-T", "--filter-out", Client::Sub, &Parser::addFilterOut},
    {"--remove-retained", nullptr, Client::Sub, &Parser::setRemoveRetained},
    {"-U", "--unsubscribe", Client::Sub, &Parser::addUnsubscribe},
    {"-E", nullptr, Client::Sub, &Parser::setExitAfterSubscribe},
    {"-C", nullptr, Client::Sub, &Parser::setCount},
    {"-W", nullptr, Client::Sub, &Parser::setTimeout},
    {"-d", "--debug", Client::Both, &Parser::setDebug},
    {"--help", nullptr, Client::Both, &Parser::showHelp},
    {"--version", nullptr, Client::Both, &Parser::showVersion},
};

Parser::Parser(Command command, const QStringList &arguments)
    : m_arguments(arguments)
{
    m_result.options.command = command;
}

const Parser::Spec *Parser::find(const QString &argument) const
{
    const auto bit = static_cast<quint8>(command() == Command::Pub ? Client::Pub : Client::Sub);
    const auto it = std::find_if(std::begin(Specs), std::end(Specs), [&](const Spec &spec) {
        return (static_cast<quint8>(spec.client) & bit) != 0 &&
            (argument == QLatin1String(spec.shortName) ||
             (spec.longName && argument == QLatin1String(spec.longName)));
    });
    return it == std::end(Specs) ? nullptr : it;
}

ParseResult Parser::run(qint64 processId)
{
    for (m_index = 0; m_index < m_arguments.size(); ++m_index) {
        const QString &argument = m_arguments.at(m_index);
        if (const Spec *spec = find(argument)) {
            if (!(this->*spec->handler)(argument))
                return m_result;
            if (m_result.action != ParseResult::Action::Run)
                return m_result;
        } else if (isUnsupportedOption(command(), argument)) {
            fail(QStringLiteral("option %1 is not supported yet").arg(argument));
            return m_result;
        } else if (argument.startsWith(u'-')) {
            fail(QStringLiteral("unknown option '%1'").arg(argument));
            return m_result;
        } else {
            fail(QStringLiteral("unexpected argument '%1'").arg(argument));
            return m_result;
        }
    }
    finish(processId);
    return m_result;
}

bool Parser::fail(const QString &message)
{
    m_result.action = ParseResult::Action::Fail;
    m_result.error = message;
    return false;
}

bool Parser::takeValue(const QString &option, QString *value)
{
    if (m_index + 1 >= m_arguments.size())
        return fail(QStringLiteral("option %1 needs a value").arg(option));
    *value = m_arguments.at(++m_index);
    return true;
}

bool Parser::takeNonEmpty(const QString &option, const char *what, QString *value)
{
    if (!takeValue(option, value))
        return false;
    if (value->isEmpty())
        return fail(QStringLiteral("option %1 needs %2").arg(option, QLatin1String(what)));
    return true;
}

bool Parser::takeInteger(const QString &option, const char *what, int minimum, int maximum,
                         int *value)
{
    QString text;
    if (!takeValue(option, &text))
        return false;
    bool ok = false;
    *value = text.toInt(&ok);
    if (!ok)
        return fail(QStringLiteral("option %1 needs a number, not '%2'").arg(option, text));
    if (*value >= minimum && *value <= maximum)
        return true;
    const QString range = maximum == std::numeric_limits<int>::max()
        ? QStringLiteral("at least %1").arg(minimum)
        : QStringLiteral("between %1 and %2").arg(minimum).arg(maximum);
    return fail(QStringLiteral("invalid %1 %2, it must be %3")
                    .arg(QLatin1String(what))
                    .arg(*value)
                    .arg(range));
}

// Checks that need every argument: mosquitto's client_config_load() does the same after its loop.
bool Parser::finish(qint64 processId)
{
    if (options().topics.isEmpty()) {
        return fail(command() == Command::Pub
                        ? QStringLiteral("a topic must be given with -t or --url")
                        : QStringLiteral("at least one topic filter must be given with -t "
                                         "or --url"));
    }
    if (command() == Command::Pub && options().payloadSource == PayloadSource::None)
        return fail(QStringLiteral("a message must be given with -m, -n, -f, -l or -s"));
    return finishTransport() && finishWill() && finishSession(processId) &&
        (command() == Command::Pub ? finishPublish() : finishSubscribe());
}

bool Parser::addTopic(const QString &option)
{
    QString topic;
    return takeValue(option, &topic) && addTopicText(topic, option);
}

bool Parser::addTopicText(const QString &topic, const QString &origin)
{
    if (command() == Command::Pub) {
        if (!options().topics.isEmpty())
            return fail(
                QStringLiteral("pub publishes to one topic; %1 gives a second").arg(origin));
        if (!isValidTopic(topic)) {
            return fail(QStringLiteral("invalid publish topic '%1' in %2, does it contain '+' or "
                                       "'#'?")
                            .arg(topic, origin));
        }
    } else if (!isValidTopicFilter(topic)) {
        return fail(QStringLiteral("invalid subscription topic '%1' in %2, are all '+' and '#' "
                                   "wildcards correct?")
                        .arg(topic, origin));
    }
    options().topics.append(topic);
    return true;
}

bool Parser::setQos(const QString &option)
{
    int qos = 0;
    if (!takeInteger(option, "QoS", 0, 2, &qos))
        return false;
    options().qos = QoS(qos);
    return true;
}

bool Parser::setDebug(const QString &)
{
    options().debug = true;
    return true;
}

bool Parser::showHelp(const QString &)
{
    m_result.action = ParseResult::Action::ShowHelp;
    return true;
}

bool Parser::showVersion(const QString &)
{
    m_result.action = ParseResult::Action::ShowVersion;
    return true;
}

ParseResult parseArguments(Command command, const QStringList &arguments, qint64 processId)
{
    return Parser(command, arguments).run(processId);
}

bool keepsReconnecting(const Options &options)
{
    return options.reconnect &&
        (options.command == Command::Sub || options.payloadSource == PayloadSource::StdinLines);
}

QString commandName(Command command)
{
    return command == Command::Pub ? QStringLiteral("pub") : QStringLiteral("sub");
}

} // namespace OhMqtt::Cli
