// Helpers shared by the client suites: unique client ids, state sequences, version rows. Public
// headers only; the transition table is in transitiontesting.h.
#pragma once

#include <OhMqtt/mqttclient.h>

#include <QtCore/qcoreapplication.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

namespace OhMqttTest {

// "ohmqtt-tst-<suite>-<pid>-<n>": distinct across suites running at once on one broker.
inline QString uniqueClientId(const char *suite)
{
    static int counter = 0;
    return QStringLiteral("ohmqtt-tst-%1-%2-%3")
        .arg(QLatin1StringView(suite))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

// The states a stateChanged spy recorded, in order: the client's, or another class's
// (states<MqttSubscription::State>(spy)).
template<typename State = OhMqtt::MqttClient::State> QList<State> states(const QSignalSpy &spy)
{
    QList<State> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<State>());
    return result;
}

// Connects `client` to `url` as `clientId` (Clean Start) and waits up to 10 s for CONNACK.
inline bool connectAndWait(OhMqtt::MqttClient &client, const QString &url, const QString &clientId,
                           OhMqtt::ProtocolVersion version = OhMqtt::ProtocolVersion::V5)
{
    OhMqtt::MqttConnectOptions options;
    options.setAddress(url);
    options.setClientId(clientId);
    options.setCleanStart(true);
    options.setProtocolVersion(version);
    return client.connectToBroker(options) && client.waitForConnected(10'000);
}

// A data column "version" with a row per protocol version.
inline void addVersionRows()
{
    QTest::addColumn<OhMqtt::ProtocolVersion>("version");
    QTest::newRow("5.0") << OhMqtt::ProtocolVersion::V5;
    QTest::newRow("3.1.1") << OhMqtt::ProtocolVersion::V311;
}

} // namespace OhMqttTest
