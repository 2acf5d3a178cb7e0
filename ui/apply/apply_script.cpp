#include "ui/apply/apply_script.h"

#include "core/db/apply/target_script.h"
#include "core/sql/lower_types.h"
#include "core/sql/migration_file.h"
#include "core/util/atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace ss::ui {

namespace {

constexpr std::size_t kMaxMigrationBytes = 64u << 20;

ScriptBuild failed(QString error)
{
    ScriptBuild out;
    out.error = std::move(error);
    return out;
}

ScriptBuild fromSpec(DatabaseConnection* connection, Dialect dialect, const ScriptInput& input)
{
    PlanSide side = input.spec;
    if (QString error = preparePlanSide(side, {}); !error.isEmpty()) return failed(error);
    const std::string specPath = input.specPath.toStdString();
    ScriptBuild out;
    Plan plan;
    Migration migration;
    MigrationScript script;
    if (connection) {
        LivePlan live = planAgainstDatabase(*connection, *side.model, specPath);
        if (!live.ok()) return failed(QString::fromStdString(live.drift.error));
        plan = std::move(live.drift.plan);
        migration = std::move(live.migration);
        script = std::move(live.script);
    } else {
        plan = diffFor(SchemaModel{}, *side.model, dialect);
        migration = renderMigration(plan, dialect);
        script = migrationScriptFromPlan(plan, migration, QFileInfo(input.specPath).completeBaseName().toStdString(),
                                         "plan of " + specPath + " against a new database");
    }
    out.sql = migration.bodyText(plan);
    out.script = std::make_shared<const MigrationScript>(std::move(script));
    return out;
}

ScriptBuild fromFile(const QString& path)
{
    std::string text;
    std::string error;
    if (!readWholeFile(path.toStdString(), text, error, kMaxMigrationBytes)) return failed(QString::fromStdString(error));
    ScriptLoad load = migrationScriptFromText(text, path.toStdString());
    if (!load.ok()) return failed(QString::fromStdString(load.error));
    ScriptBuild out;
    out.sql = migrationFileText(text);
    out.script = std::make_shared<const MigrationScript>(std::move(load.script));
    return out;
}

}  // namespace

ScriptBuild buildApplyScript(DatabaseConnection* connection, Dialect dialect, const ScriptInput& input)
{
    if (input.source.kind == ApplySource::Kind::MigrationFile) return fromFile(input.source.path);
    return fromSpec(connection, dialect, input);
}

MigrationText migrationFileText(const std::string& fileText)
{
    const ParsedMigrationFile parsed = parseMigrationFile(fileText);
    MigrationText out;
    out.text = parsed.error.empty() ? parsed.body : fileText;
    static const QRegularExpression operationComment(QStringLiteral("^-- \\d+\\. "));
    const QStringList lines = QString::fromStdString(out.text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!operationComment.match(lines[i]).hasMatch()) continue;
        if (!out.operations.empty()) out.operations.back().end = i;
        out.operations.push_back({i, i + 1});
    }
    if (!out.operations.empty()) {
        int last = static_cast<int>(lines.size());
        while (last > out.operations.back().first + 1 && lines[last - 1].trimmed().isEmpty()) --last;
        out.operations.back().end = last;
    }
    return out;
}

}  // namespace ss::ui
