// The end-to-end workload (workload.h) with OhMqtt: both clients on the application's thread and
// its event loop, as a Qt application has them; the window refilled from the handles' finished
// callbacks, messages taken by a subscription callback. --store memory|sqlite-fast|sqlite-durable
// gives each client that session store (SQLite: a file in a fresh directory under --store-dir);
// without it the session lives in the engine alone, as in the matrix.
#include "workload.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttmemorysessionstore.h>
#include <OhMqtt/mqttsubscription.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtimer.h>

#include <memory>

using namespace OhMqtt;

namespace {

MqttConnectOptions connectOptions(const e2e::Options &options, const char *role)
{
    MqttConnectOptions connect;
    connect.setAddress(
        QStringLiteral("mqtt://%1:%2").arg(QString::fromStdString(options.host)).arg(options.port));
    connect.setCleanStart(true);
    connect.setKeepAliveInterval(60);
    if (!options.store.empty()) // a store keeps the session of a client identifier
        connect.setClientId(QString::fromStdString(e2e::clientId("ohmqtt", role)));
    return connect;
}

// Gives `client` the session store of --store, if any: a memory store (returned: the caller
// keeps it beyond the client) or an SQLite file in `directory`.
std::unique_ptr<MqttMemorySessionStore> setStore(MqttClient &client, const e2e::Options &options,
                                                 const char *role,
                                                 const e2e::ScratchDirectory &directory)
{
    if (options.store == "memory") {
        auto memory = std::make_unique<MqttMemorySessionStore>();
        client.setSessionStore(memory.get());
        return memory;
    }
    if (options.store.starts_with("sqlite-")) {
        const auto durability = options.store == "sqlite-fast"
            ? MqttSqliteSessionStore::Durability::Fast
            : MqttSqliteSessionStore::Durability::Durable;
        client.setSessionDatabase(QString::fromStdString(directory.path() + "/" + role + ".sqlite"),
                                  durability);
    }
    return nullptr;
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
    { }

    void pump()
    {
        constexpr int QoS0Slice = 1'000;
        const int limit =
            m_options.qos == 0 ? m_sent + QoS0Slice : m_sent + m_options.window - m_inflight;
        while (m_sent < m_options.count && m_sent < limit) {
            // A new payload per message, as an application builds one; the library keeps a
            // reference until the message is done, where the C peers copy theirs at publish.
            QByteArray payload(m_options.size, Qt::Uninitialized);
            e2e::stamp(payload.data(), std::uint32_t(m_sent++));
            if (m_options.qos == 0) { // fire and forget: nothing to follow it by
                m_client.publishDetached(m_topic, payload);
                continue;
            }
            auto handle = m_client.publish(m_topic, payload, QoS(m_options.qos));
            ++m_inflight;
            handle->onFinished(&m_client, [this] {
                --m_inflight;
                pump();
            });
        }
        if (m_options.qos == 0 && m_sent < m_options.count)
            QTimer::singleShot(0, &m_client, [this] { pump(); });
    }

private:
    MqttClient &m_client;
    const e2e::Options &m_options;
    const QString m_topic;
    int m_sent = 0;
    int m_inflight = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const e2e::Options options = e2e::parseOptions(argc, argv);
    e2e::acceptStores(options, {"memory", "sqlite-fast", "sqlite-durable"});
    e2e::Receipts receipts(options.count);
    e2e::Measurement measurement;
    const bool sqlite = options.store.starts_with("sqlite-");
    const e2e::ScratchDirectory directory(sqlite ? options.storeDirectory : std::string());
    if (sqlite && !directory.valid()) {
        std::fprintf(stderr, "OhMqtt: no scratch directory under %s\n",
                     options.storeDirectory.c_str());
        return 1;
    }

    std::unique_ptr<MqttMemorySessionStore> subscriberStore; // outlive the clients, which use
    std::unique_ptr<MqttMemorySessionStore> publisherStore; // them until they are destroyed
    MqttClient subscriber;
    MqttClient publisher;
    subscriberStore = setStore(subscriber, options, "sub", directory);
    publisherStore = setStore(publisher, options, "pub", directory);
    MqttSubscribeOptions subscribeOptions;
    subscribeOptions.setMaximumQoS(QoS(options.qos));
    const auto subscription = subscriber.subscribe(
        QString::fromStdString(options.filter), subscribeOptions, [&](const MqttMessage &message) {
            receipts.add(message.payload().constData(), std::size_t(message.payload().size()));
            if (receipts.complete())
                app.quit();
        });
    subscriber.connectToBroker(connectOptions(options, "sub"));
    publisher.connectToBroker(connectOptions(options, "pub"));
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
