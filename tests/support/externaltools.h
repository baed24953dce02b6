// The external programs the suites run (mosquitto, its clients, openssl): where they are found,
// and what a test does when one is missing — fail, or skip only when the developer asks to.
#pragma once

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>
#include <QtTest/qtest.h>

namespace OhMqttTest {

// Searched after PATH: Debian installs mosquitto in /usr/sbin, which is not on an ordinary
// user's PATH. The test kit's list (MqttTestBroker::findTool()), for messages.
QStringList systemToolDirectories();

// The absolute path of the executable `name` on PATH, else in systemToolDirectories(); empty
// when it is in neither.
QString findTool(const QString &name);

// What a suite with a real broker runs: mosquitto, mosquitto_passwd, mosquitto_pub,
// mosquitto_sub and openssl.
QStringList brokerTools();

// True when the environment has OHMQTT_ALLOW_SKIP=1: a developer's opt-in to skip what needs a
// missing tool. CI and scripts/run-tests.sh unset it.
bool skipAllowed();

// Names each of `tools` that findTool() cannot find and where it looked; empty when all are
// found.
QString missingTools(const QStringList &tools);

// The line printed when a missing tool is skipped; CTest's SKIP_REGULAR_EXPRESSION (see
// tests/CMakeLists.txt) looks for it and then shows the suite as skipped, not passed.
inline constexpr char SkipMarker[] = "OHMQTT-SKIPPED";

// In a test function: true when every one of `tools` is found. Otherwise it records a test
// failure naming what is missing and where it looked, or, with skipAllowed(), prints SkipMarker
// and that message instead; it returns false and the caller ends the test function.
bool checkTools(const QStringList &tools);

} // namespace OhMqttTest

// First line of a test function that runs `tools`: ends the function as a failure when one is
// missing, or as a skip when OHMQTT_ALLOW_SKIP=1.
#define OHMQTT_REQUIRE_TOOLS(tools)                                                                \
    do {                                                                                           \
        if (!OhMqttTest::checkTools(tools)) {                                                      \
            if (!OhMqttTest::skipAllowed())                                                        \
                return; /* the failure is recorded */                                              \
            QSKIP("a required tool is missing and OHMQTT_ALLOW_SKIP=1");                           \
        }                                                                                          \
    } while (false)
