// The end-to-end workload (workload.h) with Eclipse Paho C++ (mqtt::async_client), MQTT 5, no
// persistence, messages through the callback interface.
#include "workload.h"

#include <mqtt/async_client.h>

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
    Publisher(e2e::Window &window, int qos)
        : m_window(window)
        , m_qos(qos)
    { }
    // QoS 0: written; QoS 1: PUBACK; QoS 2: PUBCOMP.
    void delivery_complete(mqtt::delivery_token_ptr) override
    {
        if (m_qos > 0)
            m_window.release();
    }

private:
    e2e::Window &m_window;
    int m_qos;
};

// Paho queues at most maxBufferedMessages commands even while connected (default 100): lifted,
// so that QoS 0 goes as fast as the library takes it, as with the other libraries.
mqtt::create_options createOptions(const e2e::Options &options)
{
    return mqtt::create_options(MQTTVERSION_5, options.count);
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
    e2e::Receipts receipts(options.count);
    e2e::Window window(options.window);
    const std::string uri = "tcp://" + options.host + ":" + std::to_string(options.port);
    try {
        mqtt::async_client subscriber(uri, e2e::clientId("pahocpp", "sub"), createOptions(options));
        Subscriber subscriberCallback(receipts);
        subscriber.set_callback(subscriberCallback);
        mqtt::async_client publisher(uri, e2e::clientId("pahocpp", "pub"), createOptions(options));
        Publisher publisherCallback(window, options.qos);
        publisher.set_callback(publisherCallback);
        subscriber.connect(connectOptions())->wait();
        subscriber.subscribe(options.filter, options.qos)->wait();
        publisher.connect(connectOptions())->wait();

        std::vector<char> payload(std::size_t(options.size), 'x');
        e2e::Measurement measurement;
        measurement.start();
        for (int sequence = 0; sequence < options.count; ++sequence) {
            if (options.qos > 0)
                window.acquire();
            e2e::stamp(payload.data(), std::uint32_t(sequence));
            publisher.publish(options.topic, payload.data(), payload.size(), options.qos, false);
        }
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
