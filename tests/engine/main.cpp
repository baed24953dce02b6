// The engine suite: lifecycle and keepalive, protocol errors, PUBLISH flows, topic aliases,
// the session across connections, reads into the decoder.
#include "engine/tests.h"

#include <QtCore/qcoreapplication.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const auto run : {runEngineTests, runProtocolErrorTests, runPublishFlowTests,
                           runTopicAliasTests, runSessionTests, runReceiveBufferTests})
        failures += run(argc, argv);
    return failures == 0 ? 0 : 1;
}
