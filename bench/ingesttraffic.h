// The explorer ingestion benchmark's traffic — its settings, topic names and payloads — and the
// lines its two processes exchange; shared by the publisher and the explorer side.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <optional>

namespace IngestBench {

struct Settings
{
    int topics = 100'000; // phase 1: each published once, as fast as the publisher can
    int rate = 10'000; // phase 2: messages per second over those topics...
    int durationS = 60; // ...for this long
    // Phase 2 sends this share of its messages to the first HotTopics topics, the rest to any.
    int hotPercent = 10;

    QStringList toArguments() const;
    // "--topics N --rate N --duration S --hot-percent P", and "--quick" (a 5 s phase 2);
    // nullopt on anything else, with `error` saying what.
    static std::optional<Settings> fromArguments(const QStringList &arguments, QString *error);
};

inline constexpr int HotTopics = 100; // bench/site0/building0/floor0/room{0..9}/sensor{0..9}
// The topic the explorer shows in its detail pane: hot, with JSON payloads.
inline constexpr int SelectedTopic = 5;
// Ten per level, five levels: 100,000 distinct topics for indexes 0..99,999.
QString topicName(int index);
// Sensors 0-4 publish a number ("21.37"), sensors 5-9 a JSON object of about 100 bytes.
QByteArray payload(int index, quint32 serial);

// CLOCK_MONOTONIC in nanoseconds: the same clock in both processes.
qint64 monotonicNs();

// The publisher process is this executable run again with PublisherFlag; it writes one line per
// event to stdout and reads commands from stdin.
inline constexpr char PublisherFlag[] = "--publisher";
namespace Line {
inline constexpr char Connected[] = "connected";
inline constexpr char Phase1Start[] = "phase1-start"; // <ns>
inline constexpr char Phase1End[] = "phase1-end"; // <ns> <sent>: the last one written
inline constexpr char Phase2Start[] = "phase2-start"; // <ns>
inline constexpr char Phase2End[] = "phase2-end"; // <ns of the last publish> <sent>
inline constexpr char Dropped[] = "dropped"; // <n>: the broker's $SYS count of dropped messages
} // namespace Line
namespace Command {
inline constexpr char StartPhase2[] = "phase2";
inline constexpr char Quit[] = "quit";
} // namespace Command

} // namespace IngestBench
