#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <string>
#include <vector>

namespace ss {

// Runs the catalog queries of one inspection: forward-only, counted (so tests can tell a cached inspection
// from a real one), the first failure kept with what the query was for.
class CatalogSession {
public:
    explicit CatalogSession(QSqlDatabase& db) : m_db(db) {}

    // Runs `sql`, calling onRow for every row. False when the query failed (see error()).
    bool each(const char* purpose, const QString& sql, const std::function<void(const QSqlQuery&)>& onRow);
    // The same with `bound` bound to the query's `?` placeholders in order.
    bool each(const char* purpose, const QString& sql, const QVariantList& bound,
              const std::function<void(const QSqlQuery&)>& onRow);

    int queries() const { return m_queries; }
    const std::string& error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    int m_queries = 0;
    std::string m_error;
};

// Column i of the current row as UTF-8 text (empty for NULL).
std::string textAt(const QSqlQuery& q, int i);

// "{1,3}" (an int2[] as text) or "1 3" (an int2vector as text) -> {1, 3}.
std::vector<int> numberList(const std::string& text);

}  // namespace ss
