#pragma once

#include "core/sql/migration.h"

#include <QSqlDatabase>
#include <QString>

// Runs a migration the way dbx apply runs it: the statements before the transaction, the body in one
// transaction where the dialect's DDL is transactional, then the statements after; a check statement that
// returns a row fails the migration. Returns an empty string, or the failing statement with the database's error.
QString applyMigration(QSqlDatabase& db, const ss::Migration& migration);

// Runs one statement; returns an empty string or the error.
QString execSql(QSqlDatabase& db, const QString& sql);
