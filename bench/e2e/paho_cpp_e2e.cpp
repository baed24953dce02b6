// The end-to-end workload (workload.h) with Eclipse Paho C++ (mqtt::async_client), MQTT 5, no
// persistence, messages through the callback interface. --persistence file gives each client
// Paho's file persistence (the persistDir form) in a fresh directory under --store-dir.
#include "workload.h"

#include <mqtt/async_client.h>

#include <memory>

namespace {

class Subscriber : public mqtt::callback
{
public:
    explicit Subscriber(e2e::Receipts &receipts)
        : m_receipts(receipts)
    { }
    void message_arrived(mqtt::const_message_ptr message) override
    {
        const mqtt::binary_ref &payload = message->get_payload_ref();
        m_receipts.add(payload.data(), payload.size());
    }

private:
    e2e::Receipts &m_receipts;
};

class Publisher : public mqtt::callback
{
public:
    Publisher(mqtt::async_client &client, const e2e::Options &options)
        : m_client(client)
        , m_options(options)
        , m_sequencer(options.count)
    { }

    // Publishes the next message, if any is left; Paho copies the payload.
    void publishNext()
    {
        const int sequence = m_sequencer.take();
        if (sequence < 0)
            return;
        thread_local std::vector<char> payload;
        payload.resize(std::size_t(m_options.size), 'x');
        e2e::stamp(payload.data(), std::uint32_t(sequence));
        m_client.publish(m_options.topic, payload.data(), payload.size(), m_options.qos, false);
    }
    // QoS 1: PUBACK; QoS 2: PUBCOMP. A place in the window is free: the next message takes it.
    void delivery_complete(mqtt::delivery_token_ptr) override
    {
        if (m_options.qos > 0)
            publishNext();
    }

private:
    mqtt::async_client &m_client;
    const e2e::Options &m_options;
    e2e::Sequencer m_sequencer;
};

// Paho queues at most maxBufferedMessages commands even while connected (default 100): lifted,
// so that QoS 0 goes as fast as the library takes it, as with the other libraries.
mqtt::create_options createOptions(const e2e::Options &options)
{
    return mqtt::create_options(MQTTVERSION_5, options.count);
}

// The client, with file persistence in `directory` when it is valid.
std::unique_ptr<mqtt::async_client> makeClient(const std::string &uri, const char *role,
                                               const e2e::Options &options,
                                               const e2e::ScratchDirectory &directory)
{
    const std::string id = e2e::clientId("pahocpp", role);
    if (directory.valid())
        return std::make_unique<mqtt::async_client>(uri, id, createOptions(options),
                                                    directory.path());
    return std::make_unique<mqtt::async_client>(uri, id, createOptions(options));
}

mqtt::connect_options connectOptions()
{
    return mqtt::connect_options_builder()
        .mqtt_version(MQTTVERSION_5)
        .clean_start(true)
        .keep_alive_interval(std::chrono::seconds(60))
        .max_inflight(65'535) // the workload's window is the only limit
        .finalize();
}

} // namespace

int main(int argc, char **argv)
{
    const e2e::Options options = e2e::parseOptions(argc, argv);
    e2e::acceptStores(options, {"file"});
    e2e::Receipts receipts(options.count);
    const std::string uri = "tcp://" + options.host + ":" + std::to_string(options.port);
    const e2e::ScratchDirectory directory(options.store.empty() ? std::string()
                                                                : options.storeDirectory);
    if (!options.store.empty() && !directory.valid()) {
        std::fprintf(stderr, "Paho C++: no scratch directory under %s\n",
                     options.storeDirectory.c_str());
        return 1;
    }
    try {
        const auto subscriberClient = makeClient(uri, "sub", options, directory);
        mqtt::async_client &subscriber = *subscriberClient;
        Subscriber subscriberCallback(receipts);
        subscriber.set_callback(subscriberCallback);
        const auto publisherClient = makeClient(uri, "pub", options, directory);
        mqtt::async_client &publisher = *publisherClient;
        Publisher publisherCallback(publisher, options);
        publisher.set_callback(publisherCallback);
        subscriber.connect(connectOptions())->wait();
        subscriber.subscribe(options.filter, options.qos)->wait();
        publisher.connect(connectOptions())->wait();

        e2e::Measurement measurement;
        measurement.start();
        // QoS 0 has nothing to wait for: every message at once. QoS 1/2: the first window here.
        const int first = options.qos == 0 ? options.count : options.window;
        for (int i = 0; i < first; ++i)
            publisherCallback.publishNext();
        receipts.waitForAll(options.timeoutSeconds);
        measurement.stop();
        const int status = e2e::report("paho-cpp", options, receipts, measurement);
        publisher.disconnect()->wait();
        subscriber.disconnect()->wait();
        return status;
    } catch (const mqtt::exception &error) {
        std::fprintf(stderr, "Paho C++: %s\n", error.what());
        return 1;
    }
}
