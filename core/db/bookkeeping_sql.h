#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ss {

// Helpers for the statements of the tables dbx keeps inside a database (the ledger, the proposals' review):
// their shapes are written once with {name} placeholders and quoted by the connection's dialect.

// Replaces every {name} in `shape` by the dialect's quoting of name.
std::string quoteNames(std::string shape, const std::function<std::string(const char*)>& quote);
// "a", "b" -> the quoted names joined by ", ".
std::string columnList(const std::vector<const char*>& columns, const std::function<std::string(const char*)>& quote);
// "?, ?, ?" for n values.
std::string placeholders(std::size_t n);
// An empty text bound as SQL NULL (a null of string type, which every driver binds).
QVariant nullIfEmpty(const std::string& text);
// Column `column` of the query's current row, as text.
std::string columnText(const QSqlQuery& query, int column);

}  // namespace ss
