// Starts child processes, feeds stdin, and collects exit code and output with bounded waits.
#include "cli/toolprocess.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtTest/qtest.h>

#include <csignal>

namespace OhMqttTest {

QString ToolResult::describe() const
{
    const QString ending = !finished        ? QStringLiteral("did not finish in time")
        : exitStatus == QProcess::CrashExit ? QStringLiteral("crashed")
                                            : QStringLiteral("exit code %1").arg(exitCode);
    return QStringLiteral("%1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(ending, QString::fromUtf8(out), QString::fromUtf8(err));
}

ToolProcess::ToolProcess(const QString &program, const QStringList &arguments)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProgram(program);
    m_process->setArguments(arguments);
}

ToolProcess::~ToolProcess()
{
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(ToolTimeoutMs);
    }
}

bool ToolProcess::start(const QByteArray &input, bool keepInputOpen)
{
    m_process->start();
    if (!m_process->waitForStarted(ToolTimeoutMs))
        return false;
    if (!input.isEmpty() && !write(input))
        return false;
    if (!keepInputOpen)
        closeInput();
    return true;
}

bool ToolProcess::write(const QByteArray &input)
{
    m_process->write(input);
    // Delivered now, not whenever the caller next runs the event loop; waitForBytesWritten()
    // returns after each chunk the pipe took.
    QDeadlineTimer deadline(ToolTimeoutMs);
    while (m_process->bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_process->waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

void ToolProcess::closeInput()
{
    m_process->closeWriteChannel();
}

QByteArray ToolProcess::stdoutSoFar()
{
    m_out += m_process->readAllStandardOutput();
    return m_out;
}

QByteArray ToolProcess::stderrSoFar()
{
    m_err += m_process->readAllStandardError();
    return m_err;
}

bool ToolProcess::waitForText(QByteArray (ToolProcess::*read)(), const QByteArray &text, int count,
                              int timeoutMs)
{
    const auto seen = [&] { return (this->*read)().count(text) >= count; };
    // Read after the process ended too: what it left is still read.
    return QTest::qWaitFor([&] { return seen() || !isRunning(); }, timeoutMs) && seen();
}

bool ToolProcess::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([&] { return !isRunning(); }, timeoutMs);
}

bool ToolProcess::waitForStdout(const QByteArray &text, int count, int timeoutMs)
{
    return waitForText(&ToolProcess::stdoutSoFar, text, count, timeoutMs);
}

bool ToolProcess::waitForStderr(const QByteArray &text, int count, int timeoutMs)
{
    return waitForText(&ToolProcess::stderrSoFar, text, count, timeoutMs);
}

bool ToolProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 ToolProcess::processId() const
{
    return m_process->processId();
}

void ToolProcess::signal(int signalNumber)
{
    if (isRunning())
        ::kill(pid_t(m_process->processId()), signalNumber);
}

bool ToolProcess::waitForOutput(const QByteArray &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const bool running = isRunning(); // before reading: what an ended process left is read
        m_out += m_process->readAllStandardOutput();
        if (m_out.contains(text))
            return true;
        if (!running || deadline.hasExpired())
            return false;
        m_process->waitForReadyRead(int(deadline.remainingTime()));
    }
}

ToolResult ToolProcess::finish(int timeoutMs)
{
    ToolResult result;
    result.finished =
        m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    if (!result.finished) {
        m_process->kill();
        m_process->waitForFinished(ToolTimeoutMs);
    }
    result.exitStatus = m_process->exitStatus();
    result.exitCode = m_process->exitCode();
    result.out = m_out + m_process->readAllStandardOutput();
    result.err = m_err + m_process->readAllStandardError();
    return result;
}

ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    ToolProcess process(program, arguments);
    if (!process.start(input)) {
        ToolResult failed;
        failed.err = QByteArrayLiteral("could not start ") + program.toUtf8();
        return failed;
    }
    return process.finish();
}

} // namespace OhMqttTest
