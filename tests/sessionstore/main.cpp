// The session store suite; with --crash-child the binary is the child that crashes on purpose,
// with --holding-child the child that keeps a store open.
#include "storetesting.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qstringlist.h>

#include <cstring>

int runSessionStoreTests(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], StoreTesting::CrashChildFlag) == 0)
        return StoreTesting::runCrashChild(app.arguments().mid(2));
    if (argc > 1 && std::strcmp(argv[1], StoreTesting::HoldingChildFlag) == 0)
        return StoreTesting::runHoldingChild(app.arguments().mid(2));
    return runSessionStoreTests(argc, argv);
}
