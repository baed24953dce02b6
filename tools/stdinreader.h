// StdinLineReader: standard input as lines, delivered from the event loop as they arrive.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>
#include <QtCore/qsocketnotifier.h>

#include <memory>

namespace OhMqtt::Cli {

// For `pub -l`: a line is published as soon as it is complete, so "tail -f log | ohmqtt pub -l"
// works. Lines lose their '\n' (not '\r', as in mosquitto); a last line without '\n' still counts.
class StdinLineReader : public QObject
{
    Q_OBJECT

public:
    explicit StdinLineReader(QObject *parent = nullptr);
    ~StdinLineReader() override;

    void start();
    // Paused, it reads no more of standard input (the pipe's writer then waits).
    void setPaused(bool paused);

signals:
    void lineRead(const QByteArray &line);
    void finished(); // end of input
    void failed(const QString &message);

private:
    void readAvailable();
    void end();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_pending;
    bool m_ended = false;
};

// Reads all of standard input at once, for `pub -s`; false (and `error`) when reading fails.
bool readAllStdin(QByteArray *contents, QString *error);

} // namespace OhMqtt::Cli
