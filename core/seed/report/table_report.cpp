#include "core/seed/report/table_report.h"

#include "core/db/inspect/inspector.h"
#include "core/db/sql_exec.h"
#include "core/seed/value_format.h"
#include "core/sql/sql_renderer.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QTime>

#include <cmath>

namespace ss::seed {

namespace {

enum class Family { Number, Boolean, Temporal, Text, Opaque };

Family familyOf(const DataType& type)
{
    if (type.isNumeric())
        return Family::Number;
    if (type.kind == TypeKind::Boolean)
        return Family::Boolean;
    if (type.isTemporal())
        return Family::Temporal;
    if (type.isText() || type.kind == TypeKind::Uuid)
        return Family::Text;
    return Family::Opaque;  // blobs, JSON, native types: counted, not ordered
}

std::string realText(double value)
{
    std::string text;
    appendReal(text, value);
    return text;
}

std::optional<StatValue> statOf(const QVariant& value, Family family)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    StatValue stat;
    switch (value.metaType().id()) {
    case QMetaType::QDate: stat.text = value.toDate().toString(Qt::ISODate).toStdString(); break;
    case QMetaType::QTime: stat.text = value.toTime().toString(QStringLiteral("HH:mm:ss")).toStdString(); break;
    case QMetaType::QDateTime: stat.text = value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString(); break;
    case QMetaType::Double:
    case QMetaType::Float: stat.text = realText(value.toDouble()); break;
    default: stat.text = value.toString().toStdString(); break;
    }
    if (family == Family::Number || family == Family::Boolean) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            stat.number = number;
    }
    return stat;
}

class Reporter {
public:
    Reporter(DatabaseConnection& connection, const Table& table, TableReport& report)
        : m_connection(connection), m_table(table), m_report(report), m_renderer(makeRenderer(connection.dialect()))
    {
    }

    bool summarise()
    {
        const bool postgres = m_connection.dialect() == Dialect::PostgreSql;
        // PostgreSQL and DuckDB average no booleans: they count as 0 and 1.
        const bool castsBooleans = postgres || m_connection.dialect() == Dialect::DuckDb;
        std::string sql = "SELECT COUNT(*)";
        for (const Column& column : m_table.columns) {
            const Family family = familyOf(column.type);
            const std::string name = m_renderer->quote(column.name);
            const std::string value = castsBooleans && family == Family::Boolean ? "CAST(" + name + " AS INTEGER)" : name;
            const std::string distinct = postgres && family == Family::Opaque ? "CAST(" + name + " AS TEXT)" : name;
            sql += ", COUNT(" + name + "), COUNT(DISTINCT " + distinct + ")";
            if (family != Family::Opaque)
                sql += ", MIN(" + value + "), MAX(" + value + ")";
            if (family == Family::Number || family == Family::Boolean)
                sql += ", AVG(" + value + ")";
        }
        sql += " FROM " + m_renderer->quote(m_table.name);
        QSqlQuery query(m_connection.db());
        if (!run(query, sql, {}, "summarising " + m_table.name) || !query.next()) {
            if (m_report.error.empty())
                m_report.error = "summarising " + m_table.name + " returned no row";
            return false;
        }
        int field = 0;
        m_report.rows = query.value(field++).toLongLong();
        for (const Column& column : m_table.columns) {
            const Family family = familyOf(column.type);
            ColumnReport c;
            c.name = column.name;
            c.type = column.type;
            c.nonNull = query.value(field++).toLongLong();
            c.distinct = query.value(field++).toLongLong();
            c.nullRatio = m_report.rows > 0 ? static_cast<double>(m_report.rows - c.nonNull) / static_cast<double>(m_report.rows) : 0;
            if (family != Family::Opaque) {
                c.min = statOf(query.value(field++), family);
                c.max = statOf(query.value(field++), family);
            }
            if (family == Family::Number || family == Family::Boolean) {
                const QVariant mean = query.value(field++);
                if (!mean.isNull())
                    c.mean = mean.toDouble();
            }
            m_report.columns.push_back(std::move(c));
        }
        return true;
    }

    bool percentiles(const std::vector<double>& percents)
    {
        if (percents.empty())
            return true;
        return m_connection.dialect() == Dialect::PostgreSql ? orderedSetPercentiles(percents) : offsetPercentiles(percents);
    }

private:
    bool run(QSqlQuery& query, const std::string& sql, const QVariantList& values, const std::string& purpose)
    {
        query.setForwardOnly(true);
        if (std::string error = execBound(query, QString::fromStdString(sql), values, purpose); !error.empty()) {
            m_report.error = error;
            return false;
        }
        return true;
    }

