// The end-to-end workload that bench/run gives every library in the same way: one publisher and
// one subscriber connection in one process, N numbered messages of S bytes at QoS q to bench/e2e,
// at most `window` QoS 1/2 messages unacknowledged. The clock runs from the first publish until
// the subscriber holds all N; the result is one JSON line. Plain C++ and POSIX, so that the peer
// programs (libmosquitto, Paho) share it without Qt.
#pragma once

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace e2e {

struct Options
{
    std::string host = "127.0.0.1";
    int port = 1883;
    int qos = 0;
    int size = 16; // bytes of payload; at least 4, for the sequence number
    int count = 100'000;
    int window = 100; // QoS 1/2 messages in flight at most
    int timeoutSeconds = 300;
    std::string topic = "bench/e2e";
    std::string filter = "bench/#";
    // What keeps each client's session: empty for the library's default (no persistence, what
    // the matrix measures), else a kind the program names in its usage (--store / --persistence).
    std::string store;
    std::string storeDirectory = "/tmp"; // where a file store makes its scratch directory
};

// --port P --qos Q --size S --count N --window W --timeout SECONDS [--store KIND] [--store-dir D];
// exits on a bad argument. --persistence is --store under Paho's name for it.
inline Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view name = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (name == "--port")
            options.port = value;
        else if (name == "--qos")
            options.qos = value;
        else if (name == "--size")
            options.size = value;
        else if (name == "--count")
            options.count = value;
        else if (name == "--window")
            options.window = value;
        else if (name == "--timeout")
            options.timeoutSeconds = value;
        else if (name == "--host")
            options.host = argv[i + 1];
        else if (name == "--store" || name == "--persistence")
            options.store = argv[i + 1];
        else if (name == "--store-dir")
            options.storeDirectory = argv[i + 1];
        else {
            std::fprintf(stderr, "unknown option %s\n", argv[i]);
            std::exit(2);
        }
    }
    if ((argc - 1) % 2 != 0 || options.qos < 0 || options.qos > 2 || options.size < 4 ||
        options.count < 1 || options.window < 1) {
        std::fprintf(stderr, "usage: %s --port P --qos 0|1|2 --size S>=4 --count N [--window W]\n",
                     argv[0]);
        std::exit(2);
    }
    return options;
}

// The payload of message `sequence`: its number in the first four bytes, little endian.
inline void stamp(char *payload, std::uint32_t sequence)
{
    for (int i = 0; i < 4; ++i)
        payload[i] = char((sequence >> (8 * i)) & 0xFF);
}

inline std::uint32_t sequenceOf(const void *payload)
{
    const auto *bytes = static_cast<const unsigned char *>(payload);
    return std::uint32_t(bytes[0]) | std::uint32_t(bytes[1]) << 8 | std::uint32_t(bytes[2]) << 16 |
        std::uint32_t(bytes[3]) << 24;
}

// What the subscriber got: distinct sequence numbers, duplicates, strays. Thread-safe, since
// the peers call back from their network threads.
class Receipts
{
public:
    explicit Receipts(int count)
        : m_seen(std::size_t(count), false)
    { }

