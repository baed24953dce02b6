// The in-flight memory workload (inflight.h) with Eclipse Paho C's asynchronous client
// (MQTTAsync), MQTT 5, no persistence, as in the end-to-end program.
#include "inflight.h"

#include <MQTTAsync.h>

#include <atomic>
#include <vector>

namespace {

std::atomic<bool> connected {false};

void onConnected(void *, MQTTAsync_successData5 *)
{
    connected = true;
}

bool waitForConnected()
{
    for (int i = 0; i < 10'000 && !connected; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return connected;
}

// The tokens of messages not yet delivered (sent and unacknowledged, or waiting to be sent).
int pendingMessages(MQTTAsync client)
{
    MQTTAsync_token *tokens = nullptr;
    if (MQTTAsync_getPendingTokens(client, &tokens) != MQTTASYNC_SUCCESS || !tokens)
        return 0;
    int count = 0;
    while (tokens[count] != -1)
        ++count;
    MQTTAsync_free(tokens);
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    const inflight::Options options = inflight::parseOptions(argc, argv);
    const std::string uri = "tcp://" + options.host + ":" + std::to_string(options.port);
    MQTTAsync_createOptions create = MQTTAsync_createOptions_initializer5;
    create.maxBufferedMessages = options.count; // Paho queues at most this many commands
    MQTTAsync client = nullptr;
    MQTTAsync_createWithOptions(&client, uri.c_str(), "bench-pahoc-inflight",
                                MQTTCLIENT_PERSISTENCE_NONE, nullptr, &create);
    MQTTAsync_connectOptions connect = MQTTAsync_connectOptions_initializer5;
    connect.cleanstart = 1;
    connect.keepAliveInterval = 600; // the broker sleeps through the measurement
    connect.maxInflight = 65'535; // the broker's limit applies
    connect.onSuccess5 = onConnected;
    if (MQTTAsync_connect(client, &connect) != MQTTASYNC_SUCCESS || !waitForConnected()) {
        std::fprintf(stderr, "Paho C: no connection to %s\n", uri.c_str());
        return 1;
    }
    std::vector<char> payload(std::size_t(options.size), 'x');
    if (!inflight::stopBroker(options.brokerPid)) {
        std::fprintf(stderr, "Paho C: cannot stop the broker (pid %d)\n", int(options.brokerPid));
        return 1;
    }
    const long before = inflight::residentKiB();
    int taken = 0; // Paho copies the payload
    for (int i = 0; i < options.count; ++i) {
        MQTTAsync_responseOptions response = MQTTAsync_responseOptions_initializer;
        taken += MQTTAsync_send(client, options.topic.c_str(), options.size, payload.data(), 1, 0,
                                &response) == MQTTASYNC_SUCCESS;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(options.settleMsecs));
    const long after = inflight::residentKiB();
    const int inFlight = pendingMessages(client);
    const int status = inflight::report("paho-c", options, before, after, inFlight,
                                        taken == options.count && inFlight == options.count);
    inflight::continueBroker(options.brokerPid);
    MQTTAsync_disconnectOptions disconnect = MQTTAsync_disconnectOptions_initializer5;
    MQTTAsync_disconnect(client, &disconnect);
    MQTTAsync_destroy(&client);
    return status;
}
