#include "service/api_context.h"

#include "core/db/snapshot_cache.h"
#include "core/query/answer_json.h"
#include "core/query/explorer.h"

#include <QJsonArray>

#include <filesystem>

namespace ss::service {

namespace {

constexpr int kMaxRows = 100000;

// The database's semantic model, read for this request (through the snapshot cache for its schema), with the
// project's semantic.yml when it has one.
std::optional<HttpResponse> openExplorer(const ApiContext& context, DatabaseConnection& connection, std::unique_ptr<query::Explorer>& out)
{
    if (std::string error = context.openReadOnly(connection); !error.empty())
        return errorResponse(503, error);
    const std::filesystem::path semantic = std::filesystem::path(context.project.dir) / "semantic.yml";
    SnapshotCache cache(SnapshotCache::defaultDirectory());
    query::LoadedModel loaded =
        query::loadSemanticModel(connection, nullptr, std::filesystem::exists(semantic) ? semantic.string() : std::string(), &cache);
    if (!loaded.error.empty())
        return errorResponse(500, loaded.error);
    out = std::make_unique<query::Explorer>(std::move(loaded.model), connection.dialect());
    return std::nullopt;
}

// POST /api/ask {"question", "limit"?, "execute"?}: the same JSON as `dbx ask --json`.
HttpResponse ask(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    std::string question;
    if (auto error = requireString(body, "question", question))
        return *error;
    query::AskOptions options;
    if (body.contains("limit")) {
        const int limit = body.value("limit").toInt(-1);
        if (limit <= 0 || limit > kMaxRows)
            return errorResponse(400, "\"limit\" must be a whole number from 1 to " + std::to_string(kMaxRows), "/limit");
        options.rowCap = limit;
    }
    if (body.contains("execute"))
        options.execute = body.value("execute").toBool(true);
    DatabaseConnection connection;
    std::unique_ptr<query::Explorer> explorer;
    if (auto error = openExplorer(context, connection, explorer))
        return *error;
    const query::Answer answer = explorer->ask(question, &connection, options);
    return jsonResponse(200, query::answerJson(answer, explorer->model()));
}

// GET /api/suggest-queries?topic=&limit=: {"questions": [...]}.
HttpResponse suggest(const HttpRequest& request, const ApiContext& context)
{
    int limit = 12;
    if (request.query.hasQueryItem("limit")) {
        bool ok = false;
        limit = request.query.queryItemValue("limit").toInt(&ok);
        if (!ok || limit <= 0 || limit > 100)
            return errorResponse(400, "limit must be a whole number from 1 to 100", "?limit");
    }
    DatabaseConnection connection;
    std::unique_ptr<query::Explorer> explorer;
    if (auto error = openExplorer(context, connection, explorer))
        return *error;
    QJsonArray questions;
    for (const std::string& q : explorer->suggest(request.query.queryItemValue("topic", QUrl::FullyDecoded).toStdString(), limit))
        questions.append(QString::fromStdString(q));
    return jsonResponse(200, QJsonObject{{"questions", questions}});
}

}  // namespace

void addExploreRoutes(RouteTable& routes, const ApiContext& context)
{
    routes.add("POST", QStringLiteral("/api/ask"), [&context](const HttpRequest& r) { return ask(r, context); });
    routes.add("GET", QStringLiteral("/api/suggest-queries"), [&context](const HttpRequest& r) { return suggest(r, context); });
}

}  // namespace ss::service
