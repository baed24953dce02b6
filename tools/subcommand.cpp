// Subscribes, then filters and prints each message as mosquitto_sub does; -C, -E, -W end it.
#include "subcommand.h"

#include "output.h"
#include "refusal.h"

#include <OhMqtt/mqtttopic.h>

#include <algorithm>
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

// As mosquitto_sub: every SUBSCRIBE first, then the UNSUBSCRIBEs of -U.
void SubCommand::onConnected()
{
    m_answered = 0;
    for (const QString &filter : options().topics)
        subscribe(filter);
    for (const QString &filter : options().unsubscribeFilters)
        unsubscribe(filter);
}

void SubCommand::subscribe(const QString &filter)
{
    MqttSubscribeOptions subscribeOptions;
    subscribeOptions.setMaximumQoS(options().qos);
    subscribeOptions.setSubscriptionIdentifier(
        options().subscribeProperties.subscriptionIdentifier().value_or(0)); // 0: none
    subscribeOptions.setUserProperties(options().subscribeProperties.userProperties());
    // -R: with MQTT 5.0 the broker need not send retained messages at all, as mosquitto_sub asks.
    if (options().skipRetained && options().protocolVersion == ProtocolVersion::V5)
        subscribeOptions.setRetainPolicy(RetainPolicy::Never);
    const MqttSubscribeHandlePtr handle = client().subscribe(filter, subscribeOptions);
    handle->onFinished(this, [this, filter, weak = handle.toWeakRef()] {
        const MqttSubscribeHandlePtr done = weak.toStrongRef();
        if (done && done->isFailed() && wasCutShort(*done)) {
            subscribe(filter); // waits for the next connection
            return;
        }
        if (done && done->isFailed())
            onRefused(filter, *done);
        onAnswered();
    });
}

// The library renews granted subscriptions after a reconnect, but a SUBSCRIBE the connection's
// end left unanswered fails (the connection is down by the time its failure is told); asking
// again keeps the filter. A failure with the connection up (a refusal, the broker's limits) is
// final.
bool SubCommand::wasCutShort(const MqttSubscribeHandle &handle) const
{
    return reconnects() && !isFinishing() && handle.result().isNull() && !client().isConnected();
}

// mosquitto_sub does not wait for UNSUBACK; -E here does, so that -c -U -E is done when it exits.
void SubCommand::unsubscribe(const QString &filter)
{
    const MqttUnsubscribeHandlePtr handle = client().unsubscribe(filter);
    handle->onFinished(this, [this, filter, weak = handle.toWeakRef()] {
        const MqttUnsubscribeHandlePtr done = weak.toStrongRef();
        if (done && done->isFailed() && !isFinishing()) {
            printError(QStringLiteral("unsubscribe from '%1' %2")
                           .arg(filter, unsubscribeFailureText(*done, options().protocolVersion)));
        }
        onAnswered();
    });
}

void SubCommand::onAnswered()
{
    const qsizetype requests = options().topics.size() + options().unsubscribeFilters.size();
    if (++m_answered == requests && options().exitAfterSubscribe && !isFinishing())
        stopWhenRemoved();
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

// mosquitto_sub's my_message_callback(), step for step.
void SubCommand::onMessage(const MqttMessage &message)
{
    if (isFinishing() || m_stopping)
        return;
    const Options &o = options();
    if (o.retainedOnly && !message.retain()) {
        stopWhenRemoved();
        return;
    }
    if ((message.retain() && o.skipRetained) || isFilteredOut(message.topic()))
        return;
    if (o.removeRetained && message.retain())
        removeRetained(message.topic());
    print(message);
    if (o.messageCount > 0 && ++m_received >= o.messageCount)
        stopWhenRemoved();
}

bool SubCommand::isFilteredOut(const QString &topic) const
{
    const QStringList &filters = options().filterOut;
    return std::any_of(filters.cbegin(), filters.cend(),
                       [&](const QString &filter) { return matchTopicFilter(filter, topic); });
}

// Straight into the output queue: no text assembled per message.
void SubCommand::print(const MqttMessage &message)
{
    const Options &o = options();
    if (o.format) {
        QStringList problems;
        const QByteArray text = o.format->format(message, PrintTime::now(), &problems);
        for (const QString &problem : problems)
            printError(problem);
        writeOutput(text);
    } else if (o.verbose) {
        // mosquitto_sub -v shows an empty payload as "(null)", and with -N not at all.
        if (!message.payload().isEmpty()) {
            writeOutput(message.topic().toUtf8());
            writeOutput(" ");
            writeOutput(message.payload());
        } else if (o.endOfLine) {
            writeOutput(message.topic().toUtf8());
            writeOutput(" (null)");
        }
    } else {
        writeOutput(message.payload());
    }
    if (o.endOfLine)
        writeOutput("\n");
}

// As mosquitto_sub: an empty retained message at QoS 1 clears the topic's retained message.
void SubCommand::removeRetained(const QString &topic)
{
    const MqttPublishHandlePtr handle = client().publish(topic, {}, QoS::Q1, true);
    ++m_removing;
    handle->onFinished(this, [this, topic, weak = handle.toWeakRef()] {
        const MqttPublishHandlePtr done = weak.toStrongRef();
        if (done && done->isFailed() && !isFinishing()) {
            printError(QStringLiteral("removing the retained message of '%1' %2")
                           .arg(topic, publishFailureText(*done, options().protocolVersion)));
            m_removalFailed = true;
        }
        if (--m_removing == 0 && m_stopping)
            finishStopped();
    });
}

// mosquitto_sub stops taking messages here, and (2.0.11) never exits once it sent a removal;
// ohmqtt waits for their acknowledgements, then disconnects.
void SubCommand::stopWhenRemoved()
{
    m_stopping = true;
    if (m_removing == 0)
        finishStopped();
}

// mosquitto_sub ignores a refused removal; ohmqtt says so, and does not exit with 0.
void SubCommand::finishStopped()
{
    finish(m_removalFailed ? ErrorExitCode : SuccessExitCode);
}

void SubCommand::onTimeout()
{
    if (isFinishing())
        return;
    writeErrorText(QStringLiteral("Timed out\n"));
    finish(TimeoutExitCode);
}

} // namespace OhMqtt::Cli
