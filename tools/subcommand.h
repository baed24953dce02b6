// SubCommand: `ohmqtt sub` — subscribe to every -t filter and print messages until told to stop.
#pragma once

#include "clientcommand.h"

#include <QtCore/qtimer.h>

namespace OhMqtt::Cli {

// Stops after -C messages (exit 0), at the -W timeout (exit 27, "Timed out" on stderr), on
// SIGINT/SIGTERM (exit 0), or when the broker refuses every filter or the connection fails (1).
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
    void onMessage(const MqttMessage &message);
    void print(const MqttMessage &message);
    void onRefused(const QString &filter, const MqttSubscribeHandle &handle);
    void onTimeout();

    QTimer m_timeout; // -W
    int m_received = 0;
    int m_refused = 0;
};

} // namespace OhMqtt::Cli
