// The broker suite's shared helpers.
#include "broker/brokertesting.h"

using namespace OhMqtt;

namespace OhMqttTest {

MqttConnectOptions suiteOptions(const QString &address, ProtocolVersion version)
{
    MqttConnectOptions options;
    options.setAddress(address);
    options.setClientId(uniqueClientId("broker"));
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    options.setProtocolVersion(version);
    return options;
}

bool connectTo(MqttClient &client, const MqttConnectOptions &options)
{
    return client.connectToBroker(options) && client.waitForConnected(WaitMs);
}

QString connectAll(std::initializer_list<MqttClient *> clients, const QString &address,
                   ProtocolVersion version)
{
    int index = 0;
    for (MqttClient *client : clients) {
        ++index;
        if (!connectTo(*client, suiteOptions(address, version))) {
            return QStringLiteral("client %1 of %2 not connected: %3")
                .arg(index)
                .arg(clients.size())
                .arg(client->lastError().message());
        }
    }
    return {};
}

QString uniqueTopic(const QString &what)
{
    static int counter = 0;
    return QStringLiteral("ohmqtt/tst_broker/%1/%2-%3")
        .arg(what)
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

std::unique_ptr<MosquittoBroker> startBroker(const QStringList &extraConfig, QString *error)
{
    MosquittoBroker::Options options;
    options.extraConfig = extraConfig;
    auto broker = std::make_unique<MosquittoBroker>(options);
    if (!broker->start(error))
        return nullptr;
    return broker;
}

QList<MqttMessage> messages(const QSignalSpy &spy)
{
    QList<MqttMessage> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<MqttMessage>());
    return result;
}

QList<QByteArray> payloads(const QList<MqttMessage> &messages)
{
    QList<QByteArray> result;
    for (const MqttMessage &message : messages)
        result.append(message.payload());
    return result;
}

QList<QByteArray> payloads(const QSignalSpy &spy)
{
    return payloads(messages(spy));
}

} // namespace OhMqttTest
