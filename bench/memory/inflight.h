// The in-flight memory workload that bench/run gives every library in the same way: one publisher
// connects, the broker is stopped (SIGSTOP) so that it acknowledges nothing, N QoS 1 messages of
// S bytes are published, the library writes what the socket takes, and the process's resident
// memory before and after gives the bytes per in-flight message. One JSON line out; the broker is
// continued before the program ends. Plain C++ and POSIX, shared with the peers' programs.
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>

namespace inflight {

struct Options
{
    std::string host = "127.0.0.1";
    int port = 1883;
    int size = 16; // bytes of payload
    int count = 10'000; // QoS 1 messages put in flight
    pid_t brokerPid = 0; // the broker to stop; it must let `count` messages be in flight
    int settleMsecs = 500; // after the last publish, time for the library to write
    std::string topic = "bench/inflight";
};

// --port P --broker-pid PID [--size S] [--count N] [--settle-ms MS]; exits on a bad argument.
inline Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view name = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (name == "--port")
            options.port = value;
        else if (name == "--size")
            options.size = value;
        else if (name == "--count")
            options.count = value;
        else if (name == "--broker-pid")
            options.brokerPid = pid_t(value);
        else if (name == "--settle-ms")
            options.settleMsecs = value;
        else if (name == "--host")
            options.host = argv[i + 1];
        else {
            std::fprintf(stderr, "unknown option %s\n", argv[i]);
            std::exit(2);
        }
    }
    if ((argc - 1) % 2 != 0 || options.brokerPid <= 0 || options.size < 0 || options.count < 1 ||
        options.settleMsecs < 0) {
        std::fprintf(stderr,
                     "usage: %s --port P --broker-pid PID [--size S] [--count N] [--settle-ms "
                     "MS]\n",
                     argv[0]);
        std::exit(2);
    }
    return options;
}

// A field of /proc/<pid>/status in KiB ("VmRSS:"), -1 when it cannot be read.
inline long statusKiB(const char *path, const char *field)
{
    std::FILE *status = std::fopen(path, "r");
    if (!status)
        return -1;
    char line[256];
    long kib = -1;
    const std::size_t length = std::strlen(field);
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, field, length) == 0)
            kib = std::atol(line + length);
    std::fclose(status);
    return kib;
}

inline long residentKiB()
{
    return statusKiB("/proc/self/status", "VmRSS:");
}

// The state letter of /proc/<pid>/stat ('T': stopped), or 0.
inline char processState(pid_t pid)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    std::FILE *stat = std::fopen(path.c_str(), "r");
    if (!stat)
        return 0;
    char line[512] = {};
    const bool read = std::fgets(line, sizeof line, stat) != nullptr;
    std::fclose(stat);
    const char *end = read ? std::strrchr(line, ')') : nullptr; // the name may hold spaces
    return end && end[1] == ' ' ? end[2] : 0;
}

// SIGSTOP, and waits until the kernel shows the broker stopped: from then on it reads nothing.
inline bool stopBroker(pid_t pid)
{
    if (::kill(pid, SIGSTOP) != 0)
        return false;
    for (int i = 0; i < 1000; ++i) {
        if (processState(pid) == 'T')
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

inline void continueBroker(pid_t pid)
{
    ::kill(pid, SIGCONT);
}

// One JSON line on stdout. `inFlight`: the messages the library holds unacknowledged by its own
// account (-1 when it cannot say); `valid` only when all `count` were taken and none acknowledged.
inline int report(const char *library, const Options &options, long beforeKiB, long afterKiB,
                  int inFlight, bool valid)
{
    const double bytesPerMessage = double(afterKiB - beforeKiB) * 1024.0 / options.count;
    std::printf("{\"library\": \"%s\", \"size\": %d, \"count\": %d, \"valid\": %s, "
                "\"in_flight\": %d, \"rss_before_kib\": %ld, \"rss_after_kib\": %ld, "
                "\"bytes_per_message\": %.1f}\n",
                library, options.size, options.count, valid ? "true" : "false", inFlight, beforeKiB,
                afterKiB, bytesPerMessage);
    std::fflush(stdout);
    return valid ? 0 : 1;
}

} // namespace inflight
