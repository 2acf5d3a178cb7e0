#include "ui/plan/plan_job.h"

#include "core/db/apply/drift.h"
#include "core/db/inspect/inspector.h"
#include "core/db/snapshot_cache.h"
#include "core/plan/change_summary.h"
#include "core/spec/spec_check.h"
#include "core/spec/yaml_writer.h"
#include "core/sql/lower_types.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ss::ui {

namespace {

QString inspect(PlanSide& side, const std::vector<std::string>& schemas)
{
    DatabaseConnection connection;
    if (const std::string error = openActiveDatabase(connection, *side.database, Access::Read); !error.empty()) {
        return QCoreApplication::translate("PlanPage", "%1: %2").arg(side.name, QString::fromStdString(error));
    }
    InspectOptions inspectOptions;
    inspectOptions.cache = &sessionSnapshotCache();
    inspectOptions.schemas = schemas;
    InspectResult inspected = inspectDatabase(connection, inspectOptions);
    if (!inspected.ok()) {
        return QCoreApplication::translate("PlanPage", "%1: %2").arg(side.name, QString::fromStdString(inspected.error));
    }
    side.model = std::make_shared<const SchemaModel>(std::move(inspected.model));
    side.notes = std::move(inspected.notes);
    return {};
}

}  // namespace

QString preparePlanSide(PlanSide& side, const std::vector<std::string>& schemas)
{
    if (!side.model && side.database) {
        if (QString error = inspect(side, schemas); !error.isEmpty()) return error;
    } else if (!side.model) {
        LoadResult loaded = checkSpecFile(side.path.toStdString());
        side.model = std::make_shared<const SchemaModel>(std::move(loaded.model));
        side.diagnostics = std::move(loaded.diagnostics);
    }
    if (!hasErrors(side.diagnostics)) return {};
    std::size_t errors = 0;
    const Diagnostic* first = nullptr;
    for (const Diagnostic& d : side.diagnostics) {
        if (d.severity != Severity::Error) continue;
        if (!first) first = &d;
        ++errors;
    }
    const QString located = QString::fromStdString(formatDiagnostic(side.name.toStdString(), *first));
    return errors == 1 ? QCoreApplication::translate("PlanPage", "%1 has an error; fix it before planning: %2").arg(side.name, located)
                       : QCoreApplication::translate("PlanPage", "%1 has %2 errors; fix them before planning. The first: %3")
                             .arg(side.name)
                             .arg(errors)
                             .arg(located);
}

RenderedSql renderPlanSql(const std::shared_ptr<const Plan>& plan, Dialect dialect)
{
    RenderedSql out;
    out.dialect = dialect;
    auto migration = std::make_shared<Migration>(renderMigration(*plan, dialect));
    out.text = migration->bodyText(*plan);
    out.migration = std::move(migration);
    return out;
}

PlanOutcome computePlan(const PlanRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    PlanOutcome out;
    PlanSide current = request.current;
    PlanSide target = request.target;
    // A database is read with the schemas the spec on the other side names, so a spec's tables in them compare.
    PlanSide& first = current.database && !target.database ? target : current;
    PlanSide& second = &first == &current ? target : current;
    out.error = preparePlanSide(first, {});
    if (out.error.isEmpty()) out.error = preparePlanSide(second, schemasOf(*first.model));
    out.notes = current.notes;
    out.notes.insert(out.notes.end(), target.notes.begin(), target.notes.end());
    out.current = current.model;
    out.target = target.model;
    if (out.error.isEmpty()) {
        const PlanSide* database = current.database ? &current : target.database ? &target : nullptr;
        const Dialect dialect = database ? database->database->dialect() : request.dialect;
        auto plan = std::make_shared<Plan>(diffFor(*current.model, *target.model, dialect));
        for (const PlanSide* side : {&current, &target}) {
            if (side->database) dropUnstorableOperations(*plan, side->database->dialect());
        }
        out.changes = describeChanges(*plan);
        out.plan = std::move(plan);
        out.sql = renderPlanSql(out.plan, request.dialect);
        out.currentYaml = saveSchemaYaml(*current.model);
        out.targetYaml = saveSchemaYaml(*target.model);
        out.lines = alignLines(splitLines(out.currentYaml), splitLines(out.targetYaml));
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

}  // namespace ss::ui
