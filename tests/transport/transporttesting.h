// Helpers both transport suites share: the brokers they run, the listener rows, client ids, and
// a TLS configuration trusting the test CA.
#pragma once

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttspec.h>

#include <QtNetwork/qsslconfiguration.h>

#include <memory>

namespace OhMqttTest {

using Listener = MosquittoBroker::Listener;

struct NamedListener
{
    const char *name; // "mqtt", "mqtts", "ws", "wss", "unix": the row names
    Listener listener;
};

const QList<NamedListener> &allListeners();
bool isTls(Listener listener);

// Columns "listener" (Listener) and "version" (OhMqtt::ProtocolVersion): every listener with
// MQTT 5.0 and 3.1.1.
void addListenerVersionRows();

// Unique in this process and among concurrent test processes.
QString uniqueClientId(const QString &suite);

// Qt's default TLS configuration, trusting only the CA certificate in `caPath`.
QSslConfiguration trustingOnly(const QString &caPath);

// The two brokers of the suites: `all` offers every listener with the loopback certificate,
// `otherHost` TLS and secure WebSocket listeners with a certificate for another host name.
struct TestBrokers
{
    std::unique_ptr<MosquittoBroker> all;
    std::unique_ptr<MosquittoBroker> otherHost;

    bool start(QString *error);
};

} // namespace OhMqttTest
