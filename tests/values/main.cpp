// The values suite: the public value types as Qt and QML see them, and the topic checks.
#include "values/tests.h"

#include <QtCore/qcoreapplication.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    // The gadget tests first: they look the types up by name before anything else in the
    // process has asked for them by type, which would register them anyway.
    for (const auto run : {runGadgetTests, runOptionsTests, runTopicCheckTests})
        failures += run(argc, argv);
    return failures == 0 ? 0 : 1;
}
