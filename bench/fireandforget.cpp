// Fire and forget: a million QoS 0 publishes whose handles nobody keeps, made in the client's
// thread and from another thread (after startLoop()); prints resident memory as they go, and the
// time each run took. An ignored handle must cost nothing once it has completed, so the figures
// must stay flat. `bench_fireandforget [count] [qos]`: QoS 1 measures the acknowledged path.
#include <OhMqtt/mqttclient.h>

#include "support/mosquittobroker.h"

#include "processmemory.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtextstream.h>

#include <unistd.h>

#include <cstdio>

using namespace OhMqtt;

namespace {

double residentMiB()
{
    return OhMqttBench::processMemory().residentMiB;
}

// Publishes one more message and waits until its bytes are written (QoS 0) or it is acknowledged
// (QoS 1): everything published before it has then been written, or acknowledged, as well.
void drain(MqttClient &client, bool clientThread, QoS qos)
{
    auto handle =
        client.publish(QStringLiteral("bench/fireandforget"), QByteArrayLiteral("sync"), qos);
    if (clientThread) {
        const QPointer<MqttPublishHandle> guard(&*handle);
        while (guard && !guard->isDone())
            client.loopOnce(10);
    } else {
        handle->waitForAcknowledged(30'000);
    }
}

bool run(const QString &url, bool clientThread, int count, QoS qos)
{
    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(url);
    options.setCleanStart(true);
    client.connectToBroker(options);
    if (!clientThread)
        client.startLoop();
    if (!client.waitForConnected(10'000)) {
        std::fprintf(stderr, "no connection: %s\n", qPrintable(client.lastError().message()));
        return false;
    }
    const QByteArray payload(16, 'x');
    const QString topic = QStringLiteral("bench/fireandforget");
    std::printf("%s thread:", clientThread ? "client" : "other");
    std::printf(" start %.1f MiB", residentMiB());
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 1'000;
    for (int sent = 0; sent < count;) {
        for (int i = 0; i < batch; ++i)
            client.publish(topic, payload, qos);
        sent += batch;
        drain(client, clientThread, qos);
        if (sent % (count / 4) == 0)
            std::printf(", %dk %.1f MiB", sent / 1000, residentMiB());
        std::fflush(stdout);
    }
    std::printf(", %lld ms\n", timer.elapsed());
    client.disconnectFromBroker();
    client.waitForDisconnected(10'000);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const QoS qos = argc > 2 && QByteArray(argv[2]) == "1" ? QoS::Q1 : QoS::Q0;
    OhMqttTest::MosquittoBroker broker;
    QString error;
    if (!broker.start(&error)) {
        std::fprintf(stderr, "mosquitto did not start: %s\n", qPrintable(error));
        return 1;
    }
    const bool ok = run(broker.url(), true, count, qos) && run(broker.url(), false, count, qos);
    return ok ? 0 : 1;
}
