// Parses the arguments of `ohmqtt pub` and `ohmqtt sub` with mosquitto's option meanings.
#include "options.h"

#include "brokerurl.h"
#include "unsupportedoptions.h"

#include <OhMqtt/mqtttopic.h>

#include <algorithm>
#include <iterator>
#include <limits>

namespace OhMqtt::Cli {

namespace {

// A hand parser rather than QCommandLineParser: mosquitto takes each option as a whole
// argument (no "-rv" bundling), lets "-h" mean host, processes arguments in order so that
// "-L" after "-p" wins, and stops at the first error; QCommandLineParser does none of these.
class Parser
{
public:
    Parser(Command command, const QStringList &arguments)
        : m_arguments(arguments)
    {
        m_result.options.command = command;
    }

    ParseResult run(qint64 processId);

private:
    enum class Client : quint8 { Pub = 1, Sub = 2, Both = 3 };
    using Handler = bool (Parser::*)(const QString &option);
    struct Spec
    {
        const char *shortName;
        const char *longName; // nullptr when mosquitto has none
        Client client;
        Handler handler;
    };
    static const Spec Specs[];

    Command command() const { return m_result.options.command; }
    Options &options() { return m_result.options; }
    const Spec *find(const QString &argument) const;
    bool fail(const QString &message);
    bool takeValue(const QString &option, QString *value);
    // An integer from `minimum` to `maximum`; `what` names it in the error ("port").
    bool takeInteger(const QString &option, const char *what, int minimum, int maximum, int *value);
    bool finish(qint64 processId);

    bool setHost(const QString &option);
    bool setPort(const QString &option);
    bool setUrl(const QString &option);
    bool addTopic(const QString &option);
    bool setMessage(const QString &option);
    bool setNullMessage(const QString &option);
    bool setStdinLines(const QString &option);
    bool setStdinWhole(const QString &option);
    bool setQos(const QString &option);
    bool setRetain(const QString &option);
    bool setClientId(const QString &option);
    bool setProtocolVersion(const QString &option);
    bool setKeepAlive(const QString &option);
    bool setVerbose(const QString &option);
    bool setCount(const QString &option);
    bool setTimeout(const QString &option);
    bool showHelp(const QString &option);
    bool showVersion(const QString &option);

    bool setPayloadSource(PayloadSource source);
    bool addTopicText(const QString &topic, const QString &origin);

    const QStringList &m_arguments;
    qsizetype m_index = 0;
    ParseResult m_result;
};

const Parser::Spec Parser::Specs[] = {
    {"-h", "--host", Client::Both, &Parser::setHost},
    {"-p", "--port", Client::Both, &Parser::setPort},
    {"-L", "--url", Client::Both, &Parser::setUrl},
    {"-t", "--topic", Client::Both, &Parser::addTopic},
    {"-m", "--message", Client::Pub, &Parser::setMessage},
    {"-n", "--null-message", Client::Pub, &Parser::setNullMessage},
    {"-l", "--stdin-line", Client::Pub, &Parser::setStdinLines},
    {"-s", "--stdin-file", Client::Pub, &Parser::setStdinWhole},
    {"-q", "--qos", Client::Both, &Parser::setQos},
    {"-r", "--retain", Client::Pub, &Parser::setRetain},
    {"-i", "--id", Client::Both, &Parser::setClientId},
    {"-V", "--protocol-version", Client::Both, &Parser::setProtocolVersion},
    {"-k", "--keepalive", Client::Both, &Parser::setKeepAlive},
    {"-v", "--verbose", Client::Sub, &Parser::setVerbose},
    {"-C", nullptr, Client::Sub, &Parser::setCount},
    {"-W", nullptr, Client::Sub, &Parser::setTimeout},
    {"--help", nullptr, Client::Both, &Parser::showHelp},
    {"--version", nullptr, Client::Both, &Parser::showVersion},
};

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
        return fail(QStringLiteral("a message must be given with -m, -n, -l or -s"));
    if (options().clientId.isEmpty())
        options().clientId =
            QStringLiteral("ohmqtt-%1-%2").arg(commandName(command())).arg(processId);
    return true;
}

bool Parser::setHost(const QString &option)
{
    QString host;
    if (!takeValue(option, &host))
        return false;
    if (host.isEmpty())
        return fail(QStringLiteral("option %1 needs a host name").arg(option));
    options().host = host;
    return true;
}

bool Parser::setPort(const QString &option)
{
    int port = 0;
    if (!takeInteger(option, "port", 1, 65535, &port))
        return false;
    options().port = quint16(port);
    return true;
}

bool Parser::setUrl(const QString &option)
{
    QString text;
    if (!takeValue(option, &text))
        return false;
    const BrokerUrl url = parseBrokerUrl(text);
    if (!url.error.isEmpty())
        return fail(url.error);
    options().host = url.host;
    options().port = url.port;
    return addTopicText(url.topic, QStringLiteral("the topic of %1").arg(option));
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

bool Parser::setPayloadSource(PayloadSource source)
{
    if (options().payloadSource != PayloadSource::None)
        return fail(QStringLiteral("only one of -m, -n, -l and -s may be given"));
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

bool Parser::setStdinLines(const QString &)
{
    return setPayloadSource(PayloadSource::StdinLines);
}

bool Parser::setStdinWhole(const QString &)
{
    return setPayloadSource(PayloadSource::StdinWhole);
}

bool Parser::setQos(const QString &option)
{
    int qos = 0;
    if (!takeInteger(option, "QoS", 0, 2, &qos))
        return false;
    options().qos = QoS(qos);
    return true;
}

bool Parser::setRetain(const QString &)
{
    options().retain = true;
    return true;
}

bool Parser::setClientId(const QString &option)
{
    QString id;
    if (!takeValue(option, &id))
        return false;
    if (id.isEmpty())
        return fail(QStringLiteral("option %1 needs a client id").arg(option));
    options().clientId = id;
    return true;
}

bool Parser::setProtocolVersion(const QString &option)
{
    QString version;
    if (!takeValue(option, &version))
        return false;
    if (version == u"5" || version == u"mqttv5") {
        options().protocolVersion = ProtocolVersion::V5;
    } else if (version == u"311" || version == u"mqttv311") {
        options().protocolVersion = ProtocolVersion::V311;
    } else if (version == u"31" || version == u"mqttv31") {
        return fail(
            QStringLiteral("MQTT 3.1 (%1 %2) is not supported; use 311 or 5").arg(option, version));
    } else {
        return fail(QStringLiteral("invalid protocol version '%1', it must be 5, mqttv5, 311 or "
                                   "mqttv311")
                        .arg(version));
    }
    return true;
}

bool Parser::setKeepAlive(const QString &option)
{
    // mosquitto's lower bound: shorter intervals only make a slow link look dead.
    int seconds = 0;
    if (!takeInteger(option, "keepalive", 5, 65535, &seconds))
        return false;
    options().keepAliveSeconds = quint16(seconds);
    return true;
}

bool Parser::setVerbose(const QString &)
{
    options().verbose = true;
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
    constexpr int MaximumSeconds = 24 * 24 * 3600; // 24 days: the milliseconds fit an int
    int seconds = 0;
    if (!takeInteger(option, "timeout", 1, MaximumSeconds, &seconds))
        return false;
    options().timeoutSeconds = seconds;
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

} // namespace

ParseResult parseArguments(Command command, const QStringList &arguments, qint64 processId)
{
    return Parser(command, arguments).run(processId);
}

QString commandName(Command command)
{
    return command == Command::Pub ? QStringLiteral("pub") : QStringLiteral("sub");
}

} // namespace OhMqtt::Cli
