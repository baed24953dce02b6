// SqliteStatement: a prepared statement on the SQLite connection of a QSqlDatabase, bound and run
// through SQLite's own API.
#pragma once

#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>

struct sqlite3;
struct sqlite3_stmt;

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace OhMqtt {

// The session store's writes run once per message. QSqlQuery names a placeholder per bound value
// with QString::arg and wraps each in a QVariant: that cost as much as SQLite's insert itself.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // False with errorText() set when SQLite cannot compile `sql` (e.g. a foreign schema).
    bool prepare(sqlite3 *database, QByteArrayView sql);
    void finalize();

    // Parameters count from 1, as in SQL. The blob is used, not copied: run() before it goes.
    SqliteStatement &bind(int parameter, qint64 value);
    SqliteStatement &bind(int parameter, QByteArrayView blob);
    // Steps to the end, then resets and unbinds the statement for its next use.
    bool run();

    QString errorText() const { return m_error; }

private:
    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// The connection under a QSqlDatabase of the QSQLITE driver; null for any other.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

} // namespace OhMqtt
