#include "core/db/apply/target_script.h"

#include "core/db/name_folding.h"
#include "core/sql/lower_types.h"

#include <QDateTime>
#include <QFileInfo>

namespace ss {

LivePlan planAgainstDatabase(DatabaseConnection& connection, const SchemaModel& target, const std::string& targetPath)
{
    LivePlan out;
    std::vector<Diagnostic> naming;
    out.drift.error = namesTheDatabaseCannotHold(connection, target, naming);
    for (const Diagnostic& d : naming)
        if (d.severity == Severity::Error)
            out.drift.error += (out.drift.error.empty() ? "" : "\n") + formatDiagnostic(targetPath, d);
    if (!out.ok())
        return out;
    // Read fresh: the database is about to change, and a stale snapshot would plan the wrong migration.
    out.drift = detectDrift(connection, target, nullptr);
    if (!out.ok())
        return out;
    for (const Diagnostic& d : naming)
        out.drift.notes.push_back(d.message);
    out.migration = renderMigration(out.drift.plan, connection.dialect());
    const std::string stamp = QDateTime::currentDateTimeUtc().toString("yyyyMMdd'T'HHmmsszzz'Z'").toStdString();
    out.script = migrationScriptFromPlan(out.drift.plan, out.migration, QFileInfo(QString::fromStdString(targetPath)).completeBaseName().toStdString() + "-" + stamp,
                                         "plan of " + targetPath + " against the live schema");
    out.script.notes = out.drift.notes;
    out.script.texts = schemaTextsOf(modelFor(target, connection.dialect()));
    return out;
}

}  // namespace ss
