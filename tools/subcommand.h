// SubCommand: `ohmqtt sub` — subscribe to every -t filter and print messages until told to stop.
#pragma once

#include "clientcommand.h"

#include <QtCore/qtimer.h>

namespace OhMqtt::Cli {

// Stops after -C messages, at the first fresh message with --retained-only, or once every
// SUBSCRIBE and UNSUBSCRIBE is answered with -E (exit 0, after the removals of
// --remove-retained are acknowledged; 1 when the broker refused one); at the -W timeout (exit 27,
// "Timed out" on stderr); on SIGINT/SIGTERM (exit 0); or when the broker refuses every filter or
// the connection fails for good (1, see ClientCommand). A lost connection is resumed: the library
// renews the subscriptions when the broker kept no session, and counts (-C, -W) go on.
class SubCommand : public ClientCommand
{
    Q_OBJECT

public:
    explicit SubCommand(const Options &options, QObject *parent = nullptr);
    ~SubCommand() override;

protected:
    bool prepare() override;
    void onConnected() override;

private:
    void subscribe(const QString &filter);
    bool wasCutShort(const MqttSubscribeHandle &handle) const;
    void unsubscribe(const QString &filter);
    void onAnswered();
    void onMessage(const MqttMessage &message);
    bool isFilteredOut(const QString &topic) const;
    void print(const MqttMessage &message);
    void removeRetained(const QString &topic);
    void onRefused(const QString &filter, const MqttSubscribeHandle &handle);
    void stopWhenRemoved();
    void finishStopped();
    void onTimeout();

    QTimer m_timeout; // -W
    int m_received = 0;
    int m_refused = 0;
    int m_answered = 0; // SUBSCRIBE and UNSUBSCRIBE requests answered, for -E
    int m_removing = 0; // --remove-retained publishes not yet acknowledged
    bool m_stopping = false; // done; waiting for m_removing to reach 0
    bool m_removalFailed = false;
};

} // namespace OhMqtt::Cli
