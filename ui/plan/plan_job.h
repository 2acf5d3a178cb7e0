#pragma once

#include "core/plan/plan.h"
#include "core/spec/diagnostic.h"
#include "core/sql/migration.h"
#include "core/util/line_diff.h"
#include "ui/shell/active_database.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ss::ui {

// One side of a plan as the page hands it to the worker: a model already in memory (the Design page's, a
// cached file, the empty schema), a spec file still to be loaded and checked, or a live database to inspect.
struct PlanSide {
    QString name;  // how messages name it: a file name, "the Design page's spec"
    QString path;  // the file to load when `model` is empty
    std::optional<ActiveDatabase> database;  // the database to inspect when `model` is empty
    std::shared_ptr<const SchemaModel> model;
    std::vector<Diagnostic> diagnostics;  // those found in `model`; errors refuse the plan, as `dbx plan` does
    std::vector<std::string> notes;       // what inspecting the database left out
};

// Loads a side that is not in memory yet (a file, or a database inspected through the session's snapshot
// cache, reading `schemas` beside its current one) on the calling thread; returns why it cannot be planned
// (errors in it, an unreachable database), or an empty string.
QString preparePlanSide(PlanSide& side, const std::vector<std::string>& schemas);

struct PlanRequest {
    PlanSide current;
    PlanSide target;
    Dialect dialect = Dialect::Sqlite;
};

// The SQL of a plan in one dialect, with where each operation starts in it.
struct RenderedSql {
    Dialect dialect = Dialect::Sqlite;
    std::shared_ptr<const Migration> migration;
    MigrationText text;
};

struct PlanOutcome {
    QString error;  // why there is no plan (a side that cannot be read or has errors); empty when planned
    std::shared_ptr<const SchemaModel> current;  // both sides as loaded, so files need not be read again
    std::shared_ptr<const SchemaModel> target;
    std::shared_ptr<const Plan> plan;
    std::string currentYaml;  // the canonical text of each side, and the two aligned line by line
    std::string targetYaml;
    std::vector<AlignedLine> lines;
    std::string changes;  // describeChanges(plan)
    RenderedSql sql;
    std::vector<std::string> notes;  // what inspecting a live side left out
    qint64 elapsedMs = 0;
};

// Everything the Plan page shows, computed off the UI thread by the same core calls as `dbx plan`.
PlanOutcome computePlan(const PlanRequest& request);
RenderedSql renderPlanSql(const std::shared_ptr<const Plan>& plan, Dialect dialect);

}  // namespace ss::ui
