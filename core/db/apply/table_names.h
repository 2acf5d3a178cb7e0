#pragma once

#include "core/sql/dialect.h"

#include <QSqlDatabase>

#include <set>
#include <string>

namespace ss {

// The base tables of the connection's schema (PostgreSQL: the current schema; MySQL: the current database;
// SQLite: main), lower-cased so that a lookup ignores case as the planner does. Returns an empty string or the error.
std::string readTableNames(QSqlDatabase& db, Dialect dialect, std::set<std::string>& out);

}  // namespace ss
