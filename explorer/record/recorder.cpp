#include "record/recorder.h"

#include "record/recording.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtttopic.h>

#include <QtCore/qdatetime.h>

using namespace OhMqtt;

namespace OhMqttExplorer {

namespace {

// Only what a publisher sets travels in a recording.
PublishProperties publisherProperties(const PublishProperties &received)
{
    PublishProperties properties;
    properties.setPayloadFormatIndicator(received.payloadFormatIndicator());
    properties.setMessageExpiryInterval(received.messageExpiryInterval());
    properties.setContentType(received.contentType());
    properties.setResponseTopic(received.responseTopic());
    properties.setCorrelationData(received.correlationData());
    properties.setUserProperties(received.userProperties());
    return properties;
}

} // namespace

Recorder::Recorder(MqttClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_flushTimer.setInterval(500);
    connect(&m_flushTimer, &QTimer::timeout, this, &Recorder::flush);
    connect(m_client, &MqttClient::messageReceived, this, &Recorder::record);
}

Recorder::~Recorder()
{
    stop();
}

bool Recorder::start(const QString &topicFilter, const QString &path, QString *error)
{
    stop();
    if (const MqttError filterError = topicFilterError(topicFilter); !filterError.isNull()) {
        if (error)
            *error = filterError.message();
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_topicFilter = topicFilter;
    m_count = 0;
    m_clock.start();
    m_file.write(Recording::headerLine({topicFilter, QDateTime::currentMSecsSinceEpoch()}));
    m_flushTimer.start();
    emit recordingChanged(true);
    emit countChanged(0);
    return true;
}

void Recorder::stop()
{
    if (!m_file.isOpen())
        return;
    m_flushTimer.stop();
    flush();
    m_file.close();
    emit recordingChanged(false);
}

void Recorder::record(const MqttMessage &message)
{
    if (!m_file.isOpen() || !matchTopicFilter(m_topicFilter, message.topic()))
        return;
    RecordedMessage recorded;
    recorded.offsetMs = m_clock.elapsed();
    recorded.topic = message.topic();
    recorded.payload = message.payload();
    recorded.qos = message.qos();
    recorded.retain = message.retain();
    recorded.properties = publisherProperties(message.properties());
    if (m_file.write(Recording::messageLine(recorded)) < 0) {
        const QString error = tr("%1: %2").arg(m_file.fileName(), m_file.errorString());
        stop();
        emit failed(error);
        return;
    }
    ++m_count; // countChanged() comes with the next flush: a label need not follow every message
}

void Recorder::flush()
{
    if (!m_file.isOpen())
        return;
    emit countChanged(m_count);
    if (!m_file.flush()) {
        const QString error = tr("%1: %2").arg(m_file.fileName(), m_file.errorString());
        m_flushTimer.stop();
        m_file.close();
        emit recordingChanged(false);
        emit failed(error);
    }
}

} // namespace OhMqttExplorer
