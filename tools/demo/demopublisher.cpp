#include "demopublisher.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qtextstream.h>

using namespace OhMqtt;

namespace OhMqttDemo {

DemoPublisher::DemoPublisher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoPublisher::publishRound);
    connect(&m_client, &MqttClient::brokerConnected, this, [this] {
        QTextStream(stdout) << "ohmqtt-demo: connected to " << m_options.url << Qt::endl;
        if (!m_retainedSent) {
            m_retainedSent = true;
            for (const SampleMessage &message : m_site.retainedState())
                publish(message);
            publishRound();
        }
        m_timer.start();
    });
    connect(&m_client, &MqttClient::errorOccurred, this, [this](const MqttError &error) {
        QTextStream(stderr) << "ohmqtt-demo: " << error.message() << Qt::endl;
        if (m_client.state() == MqttClient::State::Closed)
            emit finished(1);
    });
}

bool DemoPublisher::start()
{
    MqttConnectOptions options;
    options.setAddress(m_options.url);
    options.setClientId(QStringLiteral("ohmqtt-demo-%1").arg(QCoreApplication::applicationPid()));
    options.setReconnectDelay(1000);
    return m_client.connectToBroker(options);
}

void DemoPublisher::publishRound()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const SampleMessage &message : m_site.nextReadings(now))
        publish(message);
    if (m_round % m_options.snapshotEvery == 0)
        publish(m_site.cameraSnapshot(now));
    ++m_round;
    if (m_options.rounds > 0 && m_round >= m_options.rounds) {
        m_timer.stop();
        // The last round at QoS 1 ends when the broker has it: then the demo is done.
        const MqttPublishHandlePtr fence =
            m_client.publish(SampleSite::root() + QStringLiteral("/status/demo"), "done", QoS::Q1);
        fence->onFinished(this, [this, fence] {
            QTextStream(stdout) << "ohmqtt-demo: published " << m_published << " messages"
                                << Qt::endl;
            m_client.disconnectFromBroker();
            emit finished(fence->isAcknowledged() ? 0 : 1);
        });
    }
}

void DemoPublisher::publish(const SampleMessage &message)
{
    PublishProperties properties;
    if (!message.contentType.isEmpty())
        properties.setContentType(message.contentType);
    properties.addUserProperty(QStringLiteral("source"), QStringLiteral("ohmqtt-demo"));
    m_client.publish(message.topic, message.payload, QoS::Q0, message.retain, properties);
    ++m_published;
}

} // namespace OhMqttDemo
