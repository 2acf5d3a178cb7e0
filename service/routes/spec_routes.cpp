#include "service/api_context.h"

#include "core/db/apply/target_script.h"
#include "core/db/project_database.h"
#include "core/db/run_log.h"
#include "core/design/design_json.h"
#include "core/design/design_run.h"
#include "core/design/designer.h"
#include "core/plan/plan.h"
#include "core/spec/diagnostics_json.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/lower_types.h"
#include "core/sql/migration_file.h"
#include "core/sql/migration.h"

#include <QElapsedTimer>

namespace ss::service {

namespace {

// A spec sent as text: loaded and validated, or the 400 (422 for a spec with errors) that says what is wrong.
std::optional<HttpResponse> loadSpecText(const std::string& text, const char* member, SchemaModel& model)
{
    LoadResult loaded = loadSchemaYaml(text);
    std::vector<Diagnostic> diagnostics = loaded.diagnostics;
    if (loaded.ok())
        for (Diagnostic& d : validate(loaded.model))
            diagnostics.push_back(std::move(d));
    if (hasErrors(diagnostics)) {
        HttpResponse response = errorResponse(422, std::string("\"") + member + "\" has errors", std::string("/") + member);
        response.json.insert("diagnostics", diagnosticsJson(diagnostics));
        return response;
    }
    model = std::move(loaded.model);
    return std::nullopt;
}

HttpResponse validateSpec(const HttpRequest& request)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    std::string text;
    if (auto error = requireString(body, "spec", text))
        return *error;
    LoadResult loaded = loadSchemaYaml(text);
    ValidationOptions options;
    options.strict = body.value("strict").toBool();
    std::vector<Diagnostic> diagnostics = loaded.diagnostics;
    for (Diagnostic& d : validate(loaded.model, options))
        diagnostics.push_back(std::move(d));
    std::sort(diagnostics.begin(), diagnostics.end(), diagnosticPrecedes);
    return jsonResponse(200, QJsonObject{{"valid", !hasErrors(diagnostics)},
                                         {"tables", static_cast<int>(loaded.model.tables.size())},
                                         {"diagnostics", diagnosticsJson(diagnostics)}});
}

HttpResponse draft(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    std::string prompt;
    if (auto error = requireString(body, "prompt", prompt))
        return *error;
    if (prompt.find_first_not_of(" \t\r\n") == std::string::npos)
        return errorResponse(400, "the prompt is empty: describe the schema, e.g. \"hospital admissions by ward and day\"", "/prompt");
    std::optional<SchemaModel> base;
    if (body.contains("base")) {
        std::string baseText;
        if (auto error = requireString(body, "base", baseText))
            return *error;
        base.emplace();
        if (auto error = loadSpecText(baseText, "base", *base))
            return *error;
    }
    design::DesignOptions options;
    options.offline = body.value("offline").toBool();
    options.endpoint = resolveLlmEndpoint({}, {}, &context.project);
    const std::string startedAt = utcTimestampNow();
    QElapsedTimer clock;
    clock.start();
    const design::DesignResult result = design::design(prompt, base ? &*base : nullptr, options);
    RunRecord run = design::designRun(result, prompt, startedAt, clock.elapsed());
    run.detail += " (from " + request.client.toStdString() + ")";
    DatabaseConnection connection;
    if (context.open(connection, false).empty())
        recordFinishedRun(connection, run);  // a project without its database yet logs nothing
    return jsonResponse(result.ok ? 200 : 422, design::designResultJson(result));
}

HttpResponse plan(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    std::string targetText;
    if (auto error = requireString(body, "target", targetText))
        return *error;
    SchemaModel target;
    if (auto error = loadSpecText(targetText, "target", target))
        return *error;
    std::optional<Dialect> dialect;
    if (body.contains("dialect")) {
        dialect = parseDialect(body.value("dialect").toString().toStdString());
        if (!dialect)
            return errorResponse(400, "unknown dialect (sqlite, postgresql, mysql or duckdb)", "/dialect");
    }
    if (body.contains("current")) {
        std::string currentText;
        if (auto error = requireString(body, "current", currentText))
            return *error;
        SchemaModel current;
        if (auto error = loadSpecText(currentText, "current", current))
            return *error;
        const Dialect renderedFor = dialect.value_or(Dialect::Sqlite);
        const Plan plan = diffFor(current, target, renderedFor);
        return jsonResponse(200, planJson(plan, renderMigration(plan, renderedFor)));
    }
    const UrlParseResult url = resolveDatabase(context.database, context.project.dir);
    if (url.ok() && url.url.isMissingFile()) {
        // A database file not created yet holds nothing: the plan creates everything.
        const Dialect renderedFor = dialect.value_or(url.url.dialect);
        const Plan plan = diffFor(SchemaModel{}, target, renderedFor);
        return jsonResponse(200, planJson(plan, renderMigration(plan, renderedFor)));
    }
    DatabaseConnection connection;
    if (std::string error = context.open(connection, false); !error.empty())
        return errorResponse(502, "the project's database cannot be opened: " + error);
    const LivePlan live = planAgainstDatabase(connection, target, "api-plan");
    if (!live.ok())
        return errorResponse(502, live.drift.error);
    if (dialect && *dialect != connection.dialect())
        return jsonResponse(200, planJson(live.drift.plan, renderMigration(live.drift.plan, *dialect)));
    return jsonResponse(200, planJson(live.drift.plan, live.migration));
}

}  // namespace

void addSpecRoutes(RouteTable& routes, const ApiContext& context)
{
    routes.add("POST", QStringLiteral("/api/validate"), validateSpec);
    routes.add("POST", QStringLiteral("/api/design"), [&context](const HttpRequest& r) { return draft(r, context); });
    routes.add("POST", QStringLiteral("/api/plan"), [&context](const HttpRequest& r) { return plan(r, context); });
}

}  // namespace ss::service
