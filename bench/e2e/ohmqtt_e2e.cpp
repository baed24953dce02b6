// The end-to-end workload (workload.h) with OhMqtt: both clients on the application's thread and
// its event loop, as a Qt application has them; the window refilled from the handles' finished
// callbacks, messages taken by a subscription callback.
#include "workload.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttsubscription.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtimer.h>

using namespace OhMqtt;

namespace {

MqttConnectOptions connectOptions(const e2e::Options &options)
{
    MqttConnectOptions connect;
    connect.setAddress(
        QStringLiteral("mqtt://%1:%2").arg(QString::fromStdString(options.host)).arg(options.port));
    connect.setCleanStart(true);
    connect.setKeepAliveInterval(60);
    return connect;
}

// Publishes while the window has room; QoS 0 has none to wait for, so it goes in slices that
// let the subscriber read in between.
class Publisher
{
public:
    Publisher(MqttClient &client, const e2e::Options &options)
        : m_client(client)
        , m_options(options)
        , m_topic(QString::fromStdString(options.topic))
        , m_payload(options.size, 'x')
    { }

    void pump()
    {
        constexpr int QoS0Slice = 1'000;
        const int limit =
            m_options.qos == 0 ? m_sent + QoS0Slice : m_sent + m_options.window - m_inflight;
        while (m_sent < m_options.count && m_sent < limit) {
            e2e::stamp(m_payload.data(), std::uint32_t(m_sent++));
            auto handle = m_client.publish(m_topic, m_payload, QoS(m_options.qos));
            if (m_options.qos > 0) {
                ++m_inflight;
                handle->onFinished(&m_client, [this] {
                    --m_inflight;
                    pump();
                });
            }
        }
        if (m_options.qos == 0 && m_sent < m_options.count)
            QTimer::singleShot(0, &m_client, [this] { pump(); });
    }

private:
    MqttClient &m_client;
    const e2e::Options &m_options;
    const QString m_topic;
    QByteArray m_payload;
    int m_sent = 0;
    int m_inflight = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const e2e::Options options = e2e::parseOptions(argc, argv);
    e2e::Receipts receipts(options.count);
    e2e::Measurement measurement;

    MqttClient subscriber;
    MqttClient publisher;
    MqttSubscribeOptions subscribeOptions;
    subscribeOptions.setMaximumQoS(QoS(options.qos));
    const auto subscription = subscriber.subscribe(
        QString::fromStdString(options.filter), subscribeOptions, [&](const MqttMessage &message) {
            receipts.add(message.payload().constData(), std::size_t(message.payload().size()));
            if (receipts.complete())
                app.quit();
        });
    subscriber.connectToBroker(connectOptions(options));
    publisher.connectToBroker(connectOptions(options));
    if (!subscriber.waitForConnected(10'000) || !publisher.waitForConnected(10'000) ||
        !subscription->waitForAcknowledged(10'000)) {
        std::fprintf(stderr, "OhMqtt: no connection: %s\n",
                     qPrintable(subscriber.lastError().message()));
        return 1;
    }

    Publisher publishing(publisher, options);
    QTimer::singleShot(options.timeoutSeconds * 1000, &app, &QCoreApplication::quit);
    measurement.start();
    publishing.pump();
    app.exec();
    measurement.stop();
    const int status = e2e::report("ohmqtt", options, receipts, measurement);
    publisher.disconnectFromBroker();
    subscriber.disconnectFromBroker();
    return status;
}
