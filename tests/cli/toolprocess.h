// ToolProcess: runs ohmqtt or a mosquitto client as a child process with bounded waits.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstringlist.h>

#include <memory>

namespace OhMqttTest {

inline constexpr int ToolTimeoutMs = 15'000;

struct ToolResult
{
    bool finished = false; // false: it was still running after the timeout and was killed
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitStatus == QProcess::NormalExit && !exitCode; }
    // Everything a failure message needs: how it ended, stdout and stderr.
    QString describe() const;
};

class ToolProcess
{
public:
    ToolProcess(const QString &program, const QStringList &arguments);
    ~ToolProcess();

    // Starts the program; `input`, when given, is written to its stdin, which is then closed
    // unless `keepInputOpen` (then write() more and closeInput()).
    bool start(const QByteArray &input = {}, bool keepInputOpen = false);
    // To stdin, all of it in the pipe before it returns; false when the program does not read
    // it within ToolTimeoutMs.
    bool write(const QByteArray &input);
    void closeInput();
    bool isRunning() const;
    qint64 processId() const;
    // Waits until stdout so far contains `text`, or the process ends, or `timeoutMs` pass; true
    // when it does. For a program that prints and then waits for more (mosquitto_sub).
    bool waitForOutput(const QByteArray &text, int timeoutMs = ToolTimeoutMs);
    // Until stdout or stderr so far holds `text` `count` times, the process ends, or `timeoutMs`
    // pass, with the event loop running meanwhile (QTest::qWaitFor), so that objects of the
    // test's thread, such as a CutProxy, go on working; true when the text came.
    bool waitForStdout(const QByteArray &text, int count = 1, int timeoutMs = ToolTimeoutMs);
    bool waitForStderr(const QByteArray &text, int count = 1, int timeoutMs = ToolTimeoutMs);
    // Until the process ends, with the event loop running meanwhile; then finish() collects.
    bool waitForExit(int timeoutMs = ToolTimeoutMs);
    QByteArray stdoutSoFar(); // what the process wrote so far
    QByteArray stderrSoFar();
    // Waits for the exit (killing the process after `timeoutMs`) and collects the output.
    ToolResult finish(int timeoutMs = ToolTimeoutMs);
    void signal(int signalNumber);

private:
    bool waitForText(QByteArray (ToolProcess::*read)(), const QByteArray &text, int count,
                     int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    QByteArray m_out; // stdout read by the waits
    QByteArray m_err; // stderr read by the waits
};

// Runs the program to its end.
ToolResult runTool(const QString &program, const QStringList &arguments,
                   const QByteArray &input = {});

} // namespace OhMqttTest
