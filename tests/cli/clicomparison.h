// CliComparison: what the suites share that run ohmqtt beside mosquitto_pub and mosquitto_sub on
// one broker: the programs, their command lines, and subscribers started side by side.
#pragma once

#include "cli/toolprocess.h"
#include "support/mosquittobroker.h"

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <memory>

namespace OhMqttTest {

// ohmqtt sub and mosquitto_sub with the same options, each with its own client id.
struct SubscriberPair
{
    std::unique_ptr<ToolProcess> ohmqtt;
    std::unique_ptr<ToolProcess> mosquitto;
    QString ohmqttId;
    QString mosquittoId;
};

class CliComparison
{
public:
    explicit CliComparison(const QString &tool)
        : m_tool(tool)
    { }

    // For initTestCase(), after OHMQTT_REQUIRE_TOOLS(brokerTools()): finds mosquitto_pub and
    // mosquitto_sub as the broker fixture does (PATH, then the sbin directories) and starts the
    // broker. Returns what went wrong, or nothing.
    QString start(const MosquittoBroker::Options &options = {});

    const QString &tool() const { return m_tool; }
    const QString &mosquittoPub() const { return m_mosquittoPub; }
    const QString &mosquittoSub() const { return m_mosquittoSub; }
    MosquittoBroker &broker() { return *m_broker; }

    QString unique(const QString &stem)
    {
        return QStringLiteral("%1-%2").arg(stem).arg(++m_counter);
    }
    // -h, -p and -V for the broker, then `more`: ohmqtt and mosquitto's clients take the same
    // (mosquitto reads "5" and "311" for -V too).
    QStringList at(const QString &version, const QStringList &more) const;
    // "pub" or "sub", then at().
    QStringList ohmqtt(const QString &command, const QString &version,
                       const QStringList &more) const;

    // Starts both subscribers with at(version, arguments) and -i, and waits until the broker's
    // log shows each subscribed to `filters` at `qos`. Returns what went wrong, or nothing.
    QString startPair(SubscriberPair &pair, const QString &version, const QStringList &arguments,
                      const QStringList &filters, int qos = 0);
    // Waits for both to exit; returns what went wrong (one did not succeed), or nothing.
    QString finishPair(SubscriberPair &pair, ToolResult *ohmqtt, ToolResult *mosquitto);

    // How the program ended, its output, and the end of the broker's log.
    QString failure(const ToolResult &result) const;

private:
    QString m_tool;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
    std::unique_ptr<MosquittoBroker> m_broker;
    int m_counter = 0;
};

} // namespace OhMqttTest
