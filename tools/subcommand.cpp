// Subscribes and prints each message (payload, -v "topic payload", or -F's format); -C, -W end it.
#include "subcommand.h"

#include "output.h"
#include "refusal.h"

#include <chrono>

namespace OhMqtt::Cli {

SubCommand::SubCommand(const Options &options, QObject *parent)
    : ClientCommand(options, parent)
{
    connect(&client(), &MqttClient::messageReceived, this, &SubCommand::onMessage);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SubCommand::onTimeout);
}

SubCommand::~SubCommand() = default;

bool SubCommand::prepare()
{
    // As mosquitto_sub's alarm(): the time counts from the start, connecting included.
    if (options().timeoutSeconds > 0)
        m_timeout.start(std::chrono::seconds(options().timeoutSeconds));
    return true;
}

void SubCommand::onConnected()
{
    for (const QString &filter : options().topics)
        subscribe(filter);
}

void SubCommand::subscribe(const QString &filter)
{
    MqttSubscribeOptions subscribeOptions;
    subscribeOptions.setMaximumQoS(options().qos);
    subscribeOptions.setSubscriptionIdentifier(
        options().subscribeProperties.subscriptionIdentifier().value_or(0)); // 0: none
    subscribeOptions.setUserProperties(options().subscribeProperties.userProperties());
    const MqttSubscribeHandlePtr handle = client().subscribe(filter, subscribeOptions);
    handle->onFinished(this, [this, filter, weak = handle.toWeakRef()] {
        const MqttSubscribeHandlePtr done = weak.toStrongRef();
        if (done && done->isFailed())
            onRefused(filter, *done);
    });
}

void SubCommand::onRefused(const QString &filter, const MqttSubscribeHandle &handle)
{
    if (isFinishing())
        return;
    printError(QStringLiteral("subscription to '%1' %2")
                   .arg(filter, subscribeFailureText(handle, options().protocolVersion)));
    if (++m_refused == options().topics.size()) {
        printError(QStringLiteral("all subscription requests were denied"));
        finish(ErrorExitCode);
    }
}

void SubCommand::onMessage(const MqttMessage &message)
{
    if (isFinishing())
        return;
    print(message);
    if (options().messageCount > 0 && ++m_received >= options().messageCount)
        finish(SuccessExitCode);
}

void SubCommand::print(const MqttMessage &message)
{
    const Options &o = options();
    QByteArray text;
    if (o.format) {
        QStringList problems;
        text = o.format->format(message, PrintTime::now(), &problems);
        for (const QString &problem : problems)
            printError(problem);
    } else if (o.verbose) {
        // mosquitto_sub -v shows an empty payload as "(null)", and with -N not at all.
        if (!message.payload().isEmpty())
            text = message.topic().toUtf8() + ' ' + message.payload();
        else if (o.endOfLine)
            text = message.topic().toUtf8() + " (null)";
    } else {
        text = message.payload();
    }
    if (o.endOfLine)
        text += '\n';
    writeOutput(text);
}

void SubCommand::onTimeout()
{
    if (isFinishing())
        return;
    writeErrorText(QStringLiteral("Timed out\n"));
    finish(TimeoutExitCode);
}

} // namespace OhMqtt::Cli
