// The crash suite; with --crash-child the binary is the client that the suite kills.
#include "crashchild.h"

#include <QtCore/qcoreapplication.h>

#include <cstring>

int runCrashTests(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], CrashChild::Flag) == 0)
        return CrashChild::run(app.arguments().mid(2));
    return runCrashTests(argc, argv);
}
