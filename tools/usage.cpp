// The --help texts; option letters and meanings follow mosquitto_pub and mosquitto_sub.
#include "usage.h"

namespace OhMqtt::Cli {

namespace {

const char ConnectionHelp[] =
    R"( -h, --host host      broker host name or address (default: localhost)
 -p, --port port      broker port (default: 1883)
 -L, --url url        mqtt://host[:port]/topic: host, port and topic in one
 -i, --id id          client id (default: ohmqtt-%1-<process id>)
 -k, --keepalive sec  keep alive interval, 5 to 65535 seconds (default: 60)
 -V, --protocol-version version
                      5 or mqttv5 (default), 311 or mqttv311
 -q, --qos qos        %2 (default: 0)
 --help               show this text
 --version            show the version
)";

const char PubHelp[] = R"(Usage: ohmqtt pub [-h host] [-p port] -t topic {-m message | -n | -l | -s}
                  [-q qos] [-r] [-i id] [-k keepalive] [-V version]
       ohmqtt pub -L mqtt://host[:port]/topic {-m message | -n | -l | -s} [...]

Publishes one message (or one per line of standard input with -l) and exits.

 -t, --topic topic    topic to publish to
 -m, --message text   the message payload
 -n, --null-message   send a zero-length message
 -l, --stdin-line     send one message per line of standard input
 -s, --stdin-file     send all of standard input as one message
 -r, --retain         ask the broker to retain the message
)";

const char SubHelp[] =
    R"(Usage: ohmqtt sub [-h host] [-p port] -t filter [-t filter ...] [-q qos] [-v]
                  [-C count] [-W seconds] [-i id] [-k keepalive] [-V version]
       ohmqtt sub -L mqtt://host[:port]/filter [...]

Subscribes and prints each message's payload on its own line until interrupted.

 -t, --topic filter   topic filter to subscribe to; may be repeated
 -v, --verbose        print "topic payload" instead of the payload alone
 -C count             exit after receiving count messages
 -W seconds           give up after this many seconds and exit with code 27
)";

const char Unsupported[] = R"(
Other mosquitto_%1 options (-u, -P, -c, -d, --cafile, --will-topic, ...) are recognised
and refused with an error until ohmqtt supports them.
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
        QString::fromUtf8(ConnectionHelp).arg(commandName(command), qosHelp) +
        QString::fromUtf8(Unsupported).arg(commandName(command));
}

QString usageHint(Command command)
{
    return QStringLiteral("Use 'ohmqtt %1 --help' to see usage.").arg(commandName(command));
}

} // namespace OhMqtt::Cli
