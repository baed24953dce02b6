// Options: what `ohmqtt pub` and `ohmqtt sub` were asked to do, parsed as mosquitto's clients do.
#pragma once

#include "messageformat.h"

#include <OhMqtt/mqttproperties.h>
#include <OhMqtt/mqttspec.h>
#include <OhMqtt/packet/connectpacket.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <chrono>
#include <optional>

namespace OhMqtt::Cli {

enum class Command : quint8 { Pub, Sub };

// Where `pub` takes its payload from; mosquitto_pub allows exactly one.
enum class PayloadSource : quint8 {
    None,
    Message, // -m
    Null, // -n: a zero-length message
    StdinLines, // -l: one message per line of standard input
    StdinWhole, // -s: all of standard input as one message
    File, // -f: the whole content of a file as one message
};

// How the tool reaches the broker; decided once every option is read.
enum class Transport : quint8 {
    Tcp, // mqtt://
    Tls, // mqtts://: -L mqtts://, or -h/-p with a TLS option or port 8883
    WebSocket, // ws://
    SecureWebSocket, // wss://
    Unix, // --unix
};

enum class TlsVersion : quint8 {
    Any, // what Qt deems secure (TLS 1.2 and 1.3)
    V1_2, // --tls-version tlsv1.2: exactly TLS 1.2
    V1_3, // --tls-version tlsv1.3: exactly TLS 1.3
};

// --cafile, --capath, --cert, --key, --insecure and --tls-version, as given.
struct TlsOptions
{
    QString caFile; // PEM CA certificates to trust instead of the system's
    QString caPath; // a directory of PEM CA certificates to trust instead of the system's
    QString certFile; // PEM client certificate; needs keyFile
    QString keyFile; // PEM private key (RSA or EC, no passphrase) of certFile
    bool insecure = false; // accept a certificate for another host name, as mosquitto does
    TlsVersion version = TlsVersion::Any;

    bool isEmpty() const
    {
        return caFile.isEmpty() && caPath.isEmpty() && certFile.isEmpty() && keyFile.isEmpty() &&
            !insecure && version == TlsVersion::Any;
    }
};

// The path of the WebSocket resource for ws:// and wss:// URLs, whose path is the topic: the
// one libmosquitto and most brokers use.
inline constexpr char WebSocketPath[] = "/mqtt";

struct Options
{
    Command command = Command::Pub;

    // Where the broker is
    Transport transport = Transport::Tcp;
    QString host = QStringLiteral("localhost");
    quint16 port = 1883; // -p, the URL's, or the transport's default; 0 for Unix
    QString unixSocket; // --unix: the socket path, for Transport::Unix
    TlsOptions tls;

    // What to send and receive
    QStringList topics; // pub: exactly one; sub: one or more filters
    PayloadSource payloadSource = PayloadSource::None;
    QByteArray message; // for PayloadSource::Message
    QString file; // for PayloadSource::File
    QoS qos = QoS::Q0; // pub: of the message; sub: of the subscriptions
    bool retain = false;
    // pub -M: QoS 1 and 2 messages in flight at once, as mosquitto_pub's (20 by default); the
    // next line of -l waits for an acknowledgement.
    int maxInflight = 20;
    // pub --repeat and --repeat-delay: the message goes out this many times, each after the
    // previous one's QoS flow completed and this delay passed, as mosquitto_pub sends it.
    int repeatCount = 1;
    std::chrono::milliseconds repeatDelay {0};

    // CONNECT
    QString clientId; // -i, -I prefix + process id, or "ohmqtt-pub-<pid>" / "ohmqtt-sub-<pid>"
    std::optional<QString> username; // -u, or the URL's user
    std::optional<QByteArray> password; // -P, or the URL's password
    bool cleanStart = true; // -c clears it
    // --db: the session (messages not yet acknowledged, inbound QoS 2 identifiers) in this
    // SQLite file, so that it outlives the process; --db-fast: WAL, no wait for the disk.
    QString database;
    bool databaseFast = false;
    // --connect-timeout: from the start of connecting to CONNACK, every handshake included;
    // 0 means no limit. mosquitto's clients have none; a script should not hang on a broker that
    // accepts the connection and never answers.
    int connectTimeoutSeconds = 30;
    // --no-reconnect clears it: a lost connection then ends sub and pub -l, as before ohmqtt
    // reconnected. See keepsReconnecting().
    bool reconnect = true;
    ProtocolVersion protocolVersion = ProtocolVersion::V5;
    quint16 keepAliveSeconds = 60;
    std::optional<WillMessage> will; // --will-*, with -D will properties
    ConnectProperties connectProperties; // -x, -c (MQTT 5.0) and -D connect

    // MQTT 5.0 properties of the other packets (-D)
    PublishProperties publishProperties; // pub
    SubscribeProperties subscribeProperties; // sub
    DisconnectProperties disconnectProperties;

    // sub: which messages count, in mosquitto_sub's order: --retained-only ends the run at the
    // first message without the retain flag, -R drops retained ones, -T drops matching topics;
    // what is left is cleared by --remove-retained when retained, printed, and counted for -C.
    bool retainedOnly = false; // --retained-only
    bool skipRetained = false; // -R; MQTT 5.0 subscriptions also ask for no retained messages
    QStringList filterOut; // -T
    bool removeRetained = false; // --remove-retained
    QStringList unsubscribeFilters; // -U: unsubscribed after subscribing, on every connect
    bool exitAfterSubscribe = false; // -E: exit once SUBACK and UNSUBACK answered each request

    // Output
    bool verbose = false; // sub: print "topic payload"
    std::optional<MessageFormat> format; // sub -F: overrides -v
    bool endOfLine = true; // sub: -N clears it
    int messageCount = 0; // sub: exit after this many messages; 0 means never
    int timeoutSeconds = 0; // sub: exit with TimeoutExitCode after this long; 0 means never
    bool debug = false; // -d: the library's log categories print on stderr
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
// wins. The default client id "ohmqtt-pub-<pid>" / "ohmqtt-sub-<pid>" and -I use `processId`.
ParseResult parseArguments(Command command, const QStringList &arguments, qint64 processId);

QString commandName(Command command); // "pub" or "sub"

// The long-running commands, sub and pub -l, reconnect after a lost connection unless
// --no-reconnect says otherwise; pub of one message (-m, -n, -f, -s, --repeat) never does.
bool keepsReconnecting(const Options &options);

} // namespace OhMqtt::Cli
