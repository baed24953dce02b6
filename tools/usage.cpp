// The --help texts; option letters and meanings follow mosquitto_pub and mosquitto_sub.
#include "usage.h"

namespace OhMqtt::Cli {

namespace {

const char ConnectionHelp[] =
    R"(
Broker:
 -h, --host host      broker host name or address (default: localhost)
 -p, --port port      broker port (default: 1883, 8883 with TLS; port 8883 alone means TLS)
 -L, --url url        mqtt[s]://[user[:password]@]host[:port]/topic, or ws[s]://... (MQTT over
                      WebSocket on the path /mqtt, default port 80 or 443): all in one
 --unix path          connect to a Unix socket instead of -h and -p
 --connect-timeout sec
                      give up when no CONNACK came within sec seconds, handshakes
                      included; 0 waits as long as the system does (default: 30)
 --no-reconnect       exit (code 1) when a connection that was up is lost, instead of
                      reconnecting; for sub and pub -l, the commands that reconnect

TLS (any of these with -h/-p means TLS):
 --cafile file        trust the PEM CA certificates in file instead of the system's
 --capath dir         trust the PEM CA certificates in the files of dir instead of the system's
 --cert file          client certificate (PEM); needs --key
 --key file           private key of --cert (PEM, RSA or EC, no passphrase)
 --insecure           accept a broker certificate issued for another host name
 --tls-version ver    tlsv1.2 or tlsv1.3 (default: either)

Connection:
 -i, --id id          client id (default: ohmqtt-%1-<process id>)
 -I, --id-prefix pre  client id pre<process id>; not with -i
 -u, --username user  user name
 -P, --pw password    password
 -k, --keepalive sec  keep alive interval, 5 to 65535 seconds (default: 60)
 -V, --protocol-version version
                      5 or mqttv5 (default), 311 or mqttv311
 -c, --disable-clean-session
                      keep the session (needs -i); with MQTT 5.0 it never expires unless -x
 -x seconds           session expiry interval, MQTT 5.0: 0 to 4294967295, -1 or ∞ for never
 --db file            keep the session in this SQLite file (needs -c -i): what was not
                      acknowledged goes out, and sub gets what came while it was away
 --db-fast            the --db file without waiting for the disk (a crash of the process
                      loses nothing; a power loss may lose the last messages)
 --will-topic topic   topic of the will message the broker sends if the connection dies
 --will-payload text  its payload (default: empty)
 --will-qos qos       its QoS (default: 0)
 --will-retain        retain it
 -D, --property packet property value
                      an MQTT 5.0 property; packet: connect, %3, disconnect or will;
                      user-property takes a name and a value (list: tools/README.md)

 -q, --qos qos        %2 (default: 0)
 -d, --debug          print the library's log lines on stderr (never passwords)
 --help               show this text
 --version            show the version
)";

const char PubHelp[] =
    R"(Usage: ohmqtt pub [-h host] [-p port] -t topic {-m message | -n | -f file | -l | -s}
                  [-q qos] [-r] [--repeat count [--repeat-delay seconds]] [-i id]
                  [-u user [-P password]] [TLS, session, will ...]
       ohmqtt pub -L mqtt://host[:port]/topic {-m message | -n | -f file | -l | -s} [...]

Publishes one message (or one per line of standard input with -l) and exits.

When the connection is lost, pub -l says so on stderr and reconnects after 1 s, 2 s, 4 s ...
up to 32 s; it reads on meanwhile, and what it has not sent or the broker has not acknowledged
goes out after the reconnect (use -c -i for QoS 2). It exits 0 only when every message was
acknowledged. A broker refusing the reconnect (e.g. not authorized) ends it, as
--no-reconnect does a lost connection. One message (-m, -n, -f, -s) never reconnects.

 -t, --topic topic    topic to publish to
 -m, --message text   the message payload
 -n, --null-message   send a zero-length message
 -f, --file file      send the content of file as the message
 -l, --stdin-line     send one message per line of standard input
 -s, --stdin-file     send all of standard input as one message
 -r, --retain         ask the broker to retain the message
 -M count             QoS 1 and 2 messages in flight at once (default: 20)
 --repeat count       send the message count times, each once the previous one is
                      acknowledged (not with -l)
 --repeat-delay sec   wait this many seconds (a fraction too) between repeats
)";

