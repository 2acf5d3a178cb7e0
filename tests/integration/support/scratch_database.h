#pragma once

#include "core/sql/dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// The connection URL of the throwaway server for a dialect: $SS_TEST_PG_URL / $SS_TEST_MYSQL_URL when set, else
// what tests/servers/*.sh wrote into $SS_TEST_SERVERS_DIR. Empty when neither says (the test then fails).
QString testServerUrl(ss::Dialect dialect);

// A fresh, empty database for one test: a file in a temporary folder for SQLite, a new database on the
// throwaway server otherwise. Dropped again when the object goes.
class ScratchDatabase {
public:
    ScratchDatabase(ss::Dialect dialect, const QString& tag);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    QSqlDatabase& db() { return m_db; }
    ss::Dialect dialect() const { return m_dialect; }
    QString databaseName() const { return m_name; }
    QString error() const { return m_error; }  // why it could not be opened; empty when it is open

private:
    QSqlDatabase connect(const QString& connectionName, const QString& database);

    ss::Dialect m_dialect;
    QString m_name;
    QString m_adminConnection;
    QString m_connection;
    QString m_error;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};
