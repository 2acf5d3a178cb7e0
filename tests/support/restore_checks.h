#pragma once

// What the bulk restore promises, checked the same way on SQLite files (unit tests) and on the throwaway servers
// (integration tests): after a cancel in any phase the catalog is the spec's again, and a constraint the rows
// break fails the table with its name and a sample of the rows.

#include "support/seed_load_support.h"

#include "core/db/apply/drift.h"
#include "core/plan/impact_report.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <string>

namespace seedload {

// Inspecting the database and planning it against the spec gives nothing to do.
inline void checkCatalogIsTheSpec(ss::DatabaseConnection& connection, const ss::SchemaModel& model)
{
    const ss::DriftReport drift = ss::detectDrift(connection, model);
    INFO(drift.error);
    REQUIRE(drift.ok());
    INFO(ss::formatImpactText(drift.plan, false));
    CHECK_FALSE(drift.drifted());
}

// Every definition the catalog holds for the tables (not dbx_*), partitions included, one per line and sorted:
// indexes with their validity, constraints with their validation, table definitions. A load that sets things aside
// and puts them back must leave it unchanged to the character.
inline std::vector<std::string> catalogSnapshot(ss::DatabaseConnection& connection)
{
    std::vector<std::string> queries;
    switch (connection.dialect()) {
    case ss::Dialect::Sqlite:
        queries = {"SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE tbl_name NOT LIKE 'dbx\\_%' ESCAPE '\\'"};
        break;
    case ss::Dialect::PostgreSql:
        queries = {"SELECT 'index ' || c.relname || ' ' || pg_get_indexdef(i.indexrelid) || ' valid=' || i.indisvalid || ' clustered=' || "
                   "i.indisclustered || ' comment=' || COALESCE(obj_description(i.indexrelid, 'pg_class'), '') FROM pg_index i "
                   "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                   "WHERE t.relnamespace = current_schema()::regnamespace AND t.relname NOT LIKE 'dbx\\_%'",
                   "SELECT 'constraint ' || t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) || ' validated=' || "
                   "c.convalidated || ' comment=' || COALESCE(obj_description(c.oid, 'pg_constraint'), '') FROM pg_constraint c "
                   "JOIN pg_class t ON t.oid = c.conrelid WHERE t.relnamespace = current_schema()::regnamespace AND t.relname NOT LIKE 'dbx\\_%'"};
        break;
    case ss::Dialect::MySql: {
        QSqlQuery tables(connection.db());
        REQUIRE(tables.exec("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' "
                            "AND TABLE_NAME NOT LIKE 'dbx\\_%'"));
        while (tables.next())
            queries.push_back("SHOW CREATE TABLE " + quote(connection, tables.value(0).toString().toStdString()));
        break;
    }
    }
    std::vector<std::string> lines;
    for (const std::string& sql : queries) {
        QSqlQuery query(connection.db());
        INFO(sql << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(QString::fromStdString(sql)));
        const int column = connection.dialect() == ss::Dialect::MySql ? 1 : 0;
        while (query.next()) {
            std::string line = query.value(column).toString().toStdString();
            // The counter of an AUTO_INCREMENT column moves with every row inserted, rolled back or not.
            if (const std::size_t at = line.find(" AUTO_INCREMENT="); at != std::string::npos)
                line.erase(at, line.find(' ', at + 1) - at);
            lines.push_back(std::move(line));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// The lines only one of two snapshots holds, marked - (before) and + (after): empty when they are the same.
inline std::string snapshotDifference(const std::vector<std::string>& before, const std::vector<std::string>& after)
{
    std::vector<std::string> gone;
    std::vector<std::string> added;
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(gone));
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    std::string out;
    for (const std::string& line : gone)
        out += "- " + line + "\n";
    for (const std::string& line : added)
        out += "+ " + line + "\n";
    return out;
}

// Cancels from the progress callback as soon as `table` enters `phase`, then checks that the run stopped there:
// the tables before it stay loaded, it and the ones after it are empty (Analyze: every table keeps its rows),
// and every index and constraint is back as the spec has them.
inline ss::seed::SeedRunResult cancelInPhaseAndCheck(ss::DatabaseConnection& connection, const ss::SchemaModel& model,
                                                     const ss::seed::SeedPlan& plan, std::size_t table, ss::seed::LoadPhase phase)
{
    createSchema(connection, model);
    const std::vector<std::string> before = catalogSnapshot(connection);
    std::atomic<bool> cancel{false};
    bool reached = false;
    ss::seed::LoadOptions options;
    options.batchSize = 1000;
    options.cancel = &cancel;
    options.onProgress = [&](const ss::seed::TableProgress& p) {
        if (p.table == table && p.phase == phase && !p.finished) {
            reached = true;
            cancel = true;
        }
    };
    const ss::seed::SeedRunResult result = seed(connection, plan, options);
    INFO("phase " << ss::seed::toString(phase) << " of " << plan.tables[table].name << ": " << result.detail);
    REQUIRE(reached);
    REQUIRE(result.status == ss::seed::RunStatus::Cancelled);
    const bool allLoaded = phase == ss::seed::LoadPhase::Analyze;
    // MariaDB verifies a table's foreign keys once it is committed: a cancel then stops the run after it.
    const bool tableKept = allLoaded || (phase == ss::seed::LoadPhase::Constraints && connection.dialect() == ss::Dialect::MySql);
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        INFO(plan.tables[i].name);
        const bool loaded = allLoaded || i < table || (tableKept && i == table);
        CHECK(countRows(connection, plan.tables[i].name) == (loaded ? plan.tables[i].rows : 0));
        CHECK(result.tables[i].status == (loaded       ? ss::seed::TableStatus::Loaded
                                          : i == table ? ss::seed::TableStatus::RolledBack
                                                       : ss::seed::TableStatus::Pending));
    }
    if (!tableKept && (phase == ss::seed::LoadPhase::Indexes || phase == ss::seed::LoadPhase::Constraints))
        CHECK(result.detail.find("cancelled while putting back the " + std::string(ss::seed::toString(phase)) + " of " +
                                 plan.tables[table].name) == 0);
    checkCatalogIsTheSpec(connection, model);
    CHECK(snapshotDifference(before, catalogSnapshot(connection)) == "");
    return result;
}

// A seed whose rows break a constraint of the database: the run fails, the table is empty again, and the detail
// names the constraint and shows offending rows.
inline ss::seed::SeedRunResult seedExpectingViolation(ss::DatabaseConnection& connection, const ss::seed::SeedPlan& plan,
                                                      const std::string& table, const std::string& constraint)
{
    const ss::seed::SeedRunResult result = seed(connection, plan);
    INFO(result.detail);
    CHECK(result.status == ss::seed::RunStatus::Failed);
    CHECK(result.detail.find("loading " + table + " failed: " + table + " breaks its ") == 0);
    CHECK(result.detail.find(constraint) != std::string::npos);
    CHECK(result.detail.find(", e.g. (") != std::string::npos);
    CHECK(countRows(connection, table) == 0);
    return result;
}

}  // namespace seedload
