#pragma once

// Shared by the unit tests (SQLite files) and the integration tests (the throwaway servers): loading a spec,
// planning it, creating its schema in a database and reading back what the loaders wrote.

#include "core/db/database_connection.h"
#include "core/db/schema_setup.h"
#include "core/seed/load/seed_run.h"
#include "core/seed/report/table_report.h"
#include "core/seed/seed_plan.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/sql_renderer.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

#include <string>
#include <vector>

namespace seedload {

// A database file (sqlite or duckdb scheme) in a temporary folder, created on open.
struct ScratchFile {
    QTemporaryDir dir;
    ss::DatabaseConnection connection;

    ScratchFile(const char* scheme, const char* name)
    {
        ss::OpenOptions options;
        options.createFile = true;
        const std::string error =
            ss::openDatabase(connection, std::string(scheme) + "://" + dir.filePath(name).toStdString(), {}, options);
        INFO(error);
        REQUIRE(error.empty());
    }
};

inline ss::SchemaModel specFile(const std::string& relativePath)
{
    ss::LoadResult loaded = ss::loadSchemaFile(std::string(SS_SOURCE_DIR) + "/" + relativePath);
    REQUIRE(loaded.ok());
    return loaded.model;
}

inline ss::SchemaModel specText(const std::string& yaml)
{
    ss::LoadResult loaded = ss::loadSchemaYaml(yaml);
    INFO((loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().message));
    REQUIRE(loaded.ok());
    return loaded.model;
}

inline ss::seed::SeedPlan planOf(const ss::SchemaModel& model, double scale = 1, std::uint64_t seed = 42)
{
    ss::seed::SeedOptions options;
    options.scale = scale;
    options.seed = seed;
    ss::seed::PlanResult planned = ss::seed::planSeeding(model, {}, options);
    REQUIRE(planned.ok());
    return std::move(planned.plan);
}

inline void createSchema(ss::DatabaseConnection& connection, const ss::SchemaModel& model)
{
    const ss::SchemaSetupResult created = ss::createMissingSchema(connection, model, "test_spec.yml");
    INFO(created.error);
    REQUIRE(created.ok());
}

inline ss::seed::SeedRunResult seed(ss::DatabaseConnection& connection, const ss::seed::SeedPlan& plan,
                                    ss::seed::LoadOptions options = {})
{
    ss::seed::SeedRunResult result = ss::seed::seedDatabase(connection, plan, options);
    INFO(result.detail);
    return result;
}

inline std::string quote(ss::DatabaseConnection& connection, const std::string& name)
{
    return ss::makeRenderer(connection.dialect())->quote(name);
}

// The first column of the first row of a query, or a failed test.
inline QVariant scalar(ss::DatabaseConnection& connection, const std::string& sql)
{
    QSqlQuery query(connection.db());
    INFO(sql << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(QString::fromStdString(sql)));
    REQUIRE(query.next());
    return query.value(0);
}

inline std::int64_t countRows(ss::DatabaseConnection& connection, const std::string& table)
{
    return scalar(connection, "SELECT COUNT(*) FROM " + quote(connection, table)).toLongLong();
}

// Every row of a table as text, ordered by all its columns: what determinism and round trips compare.
inline std::vector<std::string> dumpTable(ss::DatabaseConnection& connection, const ss::seed::PlannedTable& table)
{
    std::string columns;
    for (const auto& column : table.columns)
        columns += (columns.empty() ? "" : ", ") + quote(connection, column.name);
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    const std::string sql = "SELECT " + columns + " FROM " + quote(connection, table.name) + " ORDER BY " + columns;
    INFO(sql);
    REQUIRE(query.exec(QString::fromStdString(sql)));
    std::vector<std::string> rows;
    while (query.next()) {
        std::string row;
        for (int c = 0; c < query.record().count(); ++c)
            row += (c ? "|" : "") + (query.isNull(c) ? std::string("NULL") : query.value(c).toString().toStdString());
        rows.push_back(std::move(row));
    }
    return rows;
}

// Rows whose foreign key points at no row of the referenced table: 0 when referential integrity holds.
inline std::int64_t orphans(ss::DatabaseConnection& connection, const ss::Table& child, const ss::ForeignKey& fk)
{
    std::string join;
    std::string notNull;
    for (std::size_t i = 0; i < fk.columns.size(); ++i) {
        join += std::string(i ? " AND " : "") + "c." + quote(connection, fk.columns[i]) + " = p." + quote(connection, fk.refColumns[i]);
        notNull += std::string(i ? " AND " : "") + "c." + quote(connection, fk.columns[i]) + " IS NOT NULL";
    }
    return scalar(connection, "SELECT COUNT(*) FROM " + quote(connection, child.name) + " c LEFT JOIN " + quote(connection, fk.refTable) +
                                  " p ON " + join + " WHERE " + notNull + " AND p." + quote(connection, fk.refColumns.front()) + " IS NULL")
        .toLongLong();
}

// Checks every foreign key of the model by an anti-join.
inline void checkReferentialIntegrity(ss::DatabaseConnection& connection, const ss::SchemaModel& model)
{
    for (const ss::Table& table : model.tables)
        for (const ss::ForeignKey& fk : table.foreignKeys) {
            INFO(table.name << " -> " << fk.refTable);
            CHECK(orphans(connection, table, fk) == 0);
        }
}

// A natural key (or any unique column list) holds no value twice.
inline void checkUnique(ss::DatabaseConnection& connection, const std::string& table, const std::vector<std::string>& columns)
{
    std::string list;
    for (const auto& column : columns)
        list += (list.empty() ? "" : ", ") + quote(connection, column);
    const std::int64_t duplicates =
        scalar(connection, "SELECT COUNT(*) FROM (SELECT " + list + " FROM " + quote(connection, table) + " GROUP BY " + list +
                               " HAVING COUNT(*) > 1) d")
            .toLongLong();
    INFO(table << " (" << list << ")");
    CHECK(duplicates == 0);
}

// The run log's row for a run: status, phase, rows per table (JSON) and detail.
struct LoggedRun {
    std::string phase;
    std::string status;
    std::string rowsPerTable;
    std::string detail;
    std::string finishedAt;
};

inline LoggedRun loggedRun(ss::DatabaseConnection& connection, const std::string& runId)
{
    QSqlQuery query(connection.db());
    REQUIRE(query.prepare(QString::fromStdString("SELECT " + quote(connection, "phase") + ", " + quote(connection, "status") + ", " +
                                                 quote(connection, "rows_per_table") + ", " + quote(connection, "detail") + ", " +
                                                 quote(connection, "finished_at") + " FROM " + quote(connection, "dbx_runs") +
                                                 " WHERE " + quote(connection, "run_id") + " = ?")));
    query.addBindValue(QString::fromStdString(runId));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return {query.value(0).toString().toStdString(), query.value(1).toString().toStdString(), query.value(2).toString().toStdString(),
            query.value(3).toString().toStdString(), query.value(4).toString().toStdString()};
}

// Seeds the model into an empty database and checks what the issue promises: every planned row is there,
// every foreign key points at a row that exists, keys are unique, and the run log says the run finished.
inline ss::seed::SeedRunResult seedAndCheck(ss::DatabaseConnection& connection, const ss::SchemaModel& model,
                                            const ss::seed::SeedPlan& plan, ss::seed::LoadOptions options = {})
{
    createSchema(connection, model);
    const ss::seed::SeedRunResult result = seed(connection, plan, options);
    REQUIRE(result.ok());
    CHECK(result.rows == plan.totalRows());
    for (const auto& table : plan.tables) {
        INFO(table.name);
        CHECK(countRows(connection, table.name) == table.rows);
    }
    checkReferentialIntegrity(connection, model);
    for (const ss::Table& table : model.tables) {
        if (!table.primaryKey.empty())
            checkUnique(connection, table.name, table.primaryKey);
        if (!table.naturalKey.empty())
            checkUnique(connection, table.name, table.naturalKey);
        for (const ss::Index& index : table.indexes)
            if (index.unique)
                checkUnique(connection, table.name, index.columns);
    }
    const LoggedRun logged = loggedRun(connection, result.runId);
    CHECK(logged.status == "finished");
    CHECK(logged.phase == "done");
    CHECK_FALSE(logged.finishedAt.empty());
    const std::string& first = plan.tables.front().name;
    CHECK(logged.rowsPerTable.find("\"" + first + "\": " + std::to_string(plan.tables.front().rows)) != std::string::npos);
    return result;
}

// Cancels from the progress callback once `table` has `afterRows` rows written, then checks that the tables
// before it stay complete, it and the ones after it are empty, and the run log tells so.
inline void cancelAndCheck(ss::DatabaseConnection& connection, const ss::SchemaModel& model, const ss::seed::SeedPlan& plan,
                           std::size_t table, std::int64_t afterRows, std::size_t batchSize = 1000)
{
    createSchema(connection, model);
    std::atomic<bool> cancel{false};
    ss::seed::LoadOptions options;
    options.batchSize = batchSize;
    options.cancel = &cancel;
    options.onProgress = [&](const ss::seed::TableProgress& p) {
        if (p.table == table && p.phase == ss::seed::LoadPhase::Insert && p.rowsDone >= afterRows)
            cancel = true;
    };
    const ss::seed::SeedRunResult result = seed(connection, plan, options);
    REQUIRE(result.status == ss::seed::RunStatus::Cancelled);
    const std::string& name = plan.tables[table].name;
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        INFO(plan.tables[i].name);
        CHECK(countRows(connection, plan.tables[i].name) == (i < table ? plan.tables[i].rows : 0));
        CHECK(result.tables[i].status == (i < table    ? ss::seed::TableStatus::Loaded
                                          : i == table ? ss::seed::TableStatus::RolledBack
                                                       : ss::seed::TableStatus::Pending));
    }
    CHECK(result.detail.find("cancelled while loading " + name + " (" + std::to_string(afterRows)) == 0);
    CHECK(result.detail.find("rolled back and it is empty") != std::string::npos);
    const LoggedRun logged = loggedRun(connection, result.runId);
    CHECK(logged.status == "cancelled");
    CHECK(logged.phase == "insert");
    CHECK(logged.detail == result.detail);
    CHECK(logged.rowsPerTable.find("\"" + name + "\": 0") != std::string::npos);
}

