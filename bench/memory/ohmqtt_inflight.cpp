// The in-flight memory workload (inflight.h) with OhMqtt: the client on the application's thread,
// its session in the client's memory (no store), published fire-and-forget with publishDetached()
// as libmosquitto and Paho C are used: no handle per message.
#include "inflight.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qtimer.h>

#include <algorithm>

using namespace OhMqtt;

namespace {

// Runs the event loop for `msecs`: the client writes what the socket takes meanwhile.
void runEventLoop(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

// Outbound messages sent and awaiting PUBACK, by the client's own account.
int awaitingAcknowledgement(const MqttClient &client)
{
    const QList<MqttInflightMessage> messages = client.inflightMessages();
    return int(std::count_if(messages.cbegin(), messages.cend(), [](const auto &message) {
        return message.direction() == MqttInflightMessage::Direction::Outbound &&
            message.stage() == MqttInflightMessage::Stage::AwaitingPubAck;
    }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const inflight::Options options = inflight::parseOptions(argc, argv);
    MqttClient client;
    MqttConnectOptions connect;
    connect.setAddress(
        QStringLiteral("mqtt://%1:%2").arg(QString::fromStdString(options.host)).arg(options.port));
    connect.setCleanStart(true);
    connect.setKeepAliveInterval(600); // the broker sleeps through the measurement
    client.setMaximumQueuedMessages(-1);
    client.setMaximumQueuedBytes(-1);
    if (!client.connectToBroker(connect) || !client.waitForConnected(10'000)) {
        std::fprintf(stderr, "OhMqtt: no connection: %s\n",
                     qPrintable(client.lastError().message()));
        return 1;
    }
    if (client.connectResult().receiveMaximum() < options.count)
        std::fprintf(stderr, "OhMqtt: the broker's Receive Maximum %d holds messages back\n",
                     client.connectResult().receiveMaximum());
    const QString topic = QString::fromStdString(options.topic);
    QByteArray payload(options.size, 'x');
    if (!inflight::stopBroker(options.brokerPid)) {
        std::fprintf(stderr, "OhMqtt: cannot stop the broker (pid %d)\n", int(options.brokerPid));
        return 1;
    }
    const long before = inflight::residentKiB();
    for (int i = 0; i < options.count; ++i) {
        payload.detach(); // every message its own payload, as an application's would be
        client.publishDetached(topic, payload, QoS::Q1);
    }
    runEventLoop(options.settleMsecs);
    const long after = inflight::residentKiB();
    const int inFlight = awaitingAcknowledgement(client); // a snapshot: after the measurement
    const int status =
        inflight::report("ohmqtt", options, before, after, inFlight, inFlight == options.count);
    inflight::continueBroker(options.brokerPid);
    client.disconnectFromBroker();
    client.waitForDisconnected(5'000);
    return status;
}
