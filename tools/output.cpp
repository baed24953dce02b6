// stdio rather than QTextStream: payload bytes must pass unchanged. sub's messages are batched
// per turn of the event loop: one write() per line cost as much CPU as the rest of printing.
#include "output.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

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
    QPointer<QTimer> flushTimer; // zero-time: fires once the event loop's current turn is done
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

// A timer rather than a queued call: posting an event wakes the event loop up with a write to
// its eventfd, which is a syscall per burst again.
void scheduleFlush(QueuedOutput &queued)
{
    if (!queued.flushTimer) {
        QCoreApplication *application = QCoreApplication::instance();
        if (!application) {
            flushOutput();
            return;
        }
        queued.flushTimer = new QTimer(application);
        queued.flushTimer->setSingleShot(true);
        queued.flushTimer->setInterval(0);
        QObject::connect(queued.flushTimer, &QTimer::timeout, application, &flushOutput);
    }
    if (!queued.flushTimer->isActive())
        queued.flushTimer->start();
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
    if (queued.flushTimer)
        queued.flushTimer->stop();
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
