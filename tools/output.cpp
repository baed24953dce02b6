// stdio rather than QTextStream: payload bytes must pass unchanged. sub's messages are batched
// per turn of the event loop: one write() per line cost as much CPU as the rest of printing.
#include "output.h"

#include <QtCore/qabstracteventdispatcher.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace OhMqtt::Cli {

namespace {

// The queue's size: when full it is written at once, a burst's output need not all wait in
// memory.
constexpr std::size_t QueueSize = 64 * 1024;

// A fixed buffer and memcpy: QByteArray::append() cost twice what the rest of printing a line
// did (callgrind).
struct QueuedOutput
{
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
    bool hooked = false; // flushed whenever the event loop is about to wait
};

QueuedOutput &queuedOutput()
{
    static QueuedOutput queued;
    return queued;
}

void write(std::FILE *stream, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), stream);
}

// Written when the event loop is about to wait for more, which is after the whole burst: no
// timer armed (a QTimer cost a registration and an event per burst) and no event posted (an
// eventfd write). Without an event loop yet, at once.
void scheduleFlush(QueuedOutput &queued)
{
    if (queued.hooked)
        return;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher) {
        flushOutput();
        return;
    }
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher, [] {
        if (queuedOutput().size > 0)
            flushOutput();
    });
    queued.hooked = true;
}

} // namespace

void writeOutput(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    QueuedOutput &queued = queuedOutput();
    const auto count = std::size_t(bytes.size());
    if (queued.size + count > QueueSize)
        flushOutput();
    if (count >= QueueSize) { // larger than the queue: on its way at once
        write(stdout, bytes);
        std::fflush(stdout);
        return;
    }
    if (!queued.bytes)
        queued.bytes = std::make_unique<char[]>(QueueSize);
    std::memcpy(queued.bytes.get() + queued.size, bytes.data(), count);
    queued.size += count;
    scheduleFlush(queued);
}

void flushOutput()
{
    QueuedOutput &queued = queuedOutput();
    write(stdout, QByteArrayView(queued.bytes.get(), qsizetype(queued.size)));
    std::fflush(stdout);
    queued.size = 0;
}

void writeText(const QString &text)
{
    flushOutput();
    write(stdout, text.toUtf8());
    std::fflush(stdout);
}

void printError(const QString &message)
{
    writeErrorText(QStringLiteral("ohmqtt: ") + message + u'\n');
}

void writeErrorText(const QString &text)
{
    flushOutput(); // messages printed before the error come before it, as they did unbatched
    write(stderr, text.toUtf8());
    std::fflush(stderr);
}

} // namespace OhMqtt::Cli
