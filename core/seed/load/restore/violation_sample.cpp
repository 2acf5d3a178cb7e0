#include "core/seed/load/restore/violation_sample.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>
#include <QVariant>

namespace ss::seed {

namespace {

std::string listOf(const std::vector<std::string>& names)
{
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

class Sampler {
public:
    explicit Sampler(DatabaseConnection& connection) : m_connection(connection), m_renderer(makeRenderer(connection.dialect())) {}

    std::string quote(const std::string& name) const { return m_renderer->quote(name); }

    std::string columns(const std::string& alias, const std::vector<std::string>& names) const
    {
        std::string out;
        for (const std::string& name : names)
            out += (out.empty() ? "" : ", ") + alias + quote(name);
        return out;
    }

    std::string notNull(const std::string& alias, const std::vector<std::string>& names) const
    {
        std::string out;
        for (const std::string& name : names)
            out += (out.empty() ? "" : " AND ") + alias + quote(name) + " IS NOT NULL";
        return out;
    }

    // Runs `select` (its first `shown` columns are `shownNames`, then `keyNames`) for the examples and, when asked
    // and there are any, `count` for their number.
    Violations run(const std::string& select, const std::vector<std::string>& shownNames, const std::vector<std::string>& keyNames,
                   const std::string& count, const std::string& suffix = {})
    {
        Violations out;
        QSqlQuery query(m_connection.db());
        query.setForwardOnly(true);
        out.error = execBound(query, QString::fromStdString(select + " LIMIT " + std::to_string(kViolationExamples)), {},
                              "looking for the offending rows");
        while (out.error.empty() && query.next()) {
            const int shown = static_cast<int>(shownNames.size());
            std::string example = "(" + listOf(shownNames) + ")=(" + values(query, 0, shown) + ")";
            if (!keyNames.empty())
                example += " in (" + listOf(keyNames) + ")=(" + values(query, shown, static_cast<int>(keyNames.size())) + ")";
            if (!suffix.empty())
                example += " in " + query.value(shown + static_cast<int>(keyNames.size())).toString().toStdString() + suffix;
            out.examples.push_back(std::move(example));
        }
        query.finish();
        out.rows = static_cast<std::int64_t>(out.examples.size());
        if (out.error.empty() && !count.empty() && !out.examples.empty()) {
            QSqlQuery total(m_connection.db());
            out.error = execBound(total, QString::fromStdString(count), {}, "counting the offending rows");
            if (out.error.empty() && total.next())
                out.rows = total.value(0).toLongLong();
        }
        return out;
    }

private:
    static std::string values(const QSqlQuery& query, int first, int count)
    {
        std::string out;
        for (int i = first; i < first + count; ++i)
            out += (i > first ? ", " : "") + (query.isNull(i) ? std::string("NULL") : query.value(i).toString().toStdString());
        return out;
    }

    DatabaseConnection& m_connection;
    std::unique_ptr<SqlRenderer> m_renderer;
};

}  // namespace

Violations foreignKeyViolations(DatabaseConnection& connection, const std::string& table, const ForeignKey& fk,
                                const std::vector<std::string>& rowKey, bool countAll, const std::string& source)
{
    Sampler s(connection);
    std::string match;
    for (std::size_t i = 0; i < fk.columns.size() && i < fk.refColumns.size(); ++i)
        match += (i ? " AND " : "") + ("p." + s.quote(fk.refColumns[i])) + " = c." + s.quote(fk.columns[i]);
    const std::string from = " FROM " + (source.empty() ? s.quote(table) + " c" : source) + " WHERE " + s.notNull("c.", fk.columns) + " AND NOT EXISTS (SELECT 1 FROM " +
                             s.quote(fk.refTable) + " p WHERE " + match + ")";
    std::string select = "SELECT " + s.columns("c.", fk.columns);
    if (!rowKey.empty())
        select += ", " + s.columns("c.", rowKey);
    return s.run(select + from, fk.columns, rowKey, countAll ? "SELECT COUNT(*)" + from : std::string());
}

std::int64_t missingKeyValues(DatabaseConnection& connection, const ForeignKey& fk, const std::string& source, std::string& error)
{
    Sampler s(connection);
    std::string match;
    for (std::size_t i = 0; i < fk.columns.size() && i < fk.refColumns.size(); ++i)
        match += (i ? " AND " : "") + ("p." + s.quote(fk.refColumns[i])) + " = d." + s.quote(fk.columns[i]);
    const std::string sql = "SELECT COUNT(*) FROM (SELECT DISTINCT " + s.columns("c.", fk.columns) + " FROM " + source + " WHERE " +
                            s.notNull("c.", fk.columns) + ") d WHERE NOT EXISTS (SELECT 1 FROM " + s.quote(fk.refTable) + " p WHERE " +
                            match + ")";
    QSqlQuery query(connection.db());
    error = execBound(query, QString::fromStdString(sql), {}, "verifying " + fk.name);
    if (error.empty() && !query.next())
        error = "verifying " + fk.name + " gave no count";
    return error.empty() ? query.value(0).toLongLong() : -1;
}

Violations duplicateValues(DatabaseConnection& connection, const std::string& table, const std::vector<std::string>& columns)
{
    Sampler s(connection);
    const std::string list = s.columns("", columns);
    const std::string grouped = " FROM " + s.quote(table) + " WHERE " + s.notNull("", columns) + " GROUP BY " + list + " HAVING COUNT(*) > 1";
    Violations out = s.run("SELECT " + list + ", COUNT(*)" + grouped, columns, {}, "SELECT COUNT(*) FROM (SELECT 1" + grouped + ") d", " rows");
    out.counted = "duplicated value";
    return out;
}

std::string violationMessage(const std::string& what, const Violations& violations)
{
    if (!violations.error.empty())
        return what + ", and " + violations.error;
    std::string out = what + ": " + std::to_string(violations.rows) + " " + violations.counted + (violations.rows == 1 ? "" : "s");
    for (std::size_t i = 0; i < violations.examples.size(); ++i)
        out += (i ? "; " : ", e.g. ") + violations.examples[i];
    return out;
}

std::vector<std::string> primaryKeyNames(const PlannedTable& table)
{
    std::vector<std::string> names;
    for (std::size_t column : table.primaryKey)
        names.push_back(table.columns[column].name);
    return names;
}

std::string describeForeignKey(const ForeignKey& fk)
{
    return (fk.name.empty() ? std::string() : fk.name + " ") + "(" + listOf(fk.columns) + ") -> " + fk.refTable + " (" +
           listOf(fk.refColumns) + ")";
}

}  // namespace ss::seed
