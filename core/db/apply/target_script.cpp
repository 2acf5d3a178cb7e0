#include "core/db/apply/target_script.h"

#include <QDateTime>
#include <QFileInfo>

namespace ss {

LivePlan planAgainstDatabase(DatabaseConnection& connection, const SchemaModel& target, const std::string& targetPath)
{
    LivePlan out;
    // Read fresh: the database is about to change, and a stale snapshot would plan the wrong migration.
    out.drift = detectDrift(connection, target, nullptr);
    if (!out.ok())
        return out;
    out.migration = renderMigration(out.drift.plan, connection.dialect());
    const std::string stamp = QDateTime::currentDateTimeUtc().toString("yyyyMMdd'T'HHmmsszzz'Z'").toStdString();
    out.script = migrationScriptFromPlan(out.drift.plan, out.migration, QFileInfo(QString::fromStdString(targetPath)).completeBaseName().toStdString() + "-" + stamp,
                                         "plan of " + targetPath + " against the live schema");
    out.script.notes = out.drift.notes;
    out.script.texts = schemaTextsOf(target);
    return out;
}

}  // namespace ss