const char SubHelp[] =
    R"(Usage: ohmqtt sub [-h host] [-p port] -t filter [-t filter ...] [-q qos] [-v | -F format]
                  [-N] [-R | --retained-only] [--remove-retained] [-T filter ...]
                  [-U filter ...] [-C count] [-E] [-W seconds] [-i id]
                  [-u user [-P password]] [TLS, session ...]
       ohmqtt sub -L mqtt://host[:port]/filter [...]

Subscribes and prints each message's payload on its own line until interrupted.

When the connection is lost, sub says so on stderr and reconnects after 1 s, 2 s, 4 s ... up
to 32 s, and subscribes again unless the broker kept the session. With -c -i (and --db across
runs) the broker keeps the QoS 1 and 2 messages that come meanwhile, and none is printed twice.
A broker refusing the reconnect (e.g. not authorized) ends it, as --no-reconnect does a lost
connection. -C and -W count across reconnects.

 -t, --topic filter   topic filter to subscribe to; may be repeated
 -v, --verbose        print "topic payload" instead of the payload alone
 -F format            print each message as format says, as mosquitto_sub does: %t topic,
                      %p payload, %x/%X payload in hex, %q QoS, %r retain flag, %m packet id,
                      %l payload length, %C %D %E %F %P %R %S %A MQTT 5.0 properties,
                      %I %U time, %j %J JSON, %% a '%'; @c strftime's %c, @N nanoseconds,
                      @@ an '@'; \n \t \\ \0 \a \e \r \v; flags - and 0, width and
                      precision as in %-10.5t (list: tools/README.md)
 -N                   print no newline after each message
 -R                   do not print retained messages (MQTT 5.0: do not even receive them)
 --retained-only      print only retained messages; exit at the first one that is not
 --remove-retained    clear each retained message printed (publish an empty retained one)
 -T, --filter-out filter
                      do not print messages whose topic matches filter; may be repeated
 -U, --unsubscribe filter
                      unsubscribe from filter after subscribing, e.g. in a session kept with
                      -c; may be repeated
 -C count             exit after printing count messages
 -E                   exit once the broker answered every subscribe and unsubscribe
 -W seconds           give up after this many seconds and exit with code 27
)";

const char Unsupported[] = R"(
Other mosquitto_%1 options (-A, --quiet, --proxy, --psk, --ciphers,
%2...) are recognised and refused with an error until ohmqtt supports them.
)";

} // namespace

QString toolUsage()
{
    return QStringLiteral("Usage: ohmqtt pub [options]   publish a message\n"
                          "       ohmqtt sub [options]   subscribe and print messages\n"
                          "       ohmqtt --help | --version\n\n"
                          "Run 'ohmqtt pub --help' or 'ohmqtt sub --help' for the options.\n");
}

QString commandUsage(Command command)
{
    const bool pub = command == Command::Pub;
    const QString qosHelp = pub ? QStringLiteral("QoS of the message: 0, 1 or 2")
                                : QStringLiteral("QoS of the subscriptions: 0, 1 or 2");
    return QString::fromUtf8(pub ? PubHelp : SubHelp) +
        QString::fromUtf8(ConnectionHelp)
            .arg(commandName(command), qosHelp,
                 pub ? QStringLiteral("publish") : QStringLiteral("subscribe")) +
        QString::fromUtf8(Unsupported)
            .arg(commandName(command),
                 pub ? QStringLiteral("--tls-alpn, ")
                     : QStringLiteral("-M, --pretty, --random-filter, --retain-as-published,\n"));
}

QString usageHint(Command command)
{
    return QStringLiteral("Use 'ohmqtt %1 --help' to see usage.").arg(commandName(command));
}

} // namespace OhMqtt::Cli
