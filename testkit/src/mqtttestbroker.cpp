// MqttTestBroker: runs mosquitto from a temporary directory and waits until it accepts
// connections.
#include <OhMqttTest/mqtttestbroker.h>

#include "mosquittoconfig.h"
#include "tools.h"

#include <OhMqttTest/mqtttestcertificates.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qlocalsocket.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#include <algorithm>
#include <vector>

namespace OhMqtt {

using namespace TestKit;

namespace {

constexpr int BindConflictAttempts = 5; // another process may take the port between probe and bind
constexpr int ConnectAttemptTimeoutMs = 250;
constexpr int ExitCheckTimeoutMs = 20; // also paces the connection attempts

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class MqttTestBrokerPrivate
{
public:
    explicit MqttTestBrokerPrivate(MqttTestBroker::Options brokerOptions)
        : options(std::move(brokerOptions))
    { }

    bool fail(const QString &message)
    {
        error = message;
        return false;
    }
    QString filePath(const QString &name) const { return dir ? dir->filePath(name) : QString(); }
    bool prepare();
    bool allocatePorts();
    bool launch();
    bool waitUntilAccepting();
    QString listenerNames() const;

    MqttTestBroker::Options options;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> process;
    BrokerLayout layout;
    QString error;
    MqttTestBroker *q = nullptr;
};

MqttTestBroker::MqttTestBroker()
    : MqttTestBroker(Options {})
{ }

MqttTestBroker::MqttTestBroker(Options options)
    : d(std::make_unique<MqttTestBrokerPrivate>(std::move(options)))
{
    d->q = this;
}

MqttTestBroker::~MqttTestBroker()
{
    stop();
}

QString MqttTestBroker::findTool(const QString &name)
{
    return TestKit::findTool(name);
}

QString MqttTestBroker::executablePath() const
{
    return TestKit::findTool(d->options.executable);
}

const MqttTestBroker::Options &MqttTestBroker::options() const
{
    return d->options;
}

QString MqttTestBroker::errorString() const
{
    return d->error;
}

quint16 MqttTestBroker::port() const
{
    return port(Listener::Tcp);
}

quint16 MqttTestBroker::port(Listener listener) const
{
    return offers(d->options, listener) ? d->layout.ports[int(listener)] : 0;
}

QString MqttTestBroker::host() const
{
    return QStringLiteral("127.0.0.1");
}

QString MqttTestBroker::url() const
{
    return url(Listener::Tcp);
}

QString MqttTestBroker::url(Listener listener) const
{
    if (!offers(d->options, listener))
        return {};
    switch (listener) {
    case Listener::Tcp:
        return QStringLiteral("mqtt://%1:%2").arg(host()).arg(port(listener));
    case Listener::Tls:
        return QStringLiteral("mqtts://%1:%2").arg(host()).arg(port(listener));
    case Listener::WebSocket:
        return QStringLiteral("ws://%1:%2/mqtt").arg(host()).arg(port(listener));
    case Listener::SecureWebSocket:
        return QStringLiteral("wss://%1:%2/mqtt").arg(host()).arg(port(listener));
    case Listener::Unix:
        return QStringLiteral("unix:") + unixSocketPath();
    }
    return {};
}

QString MqttTestBroker::unixSocketPath() const
{
    return d->options.unixSocket ? d->filePath(QStringLiteral("mosquitto.sock")) : QString();
}

QString MqttTestBroker::caCertificatePath()
{
    return MqttTestCertificates::caCertificatePath();
}

QString MqttTestBroker::configPath() const
{
    return d->filePath(QStringLiteral("mosquitto.conf"));
}

QString MqttTestBroker::logPath() const
{
    return d->filePath(QStringLiteral("mosquitto.log"));
}

QString MqttTestBroker::logText() const
{
    if (!d->dir)
        return {};
    QString text = readFile(logPath());
    const QString output = readFile(d->filePath(QStringLiteral("mosquitto.out")));
    if (!output.isEmpty())
        text += QStringLiteral("--- mosquitto stdout/stderr ---\n") + output;
    return text;
}

bool MqttTestBroker::isRunning() const
{
    return d->process && d->process->state() != QProcess::NotRunning;
}

qint64 MqttTestBroker::processId() const
{
    return isRunning() ? d->process->processId() : 0;
}

bool MqttTestBroker::start()
{
    if (isRunning())
        return true;
    d->error.clear();
    if (!d->prepare())
        return false;
    for (int attempt = 0; attempt < BindConflictAttempts; ++attempt) {
        if (!d->allocatePorts())
            return false;
        if (d->launch())
            return true;
        // Only a lost race for the port is worth another port; anything else will not improve.
        if (!logText().contains(QLatin1String("Address already in use")))
            break;
    }
    return false;
}

bool MqttTestBroker::restart()
{
    stop();
    d->error.clear();
    if (!d->dir)
        return start();
    return d->launch();
}

void MqttTestBroker::stop()
{
    if (!d->process)
        return;
    if (d->process->state() != QProcess::NotRunning) {
        d->process->terminate();
        if (!d->process->waitForFinished(d->options.stopTimeoutMs)) {
            d->process->kill();
            d->process->waitForFinished(d->options.stopTimeoutMs);
        }
    }
    d->process.reset();
}

void MqttTestBroker::kill()
{
    if (!d->process)
        return;
    if (d->process->state() != QProcess::NotRunning) {
        d->process->kill();
        d->process->waitForFinished(d->options.stopTimeoutMs);
    }
    d->process.reset();
}

// What start() needs before the first launch: the program, certificates, a directory, users.
bool MqttTestBrokerPrivate::prepare()
{
    if (q->executablePath().isEmpty())
        return fail(notInstalled(options.executable, QStringLiteral("mosquitto")));
    bool anyListener = false;
    for (int i = 0; i < ListenerCount; ++i)
        anyListener = anyListener || offers(options, MqttTestBroker::Listener(i));
    if (!anyListener)
        return fail(QStringLiteral("MqttTestBroker: no listener asked for in its Options"));
    if ((options.tls || options.secureWebSocket) && !MqttTestCertificates::isValid())
        return fail(MqttTestCertificates::errorString());
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                              QStringLiteral("/ohmqtt-broker-XXXXXX"));
        if (!dir->isValid()) {
            return fail(
                QStringLiteral("cannot create a temporary directory: %1").arg(dir->errorString()));
        }
    }
    layout.logPath = q->logPath();
    layout.unixSocketPath = q->unixSocketPath();
    layout.passwordFile = options.passwordFile;
    if (options.users.isEmpty())
        return true;
    layout.passwordFile = filePath(QStringLiteral("passwords"));
    return writePasswordFile(options.users, layout.passwordFile, &error);
}

