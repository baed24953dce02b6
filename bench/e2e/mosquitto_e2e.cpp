// The end-to-end workload (workload.h) with libmosquitto, MQTT 5, each connection on its own
// network thread (mosquitto_loop_start), as its examples and mosquitto_pub/sub do.
#include "workload.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>

namespace {

struct Context
{
    e2e::Options options;
    e2e::Receipts receipts;
    e2e::Sequencer sequencer;
    mosquitto *publisher = nullptr;
    e2e::Latch subscribed;
    e2e::Latch publisherConnected;
};

void onSubscriberConnect(mosquitto *client, void *data, int rc, int, const mosquitto_property *)
{
    auto *context = static_cast<Context *>(data);
    if (rc == 0)
        mosquitto_subscribe_v5(client, nullptr, context->options.filter.c_str(),
                               context->options.qos, 0, nullptr);
}

void onSubscribe(mosquitto *, void *data, int, int, const int *, const mosquitto_property *)
{
    static_cast<Context *>(data)->subscribed.open();
}

void onMessage(mosquitto *, void *data, const mosquitto_message *message,
               const mosquitto_property *)
{
    static_cast<Context *>(data)->receipts.add(message->payload, std::size_t(message->payloadlen));
}

void onPublisherConnect(mosquitto *, void *data, int rc, int, const mosquitto_property *)
{
    if (rc == 0)
        static_cast<Context *>(data)->publisherConnected.open();
}

// Publishes message `sequence`; libmosquitto copies the payload.
void publish(Context &context, int sequence)
{
    thread_local std::vector<char> payload;
    payload.resize(std::size_t(context.options.size), 'x');
    e2e::stamp(payload.data(), std::uint32_t(sequence));
    mosquitto_publish_v5(context.publisher, nullptr, context.options.topic.c_str(),
                         context.options.size, payload.data(), context.options.qos, false, nullptr);
}

// QoS 1: PUBACK; QoS 2: PUBCOMP. A place in the window is free: the next message takes it.
void onPublish(mosquitto *, void *data, int, int, const mosquitto_property *)
{
    auto *context = static_cast<Context *>(data);
    if (context->options.qos == 0)
        return;
    if (const int sequence = context->sequencer.take(); sequence >= 0)
        publish(*context, sequence);
}

mosquitto *makeClient(Context &context, const char *role)
{
    mosquitto *client = mosquitto_new(e2e::clientId("mosquitto", role).c_str(), true, &context);
    mosquitto_int_option(client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    // Limits lifted as for every library: the window is the workload's. (libmosquitto 2.0.11's
    // default Receive Maximum of 20 also stalls a QoS 2 subscriber under load.)
    mosquitto_int_option(client, MOSQ_OPT_RECEIVE_MAXIMUM, 65'535);
    mosquitto_int_option(client, MOSQ_OPT_SEND_MAXIMUM, 65'535);
    return client;
}

bool connect(mosquitto *client, const e2e::Options &options)
{
    return mosquitto_connect_bind_v5(client, options.host.c_str(), options.port, 60, nullptr,
                                     nullptr) == MOSQ_ERR_SUCCESS &&
        mosquitto_loop_start(client) == MOSQ_ERR_SUCCESS;
}

} // namespace

int main(int argc, char **argv)
{
    const e2e::Options options = e2e::parseOptions(argc, argv);
    mosquitto_lib_init();
    Context context {
        options, e2e::Receipts(options.count), e2e::Sequencer(options.count), nullptr, {}, {}};

    mosquitto *subscriber = makeClient(context, "sub");
    mosquitto_connect_v5_callback_set(subscriber, onSubscriberConnect);
    mosquitto_subscribe_v5_callback_set(subscriber, onSubscribe);
    mosquitto_message_v5_callback_set(subscriber, onMessage);
    mosquitto *publisher = context.publisher = makeClient(context, "pub");
    mosquitto_connect_v5_callback_set(publisher, onPublisherConnect);
    mosquitto_publish_v5_callback_set(publisher, onPublish);
    if (!connect(subscriber, options) || !connect(publisher, options) ||
        !context.subscribed.wait() || !context.publisherConnected.wait()) {
        std::fprintf(stderr, "libmosquitto: no connection to %s:%d\n", options.host.c_str(),
                     options.port);
        return 1;
    }

    e2e::Measurement measurement;
    measurement.start();
    // QoS 0 has nothing to wait for: every message at once. QoS 1/2: the first window here.
    const int first = options.qos == 0 ? options.count : options.window;
    for (int i = 0; i < first; ++i)
        if (const int sequence = context.sequencer.take(); sequence >= 0)
            publish(context, sequence);
    context.receipts.waitForAll(options.timeoutSeconds);
    measurement.stop();
    const int status = e2e::report("libmosquitto", options, context.receipts, measurement);

    for (mosquitto *client : {publisher, subscriber}) {
        mosquitto_disconnect(client);
        mosquitto_loop_stop(client, false);
        mosquitto_destroy(client);
    }
    mosquitto_lib_cleanup();
    return status;
}
