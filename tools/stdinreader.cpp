// Reads standard input without blocking the event loop (-l) or all at once before connecting (-s).
#include "stdinreader.h"

#include <QtCore/qfile.h>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace OhMqtt::Cli {

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

} // namespace

StdinLineReader::StdinLineReader(QObject *parent)
    : QObject(parent)
{ }

StdinLineReader::~StdinLineReader() = default;

void StdinLineReader::start()
{
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StdinLineReader::readAvailable);
}

void StdinLineReader::setPaused(bool paused)
{
    if (m_notifier && !m_ended)
        m_notifier->setEnabled(!paused);
}

void StdinLineReader::readAvailable()
{
    char buffer[ChunkSize];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0) {
        if (errno == EINTR || errno == EAGAIN)
            return;
        const QString message = QStringLiteral("cannot read standard input: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_notifier->setEnabled(false);
        emit failed(message);
        return;
    }
    if (count == 0) {
        end();
        return;
    }
    m_pending.append(buffer, count);
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        emit lineRead(line);
    }
}

void StdinLineReader::end()
{
    m_ended = true;
    m_notifier->setEnabled(false);
    if (!m_pending.isEmpty())
        emit lineRead(std::exchange(m_pending, {}));
    emit finished();
}

bool readAllStdin(QByteArray *contents, QString *error)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = input.errorString();
        return false;
    }
    *contents = input.readAll();
    if (input.error() != QFileDevice::NoError) {
        *error = input.errorString();
        return false;
    }
    return true;
}

} // namespace OhMqtt::Cli