// The ports are free when we look; mosquitto binds them a moment later, so start() retries
// with new ports if someone else was faster. The probes stay open until all are chosen, so the
// listeners never get the same port.
bool MqttTestBrokerPrivate::allocatePorts()
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    for (int i = 0; i < ListenerCount; ++i) {
        layout.ports[i] = 0;
        const auto listener = MqttTestBroker::Listener(i);
        if (listener == MqttTestBroker::Listener::Unix || !offers(options, listener))
            continue;
        auto probe = std::make_unique<QTcpServer>();
        if (!probe->listen(QHostAddress::LocalHost, 0)) {
            return fail(
                QStringLiteral("no free TCP port on 127.0.0.1: %1").arg(probe->errorString()));
        }
        layout.ports[i] = probe->serverPort();
        probes.push_back(std::move(probe));
    }
    return true;
}

bool MqttTestBrokerPrivate::launch()
{
    QFile config(q->configPath());
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        config.write(mosquittoConfig(options, layout).toUtf8()) < 0) {
        return fail(
            QStringLiteral("cannot write %1: %2").arg(q->configPath(), config.errorString()));
    }
    config.close();

    process = std::make_unique<QProcess>();
    process->setProgram(q->executablePath());
    process->setArguments({QStringLiteral("-c"), q->configPath()});
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(filePath(QStringLiteral("mosquitto.out")), QIODevice::Append);
    process->start();
    if (!process->waitForStarted(options.startTimeoutMs)) {
        return fail(
            QStringLiteral("cannot start %1: %2").arg(q->executablePath(), process->errorString()));
    }
    return waitUntilAccepting();
}

QString MqttTestBrokerPrivate::listenerNames() const
{
    QStringList names;
    for (int i = 0; i < ListenerCount; ++i) {
        if (offers(options, MqttTestBroker::Listener(i)))
            names << q->url(MqttTestBroker::Listener(i));
    }
    return names.join(QStringLiteral(", "));
}

// Polls with real connection attempts rather than sleeping: ready means a client can connect
// to every listener. Listeners that accepted once are not tried again.
bool MqttTestBrokerPrivate::waitUntilAccepting()
{
    const QDeadlineTimer deadline(options.startTimeoutMs);
    std::array<bool, ListenerCount> ready {};
    for (int i = 0; i < ListenerCount; ++i)
        ready[i] = !offers(options, MqttTestBroker::Listener(i));
    while (!deadline.hasExpired()) {
        if (process->state() == QProcess::NotRunning) {
            return fail(QStringLiteral("mosquitto exited with code %1 before accepting "
                                       "connections on %2:\n%3")
                            .arg(process->exitCode())
                            .arg(listenerNames(), q->logText()));
        }
        const int timeout =
            int(std::clamp<qint64>(deadline.remainingTime(), 1, ConnectAttemptTimeoutMs));
        for (int i = 0; i < ListenerCount; ++i) {
            if (ready[i])
                continue;
            if (MqttTestBroker::Listener(i) == MqttTestBroker::Listener::Unix) {
                QLocalSocket socket;
                socket.connectToServer(layout.unixSocketPath);
                ready[i] = socket.waitForConnected(timeout);
                socket.abort();
            } else {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, layout.ports[i]);
                ready[i] = socket.waitForConnected(timeout);
                socket.abort();
            }
        }
        if (std::all_of(ready.begin(), ready.end(), [](bool accepting) { return accepting; }))
            return true;
        // A refused connection returns at once; waiting for an early exit paces the loop.
        process->waitForFinished(ExitCheckTimeoutMs);
    }
    const QString message = QStringLiteral("mosquitto did not accept connections on all of %1 "
                                           "within %2 ms:\n%3")
                                .arg(listenerNames())
                                .arg(options.startTimeoutMs)
                                .arg(q->logText());
    q->stop();
    return fail(message);
}

} // namespace OhMqtt
