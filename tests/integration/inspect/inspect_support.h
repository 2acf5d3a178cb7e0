#pragma once

#include "support/apply_migration.h"
#include "support/native_client.h"
#include "support/scratch_database.h"

#include "core/db/inspect/inspector.h"
#include "core/plan/impact_report.h"
#include "core/plan/plan.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"
#include "core/sql/migration.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <string>

// The first line where two texts differ, with the line before it, for a failure message that fits a screen.
inline std::string firstDifference(const std::string& expected, const std::string& actual)
{
    std::size_t line = 1;
    std::size_t a = 0;
    std::size_t b = 0;
    std::string previous;
    while (a < expected.size() || b < actual.size()) {
        const std::size_t ea = std::min(expected.find('\n', a), expected.size());
        const std::size_t eb = std::min(actual.find('\n', b), actual.size());
        const std::string la = expected.substr(a, ea - a);
        const std::string lb = actual.substr(b, eb - b);
        if (la != lb)
            return "line " + std::to_string(line) + " after '" + previous + "':\n  expected: " + la + "\n  actual:   " + lb;
        previous = la;
        a = ea + 1;
        b = eb + 1;
        ++line;
    }
    return "no difference";
}

// Opens the scratch database through dbx's own connection code and inspects it.
inline ss::InspectResult inspectScratch(ScratchDatabase& scratch, ss::SnapshotCache* cache = nullptr)
{
    ss::DatabaseConnection connection;
    const std::string error = ss::openDatabase(connection, scratchDatabaseUrl(scratch));
    INFO(error);
    REQUIRE(error.empty());
    ss::InspectOptions options;
    options.cache = cache;
    ss::InspectResult result = ss::inspectDatabase(connection, options);
    INFO(result.error);
    REQUIRE(result.ok());
    return result;
}

// Creates `model` in an empty database the way dbx does: plan from nothing, render for the dialect, run.
inline void createFromModel(ScratchDatabase& scratch, const ss::SchemaModel& model)
{
    const ss::Plan plan = ss::diff(ss::SchemaModel{}, model);
    const ss::Migration migration = ss::renderMigration(plan, scratch.dialect());
    const QString error = applyMigration(scratch.db(), migration);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

inline ScratchDatabase& requireOpen(ScratchDatabase& scratch)
{
    INFO(scratch.error().toStdString());
    REQUIRE(scratch.error().isEmpty());
    return scratch;
}

// The round trip every inspected database must survive: inspect -> save -> load gives the same model;
// planning it against the same database gives no operations; creating it in an empty database of the same
// dialect and inspecting that gives the same model (and byte-identical YAML).
inline void checkRoundTrip(ScratchDatabase& source, const std::string& tag)
{
    const ss::InspectResult first = inspectScratch(source);
    const std::string yaml = ss::saveSchemaYaml(first.model);
    ss::LoadResult loaded = ss::loadSchemaYaml(yaml);
    for (const auto& d : loaded.diagnostics)
        UNSCOPED_INFO(ss::formatDiagnostic("inspected.yml", d));
    REQUIRE(loaded.ok());
    CHECK(loaded.model == first.model);

    const ss::Plan same = ss::diff(inspectScratch(source).model, loaded.model);
    INFO(ss::formatImpactText(same, false));
    CHECK(same.operations.empty());

    ScratchDatabase copy(source.dialect(), QString::fromStdString(tag + "_copy"));
    requireOpen(copy);
    createFromModel(copy, loaded.model);
    const ss::InspectResult second = inspectScratch(copy);
    const std::string secondYaml = ss::saveSchemaYaml(second.model);
    INFO(firstDifference(yaml, secondYaml));
    CHECK(secondYaml == yaml);
    CHECK(second.model == first.model);
}
