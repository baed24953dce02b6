// MqttMessageSpy: records the messages a client receives on a topic filter, like QSignalSpy.
#pragma once

#include <OhMqttTest/ohmqtttest_export.h>

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qlist.h>
#include <QtCore/qobject.h>

#include <memory>

namespace OhMqtt {

class MqttClient;
class MqttMessageSpyPrivate;

/// Records every message an MqttClient receives whose topic matches a filter, for a test to count
/// and inspect: QSignalSpy for MqttClient::messageReceived() with a topic filter and a wait for a
/// number of messages.
///
/// It only listens: it does not subscribe. The subscriptions are the code under test's (or the
/// test's, with MqttClient::subscribe()); a spy that subscribed by itself would change what the
/// broker sends — retained messages again, a second copy through overlapping subscriptions —
/// and so what the test checks. Make the spy before the messages can arrive: it sees only those
/// received after it was made.
///
/// \code
/// OhMqtt::MqttMessageSpy spy(&client, QStringLiteral("home/+/temperature"));
/// client.subscribe(QStringLiteral("home/#"));
/// thermostat.report(21.5);
/// QVERIFY(spy.wait(1));
/// QCOMPARE(spy.at(0).payload(), QByteArray("21.5"));
/// \endcode
///
/// The filter is matched as an MQTT topic filter ("+" and "#" wildcards, MQTT 4.7); a shared
/// subscription's "$share/<name>/" prefix is ignored. It lives in the test's thread; a client
/// running in another thread (MqttClient::startLoop()) delivers to it through queued signals.
class OHMQTTTEST_EXPORT MqttMessageSpy : public QObject
{
    Q_OBJECT

public:
    /// Records `client`'s messages whose topic matches `topicFilter` ("#": every message). An
    /// invalid filter records nothing; isValid() says so.
    explicit MqttMessageSpy(MqttClient *client, const QString &topicFilter = QStringLiteral("#"),
                            QObject *parent = nullptr);
    ~MqttMessageSpy() override; ///< stops listening

    bool isValid() const; ///< the client exists and the filter is a valid topic filter
    QString topicFilter() const; ///< as given to the constructor

    int count() const; ///< messages held
    bool isEmpty() const; ///< none held
    MqttMessage
    at(int index) const; ///< the message at `index`, oldest first (0 <= index < count())
    QList<MqttMessage> messages() const; ///< every message held, oldest first
    MqttMessage takeFirst(); ///< removes and returns the oldest; count() must not be 0
    void clear(); ///< forgets every message held

    /// Spins the event loop until count() is at least `count` (held in all, not only new ones)
    /// or `timeoutMsecs` pass; true when they are held. Returns at once when they already are,
    /// and as soon as the last one comes: no sleeping.
    bool wait(int count = 1, int timeoutMsecs = 5000);

Q_SIGNALS:
    /// A message matched the filter and is now held.
    void messageRecorded(const OhMqtt::MqttMessage &message);

private:
    std::unique_ptr<MqttMessageSpyPrivate> d;
};

} // namespace OhMqtt
