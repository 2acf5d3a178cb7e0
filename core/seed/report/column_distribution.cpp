#include "core/seed/report/column_distribution.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"

#include <QDate>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ss::seed {

namespace {

class Distributor {
public:
    Distributor(DatabaseConnection& connection, const TableReport& report, const DistributionOptions& options)
        : m_connection(connection), m_report(report), m_options(options), m_renderer(makeRenderer(connection.dialect())),
          m_table(m_renderer->quote(report.table))
    {
    }

    std::string distribute(const ColumnReport& column, ColumnDistribution& out)
    {
        out.column = column.name;
        if (column.nonNull == 0 || !column.min || !column.max)
            return {};
        const DataType& type = column.type;
        if (type.isNumeric() && column.min->number && column.max->number) {
            if (column.distinct > m_options.maxDistinctAsCategories)
                return histogram(column, *column.min->number, *column.max->number, out);
            return categories(column, true, out);
        }
        if (type.kind == TypeKind::Date || type.kind == TypeKind::Timestamp || type.kind == TypeKind::TimestampTz)
            return overTime(column, out);
        const bool allDistinct = column.distinct == column.nonNull && column.distinct > m_options.topCategories;
        if (type.kind == TypeKind::Boolean || ((type.isText() || type.kind == TypeKind::Time) && !allDistinct))
            return categories(column, false, out);
        return {};
    }

private:
    std::string name(const ColumnReport& column) const { return m_renderer->quote(column.name); }

    std::string run(QSqlQuery& query, const std::string& sql, const QVariantList& values, const ColumnReport& column)
    {
        query.setForwardOnly(true);
        return execBound(query, QString::fromStdString(sql), values, "reading the distribution of " + m_report.table + "." + column.name);
    }

    std::string histogram(const ColumnReport& column, double min, double max, ColumnDistribution& out)
    {
        const int bins = std::max(1, m_options.bins);
        const double width = max > min ? (max - min) / bins : 1;
        const std::string bucket = m_connection.dialect() == Dialect::Sqlite
                                       ? "CAST((" + name(column) + " - ?) / ? AS INTEGER)"
                                       : "FLOOR((" + name(column) + " - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION))";
        QSqlQuery query(m_connection.db());
        if (std::string error = run(query, "SELECT " + bucket + ", COUNT(*) FROM " + m_table + " WHERE " + name(column) +
                                               " IS NOT NULL GROUP BY 1",
                                    {min, width}, column);
            !error.empty())
            return error;
        out.shape = ColumnDistribution::Shape::Histogram;
        out.counts.assign(static_cast<std::size_t>(bins), 0);
        for (int i = 0; i <= bins; ++i)
            out.edges.push_back(min + width * i);
        while (query.next()) {
            const auto bin = std::clamp<long long>(query.value(0).toLongLong(), 0, bins - 1);
            out.counts[static_cast<std::size_t>(bin)] += query.value(1).toLongLong();
        }
        return {};
    }

    std::string categories(const ColumnReport& column, bool byValue, ColumnDistribution& out)
    {
        QSqlQuery query(m_connection.db());
        const std::string order = byValue ? name(column) : "COUNT(*) DESC, " + name(column);
        if (std::string error = run(query, "SELECT " + name(column) + ", COUNT(*) FROM " + m_table + " WHERE " + name(column) +
                                               " IS NOT NULL GROUP BY " + name(column) + " ORDER BY " + order + " LIMIT ?",
                                    {m_options.topCategories}, column);
            !error.empty())
            return error;
        out.shape = ColumnDistribution::Shape::Categories;
        std::int64_t shown = 0;
        while (query.next()) {
            const QVariant value = query.value(0);
            std::string label = value.toString().toStdString();
            if (column.type.kind == TypeKind::Boolean)
                label = value.toBool() ? "true" : "false";
            out.labels.push_back(label);
            out.counts.push_back(query.value(1).toLongLong());
            shown += out.counts.back();
        }
        if (shown < column.nonNull) {
            out.labels.push_back("(other)");
            out.counts.push_back(column.nonNull - shown);
        }
        return {};
    }

    std::string overTime(const ColumnReport& column, ColumnDistribution& out)
    {
        const QDate first = QDate::fromString(QString::fromStdString(column.min->text.substr(0, 10)), Qt::ISODate);
        const QDate last = QDate::fromString(QString::fromStdString(column.max->text.substr(0, 10)), Qt::ISODate);
        const bool byDay = first.isValid() && last.isValid() && first.daysTo(last) <= 62;
        std::string period;
        switch (m_connection.dialect()) {
        case Dialect::Sqlite: period = "substr(" + name(column) + ", 1, " + (byDay ? "10)" : "7)"); break;
        case Dialect::PostgreSql: period = "to_char(" + name(column) + (byDay ? ", 'YYYY-MM-DD')" : ", 'YYYY-MM')"); break;
        case Dialect::MySql: period = "DATE_FORMAT(" + name(column) + (byDay ? ", '%Y-%m-%d')" : ", '%Y-%m')"); break;
        case Dialect::DuckDb: period = "strftime(" + name(column) + (byDay ? ", '%Y-%m-%d')" : ", '%Y-%m')"); break;
        }
        QSqlQuery query(m_connection.db());
        if (std::string error = run(query, "SELECT " + period + ", COUNT(*) FROM " + m_table + " WHERE " + name(column) +
                                               " IS NOT NULL GROUP BY 1 ORDER BY 1",
                                    {}, column);
            !error.empty())
            return error;
        out.shape = ColumnDistribution::Shape::OverTime;
        while (query.next()) {
            out.labels.push_back(query.value(0).toString().toStdString());
            out.counts.push_back(query.value(1).toLongLong());
        }
        return {};
    }

    DatabaseConnection& m_connection;
    const TableReport& m_report;
    const DistributionOptions& m_options;
    std::unique_ptr<SqlRenderer> m_renderer;
    std::string m_table;
};

}  // namespace

std::string columnDistributions(DatabaseConnection& connection, const TableReport& report, const DistributionOptions& options,
                                std::vector<ColumnDistribution>& out)
{
    out.clear();
    Distributor distributor(connection, report, options);
    for (const ColumnReport& column : report.columns) {
        ColumnDistribution distribution;
        if (std::string error = distributor.distribute(column, distribution); !error.empty())
            return error;
        out.push_back(std::move(distribution));
    }
    return {};
}

}  // namespace ss::seed
