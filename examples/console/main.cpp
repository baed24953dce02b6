// Connects to the broker named on the command line, subscribes to a topic, publishes to it,
// waits for its own message to come back and prints it, all without an event loop of its own.
#include <OhMqtt/mqttclient.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdeadlinetimer.h>

#include <cstdio>
#include <optional>

using namespace OhMqtt;

namespace {

int fail(const char *what, const MqttError &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.message()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's sockets need an application object; its exec() is never called: the client's
    // blocking helpers process the events they wait for.
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <broker URL, e.g. mqtt://127.0.0.1:1883> [topic]\n",
                     argv[0]);
        return 2;
    }
    const QString topic =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("ohmqtt/examples/console");

    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(QString::fromLocal8Bit(argv[1])); // mqtt://, mqtts://, ws://, unix:...
    // connectToBroker() only starts connecting; false means the address or options are wrong.
    if (!client.connectToBroker(options) || !client.waitForConnected(10'000))
        return fail("connect", client.lastError());
    std::printf("connected as %s\n", qPrintable(client.clientId()));

    // The callback runs inside the helpers below, in this thread, for each message that matches.
    std::optional<MqttMessage> received;
    const MqttSubscriptionPtr subscription = client.subscribe(
        topic, {}, [&received](const MqttMessage &message) { received = message; });
    if (!subscription->waitForAcknowledged(5'000)) // the broker's SUBACK granted it
        return fail("subscribe", subscription->error());

    // QoS 1: waitForAcknowledged() returns once the broker's PUBACK has arrived.
    const MqttPublishHandlePtr publish = client.publish(topic, "hello from OhMqtt", QoS::Q1);
    if (!publish->waitForAcknowledged(5'000))
        return fail("publish", publish->error());

    // The broker sends the message back to us as a subscriber; wait for it, at most 5 s.
    const QDeadlineTimer deadline(5'000);
    while (!received && !deadline.hasExpired())
        client.loopOnce(100);
    if (!received) {
        std::fprintf(stderr, "no message came back on %s\n", qPrintable(topic));
        return 1;
    }
    std::printf("received on %s: %s\n", qPrintable(received->topic()),
                received->payload().constData());

    client.disconnectFromBroker();
    client.waitForDisconnected(5'000);
    return 0;
}
