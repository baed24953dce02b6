// MosquittoBroker: the test kit's MqttTestBroker with this project's policy on a missing tool
// (a failure, or a skip with OHMQTT_ALLOW_SKIP=1) and its older error-out-parameter calls.
#pragma once

#include "support/externaltools.h"

#include <OhMqttTest/mqtttestbroker.h>

#include <QtCore/qlist.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qtemporarydir.h>

#include <array>
#include <memory>
#include <utility>

namespace OhMqttTest {

class MosquittoBroker : public OhMqtt::MqttTestBroker
{
public:
    using MqttTestBroker::MqttTestBroker;
    using MqttTestBroker::restart;
    using MqttTestBroker::start;

    // mosquitto on PATH or in the sbin directories; empty when not installed.
    static QString executablePath() { return findTool(QStringLiteral("mosquitto")); }
    // checkTools(brokerTools()), for initTestCase(): when something is missing it records a test
    // failure naming it (or, with OHMQTT_ALLOW_SKIP=1, prints the skip marker) and returns false,
    // so the caller's QSKIP leaves a failed suite unless skipping was asked for.
    static bool isAvailable() { return checkTools(brokerTools()); }

    // start() and restart(), with errorString() in `*error` when they fail.
    bool start(QString *error) { return withError(MqttTestBroker::start(), error); }
    bool restart(QString *error) { return withError(MqttTestBroker::restart(), error); }

private:
    bool withError(bool ok, QString *error) const
    {
        if (!ok && error)
            *error = errorString();
        return ok;
    }
};

} // namespace OhMqttTest

// First line of a test function that needs a real broker, for suites that mix broker tests with
// tests that need none (those then run without mosquitto): ends the function as a failure when
// mosquitto or one of its tools is missing (a skip with OHMQTT_ALLOW_SKIP=1), else starts
// `broker`, a std::unique_ptr<MosquittoBroker>, unless it already exists.
#define OHMQTT_REQUIRE_BROKER(broker)                                                              \
    do {                                                                                           \
        OHMQTT_REQUIRE_TOOLS(OhMqttTest::brokerTools());                                           \
        if (!broker) {                                                                             \
            auto started = std::make_unique<OhMqttTest::MosquittoBroker>();                        \
            QVERIFY2(started->start(), qPrintable(started->errorString()));                        \
            broker = std::move(started);                                                           \
        }                                                                                          \
    } while (false)
