// MqttMessageSpy: listens to MqttClient::messageReceived() and keeps the messages that match.
#include <OhMqttTest/mqttmessagespy.h>

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtttopic.h>

#include "eventwait.h"

#include <QtCore/qeventloop.h>
#include <QtCore/qpointer.h>

namespace OhMqtt {

class MqttMessageSpyPrivate
{
public:
    QPointer<MqttClient> client;
    QString topicFilter;
    QString matchFilter; // without a "$share/<name>/" prefix
    bool valid = false;
    QList<MqttMessage> messages;
};

namespace {

// "$share/<name>/<filter>" matches topics as <filter> does [MQTT-4.8.2].
QString withoutShare(const QString &topicFilter)
{
    static const QString prefix = QStringLiteral("$share/");
    if (!topicFilter.startsWith(prefix))
        return topicFilter;
    const qsizetype slash = topicFilter.indexOf(u'/', prefix.size());
    return slash < 0 ? QString() : topicFilter.mid(slash + 1);
}

} // namespace

MqttMessageSpy::MqttMessageSpy(MqttClient *client, const QString &topicFilter, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MqttMessageSpyPrivate>())
{
    d->client = client;
    d->topicFilter = topicFilter;
    d->matchFilter = withoutShare(topicFilter);
    d->valid = client && isValidTopicFilter(d->matchFilter);
    if (!d->valid)
        return;
    connect(client, &MqttClient::messageReceived, this, [this](const MqttMessage &message) {
        if (!matchTopicFilter(d->matchFilter, message.topic()))
            return;
        d->messages.append(message);
        Q_EMIT messageRecorded(message);
    });
}

MqttMessageSpy::~MqttMessageSpy() = default;

bool MqttMessageSpy::isValid() const
{
    return d->valid;
}

QString MqttMessageSpy::topicFilter() const
{
    return d->topicFilter;
}

int MqttMessageSpy::count() const
{
    return int(d->messages.size());
}

bool MqttMessageSpy::isEmpty() const
{
    return d->messages.isEmpty();
}

MqttMessage MqttMessageSpy::at(int index) const
{
    return d->messages.at(index);
}

QList<MqttMessage> MqttMessageSpy::messages() const
{
    return d->messages;
}

MqttMessage MqttMessageSpy::takeFirst()
{
    return d->messages.takeFirst();
}

void MqttMessageSpy::clear()
{
    d->messages.clear();
}

bool MqttMessageSpy::wait(int count, int timeoutMsecs)
{
    if (!d->valid)
        return count <= 0;
    return TestKit::spinUntil([this, count] { return this->count() >= count; }, timeoutMsecs,
                              [this](QEventLoop *loop) {
                                  connect(this, &MqttMessageSpy::messageRecorded, loop,
                                          &QEventLoop::quit);
                              });
}

} // namespace OhMqtt