    void add(const void *payload, std::size_t size)
    {
        std::lock_guard lock(m_mutex);
        const std::uint32_t sequence = size >= 4 ? sequenceOf(payload) : UINT32_MAX;
        if (sequence >= m_seen.size()) {
            ++m_strays;
        } else if (m_seen[sequence]) {
            ++m_duplicates;
        } else {
            m_seen[sequence] = true;
            if (++m_distinct == int(m_seen.size()))
                m_complete.notify_all();
        }
    }
    bool waitForAll(int timeoutSeconds)
    {
        std::unique_lock lock(m_mutex);
        return m_complete.wait_for(lock, std::chrono::seconds(timeoutSeconds),
                                   [this] { return m_distinct == int(m_seen.size()); });
    }
    bool complete()
    {
        std::lock_guard lock(m_mutex);
        return m_distinct == int(m_seen.size());
    }
    int distinct()
    {
        std::lock_guard lock(m_mutex);
        return m_distinct;
    }
    int duplicates()
    {
        std::lock_guard lock(m_mutex);
        return m_duplicates;
    }
    int strays()
    {
        std::lock_guard lock(m_mutex);
        return m_strays;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_complete;
    std::vector<bool> m_seen;
    int m_distinct = 0;
    int m_duplicates = 0;
    int m_strays = 0;
};

// Hands out the sequence numbers still to publish. At QoS 1/2 the peers publish the first
// `window` messages from the main thread and each next one from the completion callback of an
// earlier one, on the library's own thread: the fastest way each library offers to keep a window
// full, without a wake-up of another thread per message.
class Sequencer
{
public:
    explicit Sequencer(int count)
        : m_count(count)
    { }
    // The next number to publish, or -1 when all have been handed out.
    int take()
    {
        const int sequence = m_next.fetch_add(1, std::memory_order_relaxed);
        return sequence < m_count ? sequence : -1;
    }

private:
    const int m_count;
    std::atomic<int> m_next {0};
};

// A one-shot flag another thread raises (connected, subscribed).
class Latch
{
public:
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    bool wait(int timeoutSeconds = 10)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(timeoutSeconds),
                                  [this] { return m_open; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &time) {
        return double(time.tv_sec) + time.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Wall and CPU time (user + system, every thread of the process) of the measured part.
class Measurement
{
public:
    void start()
    {
        m_cpu = cpuSeconds();
        m_wall = std::chrono::steady_clock::now();
    }
    void stop()
    {
        m_wallSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count();
        m_cpuSeconds = cpuSeconds() - m_cpu;
    }
    double wallSeconds() const { return m_wallSeconds; }
    double cpuSecondsUsed() const { return m_cpuSeconds; }

private:
    std::chrono::steady_clock::time_point m_wall;
    double m_cpu = 0;
    double m_wallSeconds = 0;
    double m_cpuSeconds = 0;
};

// VmHWM: the peak of this program's own memory. (ru_maxrss would count the pages a parent such
// as bench/run had before the exec.)
inline long peakResidentKiB()
{
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    char line[256];
    long kib = -1;
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, "VmHWM:", 6) == 0)
            kib = std::atol(line + 6);
    std::fclose(status);
    return kib;
}

// One JSON line on stdout; `valid` only when every message arrived exactly once (at QoS 0 and 1
// a duplicate is allowed by the protocol, so only QoS 2 counts it).
inline int report(const char *library, const Options &options, Receipts &receipts,
                  const Measurement &measurement)
{
    const bool valid = receipts.complete() && receipts.strays() == 0 &&
        (options.qos < 2 || receipts.duplicates() == 0);
    const double seconds = measurement.wallSeconds();
    std::printf("{\"library\": \"%s\", \"qos\": %d, \"size\": %d, \"count\": %d, \"window\": %d, "
                "\"valid\": %s, \"distinct\": %d, \"duplicates\": %d, \"seconds\": %.6f, "
                "\"messages_per_second\": %.1f, \"cpu_us_per_message\": %.3f, "
                "\"peak_rss_kib\": %ld}\n",
                library, options.qos, options.size, options.count, options.window,
                valid ? "true" : "false", receipts.distinct(), receipts.duplicates(), seconds,
                seconds > 0 ? options.count / seconds : 0.0,
                measurement.cpuSecondsUsed() * 1e6 / options.count, peakResidentKiB());
    std::fflush(stdout);
    return valid ? 0 : 1;
}

inline std::string clientId(const char *library, const char *role)
{
    return std::string("bench-") + library + "-" + role + "-" + std::to_string(::getpid());
}

// Exits with the usage when `options.store` is not empty and not one of `kinds`.
inline void acceptStores(const Options &options, std::initializer_list<std::string_view> kinds)
{
    if (options.store.empty())
        return;
    for (const std::string_view kind : kinds)
        if (options.store == kind)
            return;
    std::fprintf(stderr, "unknown store '%s'; this program knows:", options.store.c_str());
    for (const std::string_view kind : kinds)
        std::fprintf(stderr, " %.*s", int(kind.size()), kind.data());
    std::fprintf(stderr, "\n");
    std::exit(2);
}

// A fresh directory for a run's store files (mkdtemp under `parent`; none for an empty parent),
// removed with its content when the run ends, so that every run starts from empty files.
class ScratchDirectory
{
public:
    explicit ScratchDirectory(const std::string &parent)
    {
        if (parent.empty())
            return;
        std::string pattern = parent + "/bench-e2e-store-XXXXXX";
        if (::mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~ScratchDirectory()
    {
        std::error_code ignored;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDirectory(const ScratchDirectory &) = delete;
    ScratchDirectory &operator=(const ScratchDirectory &) = delete;

    bool valid() const { return !m_path.empty(); }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

} // namespace e2e
