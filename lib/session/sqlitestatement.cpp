// SqliteStatement: sqlite3_prepare_v3, bind, step and reset, with SQLite's message on failure.
#include "session/sqlitestatement.h"

#include <QtCore/qvariant.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqldriver.h>

#include <sqlite3.h>

#include <cstring>

namespace OhMqtt {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(sqlite3 *database, QByteArrayView sql)
{
    finalize();
    m_database = database;
    // PERSISTENT: the statement lives as long as the store is open and runs thousands of times.
    const int status = sqlite3_prepare_v3(database, sql.data(), int(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (status != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(database));
        finalize();
        return false;
    }
    return true;
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_statement); // a no-op on null
    m_statement = nullptr;
}

SqliteStatement &SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int parameter, QByteArrayView blob)
{
    // A null pointer would bind NULL: an empty blob is still a blob.
    static const char empty = 0;
    sqlite3_bind_blob64(m_statement, parameter, blob.isEmpty() ? &empty : blob.data(),
                        sqlite3_uint64(blob.size()), SQLITE_STATIC);
    return *this;
}

bool SqliteStatement::run()
{
    int status = sqlite3_step(m_statement);
    while (status == SQLITE_ROW)
        status = sqlite3_step(m_statement);
    if (status != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // the blob's pointer is not valid beyond this run
    return status == SQLITE_DONE;
}

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace OhMqtt