// The same plan loaded with two batch sizes gives the same rows.
inline void checkSameRowsAcrossBatchSizes(ss::DatabaseConnection& a, ss::DatabaseConnection& b, const ss::SchemaModel& model,
                                          const ss::seed::SeedPlan& plan)
{
    createSchema(a, model);
    createSchema(b, model);
    ss::seed::LoadOptions small;
    small.batchSize = 1000;
    ss::seed::LoadOptions odd;
    odd.batchSize = 7919;
    REQUIRE(seed(a, plan, small).ok());
    REQUIRE(seed(b, plan, odd).ok());
    for (const auto& table : plan.tables) {
        INFO(table.name);
        const std::vector<std::string> rowsA = dumpTable(a, table);
        CHECK(static_cast<std::int64_t>(rowsA.size()) == table.rows);
        CHECK(rowsA == dumpTable(b, table));
    }
}

// A table of 100 rows whose statistics are known by heart: value 1..100; maybe NULL on every 4th row, else
// id % 3; category 'a' for the first 50 rows, 'b' after; day 2024-01-01 plus id - 1 days; flag on every 5th row.
inline void createKnownTable(ss::DatabaseConnection& connection)
{
    QSqlQuery query(connection.db());
    REQUIRE(query.exec("CREATE TABLE known (id INTEGER NOT NULL PRIMARY KEY, value INTEGER, maybe INTEGER, "
                       "category VARCHAR(10), day DATE, flag BOOLEAN)"));
    REQUIRE(query.prepare("INSERT INTO known (id, value, maybe, category, day, flag) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int id = 1; id <= 100; ++id) {
        query.addBindValue(id);
        query.addBindValue(id);
        query.addBindValue(id % 4 == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(id % 3));
        query.addBindValue(id <= 50 ? "a" : "b");
        query.addBindValue(QDate(2024, 1, 1).addDays(id - 1));
        query.addBindValue(id % 5 == 0);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
    }
}

inline const ss::seed::ColumnReport& column(const ss::seed::TableReport& report, const std::string& name)
{
    for (const auto& c : report.columns)
        if (c.name == name)
            return c;
    FAIL("no column " << name);
    return report.columns.front();
}

inline double percentile(const ss::seed::ColumnReport& c, double p)
{
    for (const auto& v : c.percentiles)
        if (v.percent == p && v.value.number)
            return *v.value.number;
    FAIL("no numeric p" << p << " for " << c.name);
    return 0;
}

inline std::string percentileText(const ss::seed::ColumnReport& c, double p)
{
    for (const auto& v : c.percentiles)
        if (v.percent == p)
            return v.value.text;
    FAIL("no p" << p << " for " << c.name);
    return {};
}

// The report of the known table, checked number by number.
inline void checkKnownReport(ss::DatabaseConnection& connection)
{
    createKnownTable(connection);
    const ss::seed::TableReport report = ss::seed::reportTable(connection, "known", {50, 90, 99});
    INFO(report.error);
    REQUIRE(report.ok());
    CHECK(report.rows == 100);
    REQUIRE(report.columns.size() == 6);

    const auto& value = column(report, "value");
    CHECK(value.nullRatio == 0);
    CHECK(value.distinct == 100);
    CHECK(value.min->number == 1);
    CHECK(value.max->number == 100);
    CHECK(*value.mean == Approx(50.5));
    CHECK(percentile(value, 50) == Approx(50.5));
    CHECK(percentile(value, 90) == Approx(90.1));
    CHECK(percentile(value, 99) == Approx(99.01));

    const auto& maybe = column(report, "maybe");
    CHECK(maybe.nonNull == 75);
    CHECK(maybe.nullRatio == Approx(0.25));
    CHECK(maybe.distinct == 3);
    CHECK(maybe.min->number == 0);
    CHECK(maybe.max->number == 2);

    const auto& category = column(report, "category");
    CHECK(category.distinct == 2);
    CHECK(category.min->text == "a");
    CHECK(category.max->text == "b");
    CHECK_FALSE(category.mean);
    CHECK(category.percentiles.empty());

    const auto& day = column(report, "day");
    CHECK(day.min->text == "2024-01-01");
    CHECK(day.max->text == "2024-04-09");
    CHECK(percentileText(day, 50) == "2024-02-19");
    CHECK(percentileText(day, 90) == "2024-03-30");
    CHECK(percentileText(day, 99) == "2024-04-08");

    const auto& flag = column(report, "flag");
    CHECK(flag.distinct == 2);
    CHECK(*flag.mean == Approx(0.2));
}

}  // namespace seedload
