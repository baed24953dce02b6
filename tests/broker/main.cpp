// The broker suite: MqttClient against a real mosquitto — QoS, retained messages, subscription
// options, the broker's limits, a session across a broker crash.
#include "broker/tests.h"

#include <QtCore/qcoreapplication.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const auto run :
         {runQoSTests, runRetainTests, runSubscriptionTests, runLimitTests, runSessionTests})
        failures += run(argc, argv);
    return failures == 0 ? 0 : 1;
}
