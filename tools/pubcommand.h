// PubCommand: `ohmqtt pub` — connect, publish one message (--repeat: several times; -l: one per
// line of standard input), disconnect.
#pragma once

#include "clientcommand.h"
#include "stdinreader.h"

#include <QtCore/qtimer.h>

#include <deque>
#include <memory>

namespace OhMqtt::Cli {

// pub -l without a connection: lines read and handed to the library's offline queue, at most.
inline constexpr int OfflineWindow = 1000;

// Exits 0 once every message has finished its QoS flow (PUBACK for QoS 1, PUBCOMP for QoS 2; for
// QoS 0 once written) and the client has disconnected; 1 when a publish fails.
// -l keeps reconnecting (ClientCommand): while the connection is down standard input is still
// read, and the lines wait in the library's offline queue (up to OfflineWindow); QoS 1 and 2
// messages not acknowledged go out again after the reconnect [MQTT-4.4.0-1]. A message the
// connection's end cost (QoS 0 not yet written, QoS 2 in a session the broker did not keep) is
// reported and pub goes on, to exit 1 at the end; a refused one ends pub at once, as before.
class PubCommand : public ClientCommand
{
    Q_OBJECT

public:
    explicit PubCommand(const Options &options, QObject *parent = nullptr);
    ~PubCommand() override;

protected:
    bool prepare() override;
    void onConnected() override;
    void onConnectionLost() override;
    void onReconnected(bool sessionPresent) override;
    void onTerminationRequested() override;

private:
    void publishCopy();
    void publishLines();
    int window() const;
    void send(const QByteArray &payload);
    void watchOldest();
    void collectFinished();
    void collectEnded();
    void finishWhenDone();

    QByteArray m_payload; // -m, -n, -f and -s
    int m_copiesSent = 0; // of m_payload, for --repeat
    QTimer m_repeatTimer; // --repeat-delay
    std::unique_ptr<StdinLineReader> m_lines; // -l
    // Publishes not yet collected, oldest first. Only the oldest is watched, and what has ended
    // is collected when the event loop is about to wait: one connection per burst of
    // acknowledgements (the library ends a whole read's worth at once), not one per message.
    std::deque<MqttPublishHandlePtr> m_inFlight;
    bool m_watching = false;
    bool m_collectPending = false; // the oldest ended: collect at the next aboutToBlock()
    bool m_inputEnded = false;
    int m_lost = 0; // messages the end of a connection cost (-l, reconnecting)
};

} // namespace OhMqtt::Cli
