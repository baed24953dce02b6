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

    // Starts the program; `input`, when given, is written to its stdin, which is then closed.
    bool start(const QByteArray &input = {});
    bool isRunning() const;
    qint64 processId() const;
    // Waits until stdout so far contains `text`, or the process ends, or `timeoutMs` pass; true
    // when it does. For a program that prints and then waits for more (mosquitto_sub).
    bool waitForOutput(const QByteArray &text, int timeoutMs = ToolTimeoutMs);
    // Waits for the exit (killing the process after `timeoutMs`) and collects the output.
    ToolResult finish(int timeoutMs = ToolTimeoutMs);
    void signal(int signalNumber);

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out; // stdout read by waitForOutput()
};

// Runs the program to its end.
ToolResult runTool(const QString &program, const QStringList &arguments,
                   const QByteArray &input = {});

} // namespace OhMqttTest
