// The end-to-end workload (workload.h) with Eclipse Paho C's asynchronous client (MQTTAsync),
// MQTT 5, no persistence.
#include "workload.h"

#include <MQTTAsync.h>

namespace {

struct Context
{
    e2e::Options options;
    e2e::Receipts receipts;
    e2e::Sequencer sequencer;
    e2e::Latch subscribed;
    e2e::Latch publisherConnected;
    MQTTAsync subscriber = nullptr;
    MQTTAsync publisher = nullptr;
};

int onMessage(void *data, char *topic, int, MQTTAsync_message *message)
{
    static_cast<Context *>(data)->receipts.add(message->payload, std::size_t(message->payloadlen));
    MQTTAsync_freeMessage(&message);
    MQTTAsync_free(topic);
    return 1;
}

void onSubscribed(void *data, MQTTAsync_successData5 *)
{
    static_cast<Context *>(data)->subscribed.open();
}

void onSubscriberConnected(void *data, MQTTAsync_successData5 *)
{
    auto *context = static_cast<Context *>(data);
    MQTTAsync_responseOptions response = MQTTAsync_responseOptions_initializer;
    response.onSuccess5 = onSubscribed;
    response.context = context;
    MQTTAsync_subscribe(context->subscriber, context->options.filter.c_str(), context->options.qos,
                        &response);
}

void onPublisherConnected(void *data, MQTTAsync_successData5 *)
{
    static_cast<Context *>(data)->publisherConnected.open();
}

void onPublished(void *data, MQTTAsync_successData5 *);

// Publishes message `sequence`; Paho copies the payload.
void publish(Context &context, int sequence)
{
    thread_local std::vector<char> payload;
    payload.resize(std::size_t(context.options.size), 'x');
    e2e::stamp(payload.data(), std::uint32_t(sequence));
    MQTTAsync_responseOptions response = MQTTAsync_responseOptions_initializer;
    if (context.options.qos > 0) {
        response.onSuccess5 = onPublished;
        response.context = &context;
    }
    MQTTAsync_send(context.publisher, context.options.topic.c_str(), context.options.size,
                   payload.data(), context.options.qos, 0, &response);
}

// QoS 1: PUBACK; QoS 2: PUBCOMP. A place in the window is free: the next message takes it.
void onPublished(void *data, MQTTAsync_successData5 *)
{
    auto *context = static_cast<Context *>(data);
    if (const int sequence = context->sequencer.take(); sequence >= 0)
        publish(*context, sequence);
}

MQTTAsync makeClient(Context &context, const char *role)
{
    const std::string uri =
        "tcp://" + context.options.host + ":" + std::to_string(context.options.port);
    MQTTAsync_createOptions create = MQTTAsync_createOptions_initializer5;
    // Paho C queues at most this many commands even while connected (default 100): lifted, so
    // that QoS 0 goes as fast as the library takes it, as with the other libraries.
    create.maxBufferedMessages = context.options.count;
    MQTTAsync client = nullptr;
    MQTTAsync_createWithOptions(&client, uri.c_str(), e2e::clientId("pahoc", role).c_str(),
                                MQTTCLIENT_PERSISTENCE_NONE, nullptr, &create);
    return client;
}

bool connect(MQTTAsync client, Context &context, MQTTAsync_onSuccess5 *onConnected)
{
    MQTTAsync_connectOptions connect = MQTTAsync_connectOptions_initializer5;
    connect.cleanstart = 1;
    connect.keepAliveInterval = 60;
    connect.maxInflight = 65'535; // the workload's window is the only limit
    connect.onSuccess5 = onConnected;
    connect.context = &context;
    return MQTTAsync_connect(client, &connect) == MQTTASYNC_SUCCESS;
}

} // namespace

int main(int argc, char **argv)
{
    const e2e::Options options = e2e::parseOptions(argc, argv);
    Context context {options, e2e::Receipts(options.count), e2e::Sequencer(options.count), {}, {}};

    context.subscriber = makeClient(context, "sub");
    MQTTAsync_setCallbacks(context.subscriber, &context, nullptr, onMessage, nullptr);
    MQTTAsync publisher = context.publisher = makeClient(context, "pub");
    if (!connect(context.subscriber, context, onSubscriberConnected) ||
        !connect(publisher, context, onPublisherConnected) || !context.subscribed.wait() ||
        !context.publisherConnected.wait()) {
        std::fprintf(stderr, "Paho C: no connection to %s:%d\n", options.host.c_str(),
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
    const int status = e2e::report("paho-c", options, context.receipts, measurement);

    for (MQTTAsync client : {publisher, context.subscriber}) {
        MQTTAsync_disconnectOptions disconnect = MQTTAsync_disconnectOptions_initializer5;
        MQTTAsync_disconnect(client, &disconnect);
        MQTTAsync_destroy(&client);
    }
    return status;
}
