// SpawnedBroker: a plain mosquitto started with posix_spawn, for suites run under ThreadSanitizer.
#pragma once

#include "support/mosquittobroker.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qtest.h>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace OhMqttTest {

// Why not MosquittoBroker: with gcc 12's ThreadSanitizer and Debian's Qt 6.4, a process that has
// started a child through QProcess reports no data race at all afterwards (a planted race goes
// unseen), while fork() and posix_spawn() keep it reporting. So under TSan the threads suite
// starts its broker this way: TCP on a free loopback port, anonymous, no persistence.
class SpawnedBroker
{
public:
    SpawnedBroker() = default;
    SpawnedBroker(const SpawnedBroker &) = delete;
    SpawnedBroker &operator=(const SpawnedBroker &) = delete;
    ~SpawnedBroker() { stop(); }

    bool start(QString *error)
    {
        QTcpServer probe;
        if (!m_dir.isValid() || !probe.listen(QHostAddress::LocalHost, 0))
            return fail(error, QStringLiteral("no temporary directory or no free port"));
        m_port = probe.serverPort();
        probe.close();
        const QString config = m_dir.filePath(QStringLiteral("mosquitto.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return fail(error, file.errorString());
        QByteArray text = "persistence false\nallow_anonymous true\n";
        if (::geteuid() == 0)
            text += "user root\n";
        text += "log_dest file " + m_dir.filePath(QStringLiteral("mosquitto.log")).toUtf8() + '\n';
        text += "listener " + QByteArray::number(m_port) + " 127.0.0.1\n";
        file.write(text);
        file.close();

        const QByteArray program = MosquittoBroker::executablePath().toLocal8Bit();
        const QByteArray configPath = config.toLocal8Bit();
        char *argv[] = {const_cast<char *>(program.constData()), const_cast<char *>("-c"),
                        const_cast<char *>(configPath.constData()), nullptr};
        if (::posix_spawn(&m_pid, program.constData(), nullptr, nullptr, argv, environ) != 0) {
            m_pid = 0;
            return fail(error, QStringLiteral("posix_spawn %1 failed").arg(QLatin1String(program)));
        }
        const QDeadlineTimer deadline(10'000);
        while (!deadline.hasExpired()) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(250))
                return true;
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = 0;
                return fail(error, QStringLiteral("mosquitto exited with status %1").arg(status));
            }
            QTest::qWait(20); // a refused connection returns at once: pace the attempts
        }
        stop();
        return fail(error, QStringLiteral("mosquitto did not accept connections"));
    }

    void stop()
    {
        if (m_pid == 0)
            return;
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = 0;
    }

    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port); }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    QTemporaryDir m_dir;
    pid_t m_pid = 0;
    quint16 m_port = 0;
};

} // namespace OhMqttTest