    static bool hasPercentiles(Family family) { return family == Family::Number || family == Family::Temporal; }

    bool orderedSetPercentiles(const std::vector<double>& percents)
    {
        std::string sql;
        QVariantList values;
        for (const Column& column : m_table.columns) {
            const Family family = familyOf(column.type);
            if (!hasPercentiles(family))
                continue;
            for (double p : percents) {
                sql += std::string(sql.empty() ? "SELECT " : ", ") + (family == Family::Number ? "percentile_cont" : "percentile_disc") +
                       "(CAST(? AS DOUBLE PRECISION)) WITHIN GROUP (ORDER BY " + m_renderer->quote(column.name) + ")";
                values << p / 100.0;
            }
        }
        if (sql.empty())
            return true;
        QSqlQuery query(m_connection.db());
        if (!run(query, sql + " FROM " + m_renderer->quote(m_table.name), values, "computing percentiles of " + m_table.name))
            return false;
        if (!query.next())
            return true;
        int field = 0;
        for (std::size_t c = 0; c < m_table.columns.size(); ++c) {
            const Family family = familyOf(m_table.columns[c].type);
            if (!hasPercentiles(family))
                continue;
            for (double p : percents)
                if (std::optional<StatValue> value = statOf(query.value(field++), family))
                    m_report.columns[c].percentiles.push_back({p, *value});
        }
        return true;
    }

    // Numbers: interpolated between the two values around position p × (n - 1), as percentile_cont does.
    // Dates and times: the value at position ceil(p × n) - 1, as percentile_disc does.
    bool offsetPercentiles(const std::vector<double>& percents)
    {
        for (std::size_t c = 0; c < m_table.columns.size(); ++c) {
            const Column& column = m_table.columns[c];
            const Family family = familyOf(column.type);
            ColumnReport& report = m_report.columns[c];
            if (!hasPercentiles(family) || report.nonNull == 0)
                continue;
            const std::string name = m_renderer->quote(column.name);
            // The offset is a count of ours, written into the text: a prepared statement would make the MySQL
            // driver decode dates from its binary protocol, which gives empty dates with some client libraries.
            const std::string select = "SELECT " + name + " FROM " + m_renderer->quote(m_table.name) + " WHERE " + name +
                                       " IS NOT NULL ORDER BY " + name + " LIMIT " + (family == Family::Number ? "2" : "1") + " OFFSET ";
            const auto n = static_cast<double>(report.nonNull);
            for (double p : percents) {
                const double position = family == Family::Number ? p / 100.0 * (n - 1) : std::max(0.0, std::ceil(p / 100.0 * n) - 1);
                const double offset = std::floor(position);
                QSqlQuery query(m_connection.db());
                if (!run(query, select + std::to_string(static_cast<long long>(offset)), {},
                         "computing percentiles of " + m_table.name + "." + column.name))
                    return false;
                if (!query.next())
                    continue;
                std::optional<StatValue> low = statOf(query.value(0), family);
                if (!low)
                    continue;
                if (family == Family::Number && low->number && query.next()) {
                    const double high = query.value(0).toDouble();
                    const double value = *low->number + (position - offset) * (high - *low->number);
                    low = StatValue{realText(value), value};
                }
                report.percentiles.push_back({p, *low});
            }
        }
        return true;
    }

    DatabaseConnection& m_connection;
    const Table& m_table;
    TableReport& m_report;
    std::unique_ptr<SqlRenderer> m_renderer;
};

}  // namespace

TableReport reportTable(DatabaseConnection& connection, const std::string& table, const std::vector<double>& percentiles)
{
    TableReport report;
    report.table = table;
    const InspectResult inspected = inspectDatabase(connection);
    if (!inspected.ok()) {
        report.error = inspected.error;
        return report;
    }
    const Table* found = inspected.model.findTable(table);
    if (!found) {
        report.error = "the database has no table " + table;
        return report;
    }
    return reportTable(connection, *found, percentiles);
}

TableReport reportTable(DatabaseConnection& connection, const Table& table, const std::vector<double>& percentiles)
{
    TableReport report;
    report.table = table.name;
    Reporter reporter(connection, table, report);
    if (reporter.summarise())
        reporter.percentiles(percentiles);
    return report;
}

}  // namespace ss::seed
