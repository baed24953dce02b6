// Options: what `ohmqtt pub` and `ohmqtt sub` were asked to do, parsed as mosquitto's clients do.
#pragma once

#include <OhMqtt/mqttspec.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace OhMqtt::Cli {

enum class Command : quint8 { Pub, Sub };

// Where `pub` takes its payload from; mosquitto_pub allows exactly one.
enum class PayloadSource : quint8 {
    None,
    Message, // -m
    Null, // -n: a zero-length message
    StdinLines, // -l: one message per line of standard input
    StdinWhole, // -s: all of standard input as one message
};

struct Options
{
    Command command = Command::Pub;
    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    QStringList topics; // pub: exactly one; sub: one or more filters
    PayloadSource payloadSource = PayloadSource::None;
    QByteArray message; // for PayloadSource::Message
    QoS qos = QoS::Q0; // pub: of the message; sub: of the subscriptions
    bool retain = false;
    QString clientId; // empty until parseArguments() fills in the default
    ProtocolVersion protocolVersion = ProtocolVersion::V5;
    quint16 keepAliveSeconds = 60;
    bool verbose = false; // sub: print "topic payload"
    int messageCount = 0; // sub: exit after this many messages; 0 means never
    int timeoutSeconds = 0; // sub: exit with TimeoutExitCode after this long; 0 means never
};

struct ParseResult
{
    enum class Action : quint8 { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    Options options;
    QString error; // for Fail: one line, without the program name
};

// Exit codes as mosquitto's clients use them.
inline constexpr int SuccessExitCode = 0;
inline constexpr int ErrorExitCode = 1;
inline constexpr int TimeoutExitCode = 27; // MOSQ_ERR_TIMEOUT, mosquitto_sub -W

// `arguments` are those after the subcommand. Options are taken one argument at a time and
// never bundled ("-rv" is unknown), as mosquitto_pub and mosquitto_sub do; the first error
// wins. A default client id "ohmqtt-pub-<pid>" / "ohmqtt-sub-<pid>" uses `processId`.
ParseResult parseArguments(Command command, const QStringList &arguments, qint64 processId);

QString commandName(Command command); // "pub" or "sub"

} // namespace OhMqtt::Cli
