// StdinLineReader: standard input as lines, read in large blocks as they arrive.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>
#include <QtCore/qsocketnotifier.h>

#include <memory>
#include <optional>

namespace OhMqtt::Cli {

// For `pub -l`: a line can be published as soon as it is complete, so "tail -f log | ohmqtt pub
// -l" works. Lines lose their '\n' (not '\r', as in mosquitto); a last line without '\n' still
// counts. The reader pulls: it reads a block of standard input when the lines read so far are
// taken and it is not paused, and says so with linesAvailable(); the user takes the lines it can
// send with takeLine(). So what waits in memory is at most one block, however long the input.
class StdinLineReader : public QObject
{
    Q_OBJECT

public:
    explicit StdinLineReader(QObject *parent = nullptr);
    ~StdinLineReader() override;

    void start();
    // Paused, it reads no more of standard input (the pipe's writer then waits); unpaused, it
    // reads again once takeLine() has given every complete line read.
    void setPaused(bool paused);

    // The next complete line, or (at the end of input) the last one without '\n'; nullopt when
    // none is read yet.
    std::optional<QByteArray> takeLine();
    // Input ended and every line taken.
    bool atEnd() const { return m_ended && m_next == m_buffer.size(); }
    // Lines read and not taken yet.
    qsizetype waitingLines() const;

signals:
    void linesAvailable(); // takeLine() has lines, or atEnd() turned true
    void failed(const QString &message);

private:
    void readAvailable();
    void updateNotifier();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer; // what was read; lines before m_next were taken
    qsizetype m_next = 0;
    bool m_hasLine = false; // a '\n' at or after m_next, as far as the last takeLine() looked
    bool m_paused = false;
    bool m_ended = false;
    bool m_failed = false;
};

// Reads all of standard input at once, for `pub -s`; false (and `error`) when reading fails.
bool readAllStdin(QByteArray *contents, QString *error);

} // namespace OhMqtt::Cli
