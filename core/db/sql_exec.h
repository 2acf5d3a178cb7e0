#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <string>

namespace ss {

// Prepares `sql` on `query`, binds `values` in order and runs it (without values it runs `sql` as it is). Returns an empty string, or what was being
// done (`purpose`) with the database's own error text.
std::string execBound(QSqlQuery& query, const QString& sql, const QVariantList& values, const std::string& purpose);

// The database's error text for a failed query, one line.
std::string queryError(const QSqlQuery& query);

}  // namespace ss
