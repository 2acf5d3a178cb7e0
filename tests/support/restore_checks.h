#pragma once

// What the bulk restore promises, checked the same way on SQLite files (unit tests) and on the throwaway servers
// (integration tests): after a cancel in any phase the catalog is the spec's again, and a constraint the rows
// break fails the table with its name and a sample of the rows.

#include "support/seed_load_support.h"

#include "core/db/apply/drift.h"
#include "core/plan/impact_report.h"

#include <atomic>
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

// Cancels from the progress callback as soon as `table` enters `phase`, then checks that the run stopped there:
// the tables before it stay loaded, it and the ones after it are empty (Analyze: every table keeps its rows),
// and every index and constraint is back as the spec has them.
inline ss::seed::SeedRunResult cancelInPhaseAndCheck(ss::DatabaseConnection& connection, const ss::SchemaModel& model,
                                                     const ss::seed::SeedPlan& plan, std::size_t table, ss::seed::LoadPhase phase)
{
    createSchema(connection, model);
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
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        INFO(plan.tables[i].name);
        const bool loaded = allLoaded || i < table;
        CHECK(countRows(connection, plan.tables[i].name) == (loaded ? plan.tables[i].rows : 0));
        CHECK(result.tables[i].status == (loaded       ? ss::seed::TableStatus::Loaded
                                          : i == table ? ss::seed::TableStatus::RolledBack
                                                       : ss::seed::TableStatus::Pending));
    }
    if (phase == ss::seed::LoadPhase::Indexes || phase == ss::seed::LoadPhase::Constraints)
        CHECK(result.detail.find("cancelled while putting back the " + std::string(ss::seed::toString(phase)) + " of " +
                                 plan.tables[table].name) == 0);
    checkCatalogIsTheSpec(connection, model);
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
