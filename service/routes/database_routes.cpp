#include "service/api_context.h"

#include "core/db/apply/apply_engine.h"
#include "core/db/apply/target_script.h"
#include "core/db/run_log.h"
#include "core/project/current_spec.h"
#include "core/seed/load/seed_run.h"
#include "core/seed/profile_reader.h"
#include "core/seed/seed_plan.h"
#include "core/spec/diagnostics_json.h"
#include "core/spec/yaml_loader.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>

namespace ss::service {

namespace {

HttpResponse startApply(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    std::string targetText;
    if (auto error = requireString(body, "target", targetText))
        return *error;
    LoadResult target = loadSchemaYaml(targetText);
    if (!target.ok()) {
        HttpResponse response = errorResponse(422, "\"target\" has errors", "/target");
        response.json.insert("diagnostics", diagnosticsJson(target.diagnostics));
        return response;
    }
    const bool allowBreaking = body.value("allowBreaking").toBool();
    const std::string client = request.client.toStdString();
    const QString id = context.jobs->start(QStringLiteral("apply"), [&context, model = std::move(target.model), allowBreaking,
                                                                      client](const JobRegistry::Context& job, bool& ok) {
        job.report(QJsonObject{{"waiting", "for the applies before this one"}});
        const std::lock_guard<std::mutex> serial(*context.applying);
        DatabaseConnection connection;
        if (std::string error = context.open(connection, true); !error.empty()) {
            ok = false;
            return QJsonObject{{"error", QString::fromStdString(error)}};
        }
        // The migration is named after the client, so the ledger and the run log say who applied it.
        std::string name = "api-" + client;
        std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '-');
        const LivePlan live = planAgainstDatabase(connection, model, name);
        if (!live.ok()) {
            ok = false;
            return QJsonObject{{"error", QString::fromStdString(live.drift.error)}};
        }
        ApplyOptions options;
        options.allowBreaking = allowBreaking;
        options.hooks.cancel = job.cancel;
        options.hooks.onStatement = [&job](const StatementProgress& p) {
            job.report(QJsonObject{{"statement", p.index}, {"of", p.total}, {"status", toString(p.status)},
                                   {"sql", QString::fromStdString(p.firstLine)}});
        };
        const ApplyOutcome outcome = applyMigration(connection, live.script, options);
        ok = outcome.ok();
        return QJsonObject{{"status", toString(outcome.status)},
                           {"migrationId", QString::fromStdString(outcome.migrationId)},
                           {"summary", QString::fromStdString(outcome.summary)},
                           {"statementsRun", outcome.statementsRun},
                           {"statementsTotal", outcome.statementsTotal},
                           {"durationMs", static_cast<qint64>(outcome.durationMs)},
                           {"backup", QString::fromStdString(outcome.backup)},
                           {"error", QString::fromStdString(outcome.error)}};
    });
    return jsonResponse(202, QJsonObject{{"job", id}, {"status", "running"}, {"poll", "/api/jobs/" + id}});
}

HttpResponse startSeed(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    const LoadResult spec = loadSchemaFile(context.project.currentSpecPath());
    if (!spec.ok())
        return errorResponse(409, context.project.currentSpecPath() + " does not load: apply a spec first");
    seed::SeedProfile profile;
    if (body.contains("profile")) {
        std::string text;
        if (auto error = requireString(body, "profile", text))
            return *error;
        const seed::ProfileLoadResult loaded = seed::loadSeedProfileYaml(text);
        if (!loaded.ok()) {
            HttpResponse response = errorResponse(422, "\"profile\" has errors", "/profile");
            response.json.insert("diagnostics", diagnosticsJson(loaded.diagnostics));
            return response;
        }
        profile = loaded.profile;
    }
    seed::SeedOptions options;
    if (body.contains("scale")) {
        options.scale = body.value("scale").toDouble(-1);
        if (!(options.scale > 0) || options.scale > 1000)
            return errorResponse(400, "\"scale\" must be a number above 0 and at most 1000", "/scale");
    }
    seed::PlanResult planned = seed::planSeeding(spec.model, profile, options);
    if (!planned.ok()) {
        HttpResponse response = errorResponse(422, "the profile does not fit the project's current spec", "/profile");
        std::vector<Diagnostic> all = planned.profileDiagnostics;
        all.insert(all.end(), planned.specDiagnostics.begin(), planned.specDiagnostics.end());
        response.json.insert("diagnostics", diagnosticsJson(all));
        return response;
    }
    const bool replace = body.value("replace").toBool();
    const std::string client = request.client.toStdString();
    const QString id = context.jobs->start(QStringLiteral("seed"), [&context, plan = std::move(planned.plan), replace, client](
                                                                       const JobRegistry::Context& job, bool& ok) {
        DatabaseConnection connection;
        if (std::string error = context.open(connection, true); !error.empty()) {
            ok = false;
            return QJsonObject{{"error", QString::fromStdString(error)}};
        }
        seed::LoadOptions load;
        load.replace = replace;
        load.cancel = job.cancel;
        load.requestedBy = client;
        load.onProgress = [&job, &plan](const seed::TableProgress& p) {
            job.report(QJsonObject{{"table", QString::fromStdString(plan.tables[p.table].name)},
                                   {"phase", seed::toString(p.phase)},
                                   {"rows", static_cast<qint64>(p.rowsDone)},
                                   {"of", static_cast<qint64>(p.rowsTotal)}});
        };
        const seed::SeedRunResult result = seed::seedDatabase(connection, plan, load);
        ok = result.ok();
        QJsonArray tables;
        for (const seed::TableLoadResult& t : result.tables)
            tables.append(QJsonObject{{"name", QString::fromStdString(t.name)},
                                      {"rows", static_cast<qint64>(t.rows)},
                                      {"status", seed::toString(t.status)}});
        return QJsonObject{{"status", seed::toString(result.status)},
                           {"runId", QString::fromStdString(result.runId)},
                           {"rows", static_cast<qint64>(result.rows)},
                           {"seconds", result.seconds},
                           {"rowsPerSecond", result.rowsPerSecond},
                           {"tables", tables},
                           {"detail", QString::fromStdString(result.detail)}};
    });
    return jsonResponse(202, QJsonObject{{"job", id}, {"status", "running"}, {"poll", "/api/jobs/" + id}});
}

HttpResponse listRuns(const HttpRequest& request, const ApiContext& context)
{
    DatabaseConnection connection;
    if (std::string error = context.open(connection, false); !error.empty())
        return errorResponse(502, "the project's database cannot be opened: " + error);
    std::vector<RunRecord> runs;
    if (std::string error = RunLog(connection).list(request.query.queryItemValue(QStringLiteral("phase")).toStdString(), runs);
        !error.empty())
        return errorResponse(502, error);
    QJsonArray list;
    for (const RunRecord& r : runs)
        list.append(QJsonObject{{"runId", QString::fromStdString(r.runId)},
                                {"phase", QString::fromStdString(r.kind)},
                                {"status", QString::fromStdString(r.status)},
                                {"startedAt", QString::fromStdString(r.startedAt)},
                                {"durationMs", static_cast<qint64>(r.durationMs)},
                                {"rows", static_cast<qint64>(r.rows)},
                                {"model", QString::fromStdString(r.model)},
                                {"tokensIn", static_cast<qint64>(r.tokensIn)},
                                {"tokensOut", static_cast<qint64>(r.tokensOut)},
                                {"detail", QString::fromStdString(r.detail)}});
    return jsonResponse(200, QJsonObject{{"runs", list}});
}

}  // namespace

void addDatabaseRoutes(RouteTable& routes, const ApiContext& context)
{
    routes.add("POST", QStringLiteral("/api/apply"), [&context](const HttpRequest& r) { return startApply(r, context); });
    routes.add("POST", QStringLiteral("/api/seed"), [&context](const HttpRequest& r) { return startSeed(r, context); });
    routes.add("GET", QStringLiteral("/api/runs"), [&context](const HttpRequest& r) { return listRuns(r, context); });
}

}  // namespace ss::service
