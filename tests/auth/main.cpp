// The auth suite: SCRAM-SHA-256 messages, the engine's AUTH rules, MqttClient against a broker.
#include "auth/tests.h"

#include <QtCore/qcoreapplication.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const auto run : {runScramTests, runAuthEngineTests, runAuthClientTests})
        failures += run(argc, argv);
    return failures == 0 ? 0 : 1;
}
