#include "service/api_context.h"

#include "core/evolve/evolution_store.h"
#include "core/evolve/review.h"
#include "core/evolve/stored_analysis.h"

#include <QFileInfo>
#include <QJsonArray>

namespace ss::service {

namespace {

// The project's current.yml, when the service runs on a project folder.
std::string currentSpecOf(const ApiContext& context)
{
    if (context.project.dir.empty() || !QFileInfo::exists(QString::fromStdString(context.project.dir + "/dbx.yml")))
        return {};
    return context.project.currentSpecPath();
}

std::string who(const HttpRequest& request, const QJsonObject& body)
{
    const QString reviewer = body.value("reviewer").toString();
    return reviewer.isEmpty() ? "api " + request.client.toStdString() : reviewer.toStdString() + " (api " + request.client.toStdString() + ")";
}

// The sources of an analysis from a request body: {"sources": ["[TYPE=]PATH", ...], "entitiesTable": {...}}; without
// either, the project database's knowledge_entities table.
std::optional<HttpResponse> sourcesOf(const QJsonObject& body, evolve::EntitySources& sources, evolve::AnalysisOptions& options)
{
    for (const QJsonValue& v : body.value("sources").toArray()) {
        if (!v.isString())
            return errorResponse(400, "\"sources\" holds file paths ([TYPE=]PATH)", "/sources");
        evolve::EntityFile file = evolve::parseEntityFile(v.toString().toStdString(), body.value("typeField").toString().toStdString());
        if (!QFileInfo(QString::fromStdString(file.path)).isFile())
            return errorResponse(400, file.path + ": no such file on the server", "/sources");
        sources.files.push_back(file);
    }
    if (sources.files.empty() || body.contains("entitiesTable")) {
        evolve::EntitiesTable table;
        const QJsonObject t = body.value("entitiesTable").toObject();
        const auto take = [&](const char* key, std::string& out) {
            if (t.contains(QLatin1String(key)))
                out = t.value(QLatin1String(key)).toString().toStdString();
        };
        take("table", table.table);
        take("idColumn", table.idColumn);
        take("typeColumn", table.typeColumn);
        take("attributesColumn", table.attributesColumn);
        take("nameColumn", table.nameColumn);
        take("groupColumn", table.groupColumn);
        take("timestampColumn", table.timestampColumn);
        sources.table = table;
    }
    if (body.contains("minCoverage")) {
        const double coverage = body.value("minCoverage").toDouble(-1);
        if (coverage <= 0 || coverage > 1)
            return errorResponse(400, "\"minCoverage\" is a share between 0 and 1", "/minCoverage");
        options.minCoverage = coverage;
    }
    return std::nullopt;
}

QJsonArray proposalsJson(const std::vector<evolve::Proposal>& proposals)
{
    QJsonArray out;
    for (const evolve::Proposal& p : proposals)
        out.append(evolve::toJson(p));
    return out;
}

// Runs an analysis on the calling thread; the seed document's answer shape.
QJsonObject runAnalysis(const ApiContext& context, const evolve::EntitySources& sources, const evolve::AnalysisOptions& options,
                        const std::string& by, const std::atomic<bool>* cancel, bool& ok)
{
    DatabaseConnection connection;
    if (std::string error = context.open(connection, true); !error.empty()) {
        ok = false;
        return QJsonObject{{"success", false}, {"error", QString::fromStdString(error)}};
    }
    evolve::AnalysisHooks hooks;
    hooks.cancel = cancel;
    const evolve::StoredAnalysis stored = evolve::analyzeAndStore(connection, sources, currentSpecOf(context), options, by, hooks);
    ok = stored.ok();
    if (!ok)
        return QJsonObject{{"success", false},
                           {"error", QString::fromStdString(stored.error.empty() ? (stored.result.cancelled ? "cancelled" : stored.result.error)
                                                                                 : stored.error)}};
    QJsonObject analysis = evolve::analysisCounts(stored.result.patterns, stored.result.proposals);
    analysis.insert("entities", double(stored.result.entities));
    analysis.insert("newProposals", stored.added);
    analysis.insert("updatedProposals", stored.updated);
    QJsonArray patterns;
    for (const evolve::Pattern& p : stored.result.patterns)
        patterns.append(evolve::toJson(p));
    return QJsonObject{{"success", true},
                       {"analysis", analysis},
                       {"patterns", patterns},
                       {"proposals", proposalsJson(stored.result.proposals)}};
}

QJsonObject runReview(const ApiContext& context, const std::string& action, const std::string& id, const std::string& by,
                      const std::string& notes, const std::atomic<bool>* cancel, bool& ok)
{
    const std::lock_guard<std::mutex> serial(*context.applying);
    DatabaseConnection connection;
    if (std::string error = context.open(connection, true); !error.empty()) {
        ok = false;
        return QJsonObject{{"success", false}, {"error", QString::fromStdString(error)}};
    }
    evolve::ReviewRequest request;
    request.proposalId = id;
    request.reviewer = by;
    request.notes = notes;
    request.currentSpecPath = currentSpecOf(context);
    request.cancel = cancel;
    const evolve::ReviewOutcome outcome = action == "approve"  ? evolve::approveProposal(connection, request)
                                          : action == "reject" ? evolve::rejectProposal(connection, request)
                                                               : evolve::rollbackProposal(connection, request);
    ok = outcome.ok();
    QJsonObject json{{"success", ok},
                     {"action", QString::fromStdString(action)},
                     {"proposal", evolve::toJson(outcome.proposal)},
                     {"migrationId", QString::fromStdString(outcome.migrationId)},
                     {"sqlExecuted", QString::fromStdString(outcome.sql)},
                     {"rollbackSql", QString::fromStdString(outcome.rollbackSql)},
                     {"rows", double(outcome.rows)}};
    if (!outcome.backup.empty())
        json.insert("backup", QString::fromStdString(outcome.backup));
    if (!ok)
        json.insert("error", QString::fromStdString(outcome.error));
    return json;
}

// The stored proposals, history or statistics; `error` set when the database cannot be read.
QJsonObject readStore(const ApiContext& context, const std::string& what, const QString& status, std::optional<HttpResponse>& error)
{
    DatabaseConnection connection;
    if (std::string e = context.open(connection, false); !e.empty()) {
        error = errorResponse(503, e);
        return {};
    }
    evolve::EvolutionStore store(connection);
    std::string e;
    QJsonObject out;
    if (what == "proposals") {
        std::optional<evolve::ProposalStatus> filter;
        if (!status.isEmpty()) {
            filter = evolve::parseProposalStatus(status.toStdString());
            if (!filter) {
                error = errorResponse(400, "status is pending, rejected, implemented, rolled_back or failed", "?status");
                return {};
            }
        }
        std::vector<evolve::Proposal> proposals;
        std::vector<evolve::Pattern> patterns;
        e = store.proposals(proposals, filter);
        if (e.empty())
            e = store.patterns(patterns);
        QJsonArray p;
        for (const evolve::Pattern& x : patterns)
            p.append(evolve::toJson(x));
        out = QJsonObject{{"patterns", p}, {"proposals", proposalsJson(proposals)}};
    } else if (what == "history") {
        std::vector<evolve::HistoryEntry> history;
        e = store.history(history);
        QJsonArray list;
        for (const auto& h : history)
            list.append(evolve::toJson(h));
        std::vector<evolve::DynamicTable> tables;
        if (e.empty())
            e = store.dynamicTables(tables);
        QJsonArray registry;
        for (const auto& t : tables)
            registry.append(evolve::toJson(t));
        out = QJsonObject{{"history", list}, {"dynamicTables", registry}};
    } else {
        evolve::EvolutionStats stats;
        e = store.stats(stats);
        out = QJsonObject{{"stats", evolve::toJson(stats)}};
    }
    if (!e.empty())
        error = errorResponse(500, e);
    return out;
}

HttpResponse listProposals(const HttpRequest& request, const ApiContext& context, const std::string& what)
{
    std::optional<HttpResponse> error;
    QJsonObject out = readStore(context, what, request.query.queryItemValue("status"), error);
    return error ? *error : jsonResponse(200, out);
}

HttpResponse startAnalysis(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (!request.body.trimmed().isEmpty())
        if (auto error = readJsonBody(request, body))
            return *error;
    evolve::EntitySources sources;
    evolve::AnalysisOptions options;
    if (auto error = sourcesOf(body, sources, options))
        return *error;
    const std::string by = who(request, body);
    const QString id = context.jobs->start(QStringLiteral("analyze"), [&context, sources, options, by](const JobRegistry::Context& job, bool& ok) {
        job.report(QJsonObject{{"phase", "reading the entities"}});
        return runAnalysis(context, sources, options, by, job.cancel, ok);
    });
    return jsonResponse(202, QJsonObject{{"job", id}, {"status", "running"}, {"poll", "/api/jobs/" + id}});
}

HttpResponse review(const HttpRequest& request, const ApiContext& context, const std::string& action)
{
    QJsonObject body;
    if (!request.body.trimmed().isEmpty())
        if (auto error = readJsonBody(request, body))
            return *error;
    const std::string id = request.captures.at(QStringLiteral("id")).toStdString();
    const std::string by = who(request, body);
    const std::string notes = body.value("notes").toString().toStdString();
    if (action == "reject") {
        bool ok = false;
        const QJsonObject outcome = runReview(context, action, id, by, notes, nullptr, ok);
        return jsonResponse(ok ? 200 : 409, outcome);
    }
    const QString job = context.jobs->start(QString::fromStdString(action), [&context, action, id, by, notes](const JobRegistry::Context& j, bool& ok) {
        j.report(QJsonObject{{"phase", QString::fromStdString(action)}, {"proposal", QString::fromStdString(id)}});
        return runReview(context, action, id, by, notes, j.cancel, ok);
    });
    return jsonResponse(202, QJsonObject{{"job", job}, {"status", "running"}, {"poll", "/api/jobs/" + job}});
}

// Seed 001's interface, as its document shows it: one endpoint, the action in the body, synchronous answers.
HttpResponse schemaAnalyzePost(const HttpRequest& request, const ApiContext& context)
{
    QJsonObject body;
    if (auto error = readJsonBody(request, body))
        return *error;
    const QString action = body.value("action").toString();
    bool ok = false;
    if (action == QLatin1String("analyze")) {
        evolve::EntitySources sources;
        evolve::AnalysisOptions options;
        if (auto error = sourcesOf(body, sources, options))
            return *error;
        const QJsonObject outcome = runAnalysis(context, sources, options, who(request, body), nullptr, ok);
        return jsonResponse(ok ? 200 : 500, outcome);
    }
    const std::map<QString, std::pair<const char*, const char*>> reviews = {
        {QStringLiteral("approve"), {"approve", "approveProposal"}},
        {QStringLiteral("reject"), {"reject", "rejectProposal"}},
        {QStringLiteral("rollback"), {"rollback", "rollbackProposal"}}};
    const auto it = reviews.find(action);
    if (it == reviews.end())
        return errorResponse(400, "\"action\" is analyze, approve, reject or rollback", "/action");
    const QString id = body.value(QLatin1String(it->second.second)).toString();
    if (id.isEmpty())
        return errorResponse(400, std::string("\"") + it->second.second + "\" names the proposal", std::string("/") + it->second.second);
    const QJsonObject outcome = runReview(context, it->second.first, id.toStdString(), who(request, body),
                                          body.value("notes").toString().toStdString(), nullptr, ok);
    return jsonResponse(ok ? 200 : 409, outcome);
}

HttpResponse schemaAnalyzeGet(const HttpRequest& request, const ApiContext& context)
{
    const QString type = request.query.queryItemValue("type");
    if (type != QLatin1String("proposals") && type != QLatin1String("history") && type != QLatin1String("stats"))
        return errorResponse(400, "type is proposals, history or stats", "?type");
    std::optional<HttpResponse> error;
    QJsonObject out = readStore(context, type.toStdString(), request.query.queryItemValue("status"), error);
    if (error)
        return *error;
    out.insert("success", true);
    return jsonResponse(200, out);
}

}  // namespace

void addProposalRoutes(RouteTable& routes, const ApiContext& context)
{
    routes.add("GET", QStringLiteral("/api/proposals"), [&context](const HttpRequest& r) { return listProposals(r, context, "proposals"); });
    routes.add("POST", QStringLiteral("/api/proposals/analyze"), [&context](const HttpRequest& r) { return startAnalysis(r, context); });
    for (const char* action : {"approve", "reject", "rollback"})
        routes.add("POST", QStringLiteral("/api/proposals/{id}/") + QLatin1String(action),
                   [&context, action](const HttpRequest& r) { return review(r, context, action); });
    routes.add("GET", QStringLiteral("/api/history"), [&context](const HttpRequest& r) { return listProposals(r, context, "history"); });
    routes.add("GET", QStringLiteral("/api/stats"), [&context](const HttpRequest& r) { return listProposals(r, context, "stats"); });
    routes.add("POST", QStringLiteral("/api/schema/analyze"), [&context](const HttpRequest& r) { return schemaAnalyzePost(r, context); });
    routes.add("GET", QStringLiteral("/api/schema/analyze"), [&context](const HttpRequest& r) { return schemaAnalyzeGet(r, context); });
}

}  // namespace ss::service
