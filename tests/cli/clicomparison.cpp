// Starts the broker and the subscriber pairs that the comparison suites run side by side.
#include "cli/clicomparison.h"

#include "cli/brokerlog.h"
#include "support/externaltools.h"

namespace OhMqttTest {

QString CliComparison::start(const MosquittoBroker::Options &options)
{
    m_mosquittoPub = findTool(QStringLiteral("mosquitto_pub"));
    m_mosquittoSub = findTool(QStringLiteral("mosquitto_sub"));
    const QString missing =
        missingTools({QStringLiteral("mosquitto_pub"), QStringLiteral("mosquitto_sub")});
    if (!missing.isEmpty())
        return missing;
    m_broker = std::make_unique<MosquittoBroker>(options);
    QString error;
    return m_broker->start(&error) ? QString() : error;
}

QStringList CliComparison::at(const QString &version, const QStringList &more) const
{
    return QStringList {QStringLiteral("-h"), m_broker->host(),
                        QStringLiteral("-p"), QString::number(m_broker->port()),
                        QStringLiteral("-V"), version} +
        more;
}

QStringList CliComparison::ohmqtt(const QString &command, const QString &version,
                                  const QStringList &more) const
{
    return QStringList {command} + at(version, more);
}

QString CliComparison::startPair(SubscriberPair &pair, const QString &version,
                                 const QStringList &arguments, const QStringList &filters, int qos)
{
    pair.ohmqttId = unique(QStringLiteral("ohmqtt-sub"));
    pair.mosquittoId = unique(QStringLiteral("mosquitto-sub"));
    pair.ohmqtt = std::make_unique<ToolProcess>(
        m_tool,
        ohmqtt(QStringLiteral("sub"), version,
               arguments + QStringList {QStringLiteral("-i"), pair.ohmqttId}));
    pair.mosquitto = std::make_unique<ToolProcess>(
        m_mosquittoSub,
        at(version, arguments + QStringList {QStringLiteral("-i"), pair.mosquittoId}));
    QString problem = startSubscribed(*pair.ohmqtt, *m_broker, pair.ohmqttId, filters, qos);
    if (problem.isEmpty())
        problem = startSubscribed(*pair.mosquitto, *m_broker, pair.mosquittoId, filters, qos);
    return problem;
}

QString CliComparison::finishPair(SubscriberPair &pair, ToolResult *ohmqtt, ToolResult *mosquitto)
{
    *ohmqtt = pair.ohmqtt->finish();
    *mosquitto = pair.mosquitto->finish();
    if (!ohmqtt->succeeded())
        return QStringLiteral("ohmqtt sub failed\n") + failure(*ohmqtt);
    if (!mosquitto->succeeded())
        return QStringLiteral("mosquitto_sub failed\n") + failure(*mosquitto);
    return {};
}

QString CliComparison::failure(const ToolResult &result) const
{
    return OhMqttTest::failure(result, *m_broker);
}

} // namespace OhMqttTest
