// Reads standard input without blocking the event loop (-l) or all at once before connecting (-s).
#include "stdinreader.h"

#include <QtCore/qfile.h>

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace OhMqtt::Cli {

namespace {

// A pipe's whole buffer in one read().
constexpr qsizetype BlockSize = 64 * 1024;

} // namespace

StdinLineReader::StdinLineReader(QObject *parent)
    : QObject(parent)
{ }

StdinLineReader::~StdinLineReader() = default;

void StdinLineReader::start()
{
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StdinLineReader::readAvailable);
    updateNotifier();
}

void StdinLineReader::setPaused(bool paused)
{
    m_paused = paused;
    updateNotifier();
}

// Standard input is read only when every complete line read before has been taken: lines wait
// in the pipe, not here.
void StdinLineReader::updateNotifier()
{
    if (m_notifier)
        m_notifier->setEnabled(!m_paused && !m_ended && !m_failed && !m_hasLine);
}

std::optional<QByteArray> StdinLineReader::takeLine()
{
    const qsizetype newline = m_buffer.indexOf('\n', m_next);
    if (newline >= 0) {
        QByteArray line = m_buffer.sliced(m_next, newline - m_next);
        m_next = newline + 1;
        return line;
    }
    if (m_ended && m_next < m_buffer.size()) {
        QByteArray line = m_buffer.sliced(m_next);
        m_next = m_buffer.size();
        return line;
    }
    if (m_hasLine) {
        m_hasLine = false;
        updateNotifier();
    }
    return std::nullopt;
}

qsizetype StdinLineReader::waitingLines() const
{
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_next);
    return rest.count('\n') + (m_ended && !rest.isEmpty() && !rest.endsWith('\n') ? 1 : 0);
}

void StdinLineReader::readAvailable()
{
    m_buffer.remove(0, m_next); // a line begun in the last block
    m_next = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + BlockSize);
    const ssize_t count = ::read(STDIN_FILENO, m_buffer.data() + kept, BlockSize);
    m_buffer.resize(kept + qMax<qsizetype>(count, 0));
    if (count < 0) {
        if (errno == EINTR || errno == EAGAIN)
            return;
        const QString message = QStringLiteral("cannot read standard input: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_failed = true;
        updateNotifier();
        emit failed(message);
        return;
    }
    if (count == 0)
        m_ended = true;
    else
        m_hasLine = std::memchr(m_buffer.constData() + kept, '\n', std::size_t(count)) != nullptr;
    updateNotifier();
    if (m_hasLine || m_ended)
        emit linesAvailable();
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
