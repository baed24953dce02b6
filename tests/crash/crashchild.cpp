// The crash suite's child process (see crashchild.h).
#include "crashchild.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qcoreapplication.h>

#include <cstdio>

using namespace OhMqtt;

namespace CrashChild {

namespace {

constexpr int Window = 50;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the suite reads it before the kill, or never
}

class Publisher
{
public:
    Publisher(MqttClient &client, QoS qos, qint64 first)
        : m_client(client)
        , m_qos(qos)
        , m_next(first)
    { }

    void publishOne()
    {
        const qint64 number = m_next++;
        const QByteArray payload = QByteArray::number(number);
        auto handle = m_client.publish(QStringLiteral("crash/%1").arg(number % 16), payload, m_qos);
        QObject::connect(handle.get(), &MqttPublishHandle::stored, handle.get(),
                         [payload] { say("stored " + payload); });
        handle->onFinished(&m_client, [this, handle, payload] {
            if (handle->isFailed()) // a refusal, which ends the message: say it
                std::fprintf(stderr, "crash child: %s failed: %s\n", payload.constData(),
                             qPrintable(handle->error().message()));
            publishOne();
        });
    }

private:
    MqttClient &m_client;
    QoS m_qos;
    qint64 m_next;
};

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() != 7) {
        std::fputs("crash child: mode url clientId database qos first durability\n", stderr);
        return 2;
    }
    const QString mode = arguments.at(0);
    MqttConnectOptions options;
    options.setAddress(arguments.at(1));
    options.setClientId(arguments.at(2));
    options.setCleanStart(false);
    ConnectProperties properties;
    properties.setSessionExpiryInterval(3600);
    options.setConnectProperties(properties);
    options.setReconnectDelay(100);

    MqttClient client;
    client.setSessionDatabase(arguments.at(3),
                              arguments.at(6) == QLatin1StringView("fast")
                                  ? MqttSqliteSessionStore::Durability::Fast
                                  : MqttSqliteSessionStore::Durability::Durable);
    QObject::connect(&client, &MqttClient::errorOccurred, [](const MqttError &error) {
        std::fprintf(stderr, "crash child: %s\n", qPrintable(error.message()));
    });
    Publisher publisher(client, QoS(arguments.at(4).toInt()), arguments.at(5).toLongLong());
    bool started = false;
    QObject::connect(&client, &MqttClient::brokerConnected, [&](const MqttConnectResult &result) {
        if (qEnvironmentVariableIsSet("OHMQTT_CRASH_DEBUG"))
            std::fprintf(stderr, "crash child %lld: connected, session present %d\n",
                         QCoreApplication::applicationPid(), int(result.isSessionPresent()));
        say("ready");
        if (std::exchange(started, true))
            return;
        if (mode == QLatin1StringView("publish")) {
            for (int i = 0; i < Window; ++i)
                publisher.publishOne();
        } else if (mode == QLatin1StringView("subscribe")) {
            MqttSubscribeOptions subscription;
            subscription.setMaximumQoS(QoS::Q2);
            auto handle = client.subscribe(QStringLiteral("crash/#"), subscription);
            handle->onFinished(&client, [handle] {
                if (handle->isAcknowledged())
                    say("subscribed");
            });
        }
    });
    if (mode == QLatin1StringView("subscribe")) {
        QObject::connect(&client, &MqttClient::messageReceived,
                         [](const MqttMessage &message) { say("got " + message.payload()); });
    }
    if (!client.connectToBroker(options))
        return 1;
    return QCoreApplication::exec();
}

} // namespace CrashChild
