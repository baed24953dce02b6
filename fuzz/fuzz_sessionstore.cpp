// Fuzz target: MqttSqliteSessionStore opening a damaged or hostile SQLite file and loading it.
#include <OhMqtt/mqttsqlitesessionstore.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdir.h>
#include <QtCore/qdiriterator.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qloggingcategory.h>
#include <QtCore/qtemporarydir.h>
#include <QtSql/qsqldatabase.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace OhMqtt;

namespace {

// The client identifier make-corpus.py records in its seed files.
const QString ClientId = QStringLiteral("fuzz");

// Removed at exit. On tmpfs when there is one: a Durable store waits for the disk at each commit.
std::optional<QTemporaryDir> directory;

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// The store either fails to open, saying why, or opens and gives what the file holds; a commit
// of what it read works on a file it accepted.
void load(const QString &path)
{
    MqttSqliteSessionStore store(path);
    MqttError error;
    if (!store.open(ClientId, &error)) {
        if (error.isNull())
            std::abort(); // a refusal must say why
        if (!store.outgoing().isEmpty() || !store.incoming().isEmpty())
            std::abort(); // a store that failed to open reads as empty
        return;
    }
    const QList<MqttStoredMessage> outgoing = store.outgoing();
    const QList<quint16> incoming = store.incoming();
    // Write back what was read, as a client resuming the session does, and read it again.
    for (const MqttStoredMessage &message : outgoing)
        store.addOutgoing(message);
    if (!incoming.isEmpty())
        store.removeIncoming(incoming.front());
    store.commit(&error); // may fail on a damaged file; must not crash
    store.outgoing();
    store.incoming();
}

// The files of the temporary directory this process holds open (the sanitizers' symbolizer and
// Qt's event dispatcher hold pipes: not counted).
QStringList openStoreFiles()
{
    QStringList files;
    const QString prefix = directory->path() + u'/';
    for (QDirIterator it(QStringLiteral("/proc/self/fd"), QDir::AllEntries | QDir::System);
         it.hasNext();) {
        const QString target = QFileInfo(it.next()).symLinkTarget();
        if (target.startsWith(prefix))
            files.append(target);
    }
    return files;
}

// What a store holds goes with it: its Qt Sql connection, and (checked now and then, it costs a
// directory listing) its files.
void checkNothingLeft()
{
    static quint64 runs = 0;
    if (!QSqlDatabase::connectionNames().isEmpty()) {
        std::fprintf(stderr, "fuzz_sessionstore: a destroyed store left its Qt Sql connection\n");
        std::abort();
    }
    if (++runs % 256 != 0)
        return;
    if (const QStringList files = openStoreFiles(); !files.isEmpty()) {
        std::fprintf(stderr, "fuzz_sessionstore: a destroyed store left files open: %s\n",
                     qPrintable(files.join(u", ")));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt Sql finds its driver plugin through the application.
    static QCoreApplication application(*argc, *argv);
    // A damaged row is reported with a warning per row: too much output at this speed.
    QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.*=false\nqt.sql.*=false"));
    const QString parent =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    directory.emplace(parent + QStringLiteral("/ohmqtt-fuzz-XXXXXX"));
    if (!directory->isValid()) {
        std::fprintf(stderr, "fuzz_sessionstore: no temporary directory\n");
        std::abort();
    }
    // Loads the driver and whatever it caches once, so that it is not counted as a leak.
    const QString path = directory->filePath(QStringLiteral("warm-up.db"));
    load(path);
    removeFiles(path);
    return 0;
}

// Input: the database file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = directory->filePath(QStringLiteral("session.db"));
    removeFiles(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz_sessionstore: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    file.close();
    load(path);
    removeFiles(path);
    checkNothingLeft();
    return 0;
}
