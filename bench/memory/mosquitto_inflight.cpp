// The in-flight memory workload (inflight.h) with libmosquitto, MQTT 5, its network thread
// started (mosquitto_loop_start) as in the end-to-end program.
#include "inflight.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <atomic>
#include <vector>

namespace {

struct Context
{
    std::atomic<bool> connected {false};
    std::atomic<int> acknowledged {0};
};

void onConnect(mosquitto *, void *data, int rc, int, const mosquitto_property *)
{
    if (rc == 0)
        static_cast<Context *>(data)->connected = true;
}

void onPublish(mosquitto *, void *data, int, int, const mosquitto_property *)
{
    ++static_cast<Context *>(data)->acknowledged;
}

bool waitForConnected(const Context &context)
{
    for (int i = 0; i < 10'000 && !context.connected; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return context.connected;
}

} // namespace

int main(int argc, char **argv)
{
    const inflight::Options options = inflight::parseOptions(argc, argv);
    mosquitto_lib_init();
    Context context;
    mosquitto *client = mosquitto_new(nullptr, true, &context);
    mosquitto_int_option(client, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    mosquitto_int_option(client, MOSQ_OPT_SEND_MAXIMUM, 65'535); // the broker's limit applies
    mosquitto_connect_v5_callback_set(client, onConnect);
    mosquitto_publish_v5_callback_set(client, onPublish);
    if (mosquitto_connect_bind_v5(client, options.host.c_str(), options.port, 600, nullptr,
                                  nullptr) != MOSQ_ERR_SUCCESS ||
        mosquitto_loop_start(client) != MOSQ_ERR_SUCCESS || !waitForConnected(context)) {
        std::fprintf(stderr, "libmosquitto: no connection to %s:%d\n", options.host.c_str(),
                     options.port);
        return 1;
    }
    const std::vector<char> payload(std::size_t(options.size), 'x');
    if (!inflight::stopBroker(options.brokerPid)) {
        std::fprintf(stderr, "libmosquitto: cannot stop the broker (pid %d)\n",
                     int(options.brokerPid));
        return 1;
    }
    const long before = inflight::residentKiB();
    int taken = 0; // libmosquitto copies the payload
    for (int i = 0; i < options.count; ++i)
        taken += mosquitto_publish_v5(client, nullptr, options.topic.c_str(), options.size,
                                      payload.data(), 1, false, nullptr) == MOSQ_ERR_SUCCESS;
    std::this_thread::sleep_for(std::chrono::milliseconds(options.settleMsecs));
    const long after = inflight::residentKiB();
    // libmosquitto does not say how many it holds: those taken and not acknowledged.
    const int inFlight = taken - context.acknowledged;
    const int status = inflight::report("libmosquitto", options, before, after, inFlight,
                                        taken == options.count && context.acknowledged == 0);
    inflight::continueBroker(options.brokerPid);
    mosquitto_disconnect(client);
    mosquitto_loop_stop(client, false);
    mosquitto_destroy(client);
    mosquitto_lib_cleanup();
    return status;
}
