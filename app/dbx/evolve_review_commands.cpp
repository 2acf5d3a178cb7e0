#include "app/dbx/evolve_input.h"

#include "core/evolve/evolution_store.h"
#include "core/evolve/review.h"
#include "core/evolve/sample_entities.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <iostream>

namespace dbx {

namespace {

QJsonObject outcomeJson(const std::string& action, const ss::evolve::ReviewOutcome& outcome)
{
    QJsonObject json{{QStringLiteral("success"), outcome.ok()},
                     {QStringLiteral("action"), QString::fromStdString(action)},
                     {QStringLiteral("proposal"), ss::evolve::toJson(outcome.proposal)},
                     {QStringLiteral("migrationId"), QString::fromStdString(outcome.migrationId)},
                     {QStringLiteral("sqlExecuted"), QString::fromStdString(outcome.sql)},
                     {QStringLiteral("rollbackSql"), QString::fromStdString(outcome.rollbackSql)},
                     {QStringLiteral("rows"), double(outcome.rows)}};
    if (!outcome.backup.empty())
        json.insert(QStringLiteral("backup"), QString::fromStdString(outcome.backup));
    if (!outcome.ok())
        json.insert(QStringLiteral("error"), QString::fromStdString(outcome.error));
    return json;
}

void printProposal(const ss::evolve::Proposal& p)
{
    std::cout << p.title << "\n  id:         " << p.id << "\n  type:       " << toString(p.type) << "\n  priority:   "
              << toString(p.priority) << "\n  status:     " << toString(p.status) << "\n  confidence: "
              << static_cast<int>(p.confidence * 100 + 0.5) << "%   frequency: " << p.frequency << "\n";
    if (!p.dependsOn.empty()) {
        std::cout << "  after:     ";
        for (const std::string& d : p.dependsOn)
            std::cout << " " << d;
        std::cout << "\n";
    }
    if (!p.reviewedBy.empty())
        std::cout << "  reviewed by " << p.reviewedBy << (p.reviewNotes.empty() ? "" : ": " + p.reviewNotes) << "\n";
    std::cout << "\n" << p.rationale << "\n\nSQL (" << p.dialect << "):\n" << p.sqlPreview;
}

}  // namespace

int runEvolveReview(const std::string& action, const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "reviewer", "notes"}, {"json", "help"}, error))
        return usageError("evolve " + action, error, kEvolveUsage);
    if (args.has("help")) {
        std::cout << kEvolveUsage << "\n";
        return kOk;
    }
    if (args.positionals().size() != 1)
        return usageError("evolve " + action, "give the id of one proposal (dbx evolve list shows them)", kEvolveUsage);
    ss::DatabaseConnection connection;
    ss::evolve::ReviewRequest request;
    if (const int code = openEvolveDatabase(action, args, connection, request.currentSpecPath); code >= 0)
        return code;
    request.proposalId = args.positionals().front();
    request.reviewer = args.value("reviewer");
    request.notes = args.value("notes");
    const bool json = args.has("json");
    request.onMessage = [&](const std::string& m) { (json ? std::cerr : std::cout) << "dbx evolve " << action << ": " << m << "\n"; };
    const ss::evolve::ReviewOutcome outcome = action == "approve"  ? ss::evolve::approveProposal(connection, request)
                                              : action == "reject" ? ss::evolve::rejectProposal(connection, request)
                                                                   : ss::evolve::rollbackProposal(connection, request);
    if (json) {
        std::cout << indentedJson(outcomeJson(action, outcome));
    } else if (outcome.ok()) {
        std::cout << (action == "approve"  ? "approved and implemented: "
                      : action == "reject" ? "rejected: "
                                           : "rolled back: ")
                  << outcome.proposal.title << " (" << outcome.proposal.id << ")\n";
        if (!outcome.migrationId.empty())
            std::cout << "migration " << outcome.migrationId << " is in the ledger\n";
        if (action == "approve" && outcome.proposal.backfill.kind != ss::evolve::BackfillRecipe::Kind::None)
            std::cout << outcome.rows << " row(s) filled into " << outcome.proposal.backfill.table << "\n";
        if (!outcome.backup.empty())
            std::cout << "backup: " << outcome.backup << "\n";
    }
    if (!outcome.ok()) {
        std::cerr << "dbx evolve " << action << ": " << outcome.error << "\n";
        return kFindings;
    }
    return kOk;
}

int runEvolveList(const std::string& what, const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "status", "proposal"}, {"json", "help"}, error))
        return usageError("evolve " + what, error, kEvolveUsage);
    if (args.has("help")) {
        std::cout << kEvolveUsage << "\n";
        return kOk;
    }
    if (what == "show" ? args.positionals().size() != 1 : !args.positionals().empty())
        return usageError("evolve " + what, what == "show" ? "give the id of one proposal" : "unexpected argument", kEvolveUsage);
    std::optional<ss::evolve::ProposalStatus> status;
    if (args.has("status")) {
        status = ss::evolve::parseProposalStatus(args.value("status"));
        if (!status)
            return usageError("evolve " + what, "--status is pending, rejected, implemented, rolled_back or failed", kEvolveUsage);
    }
    ss::DatabaseConnection connection;
    std::string currentSpecPath;
    if (const int code = openEvolveDatabase(what, args, connection, currentSpecPath); code >= 0)
        return code;
    ss::evolve::EvolutionStore store(connection);
    const bool json = args.has("json");
    const auto failed = [&](const std::string& e) {
        std::cerr << "dbx evolve " << what << ": " << e << "\n";
        return kFindings;
    };
    if (what == "list") {
        std::vector<ss::evolve::Proposal> proposals;
        std::vector<ss::evolve::Pattern> patterns;
        if (std::string e = store.proposals(proposals, status); !e.empty())
            return failed(e);
        if (std::string e = store.patterns(patterns); !e.empty())
            return failed(e);
        if (json) {
            QJsonArray p, q;
            for (const auto& x : patterns)
                p.append(ss::evolve::toJson(x));
            for (const auto& x : proposals)
                q.append(ss::evolve::toJson(x));
            std::cout << indentedJson(QJsonObject{{QStringLiteral("patterns"), p}, {QStringLiteral("proposals"), q}});
            return kOk;
        }
        if (proposals.empty())
            std::cout << "no proposals" << (status ? std::string(" ") + toString(*status) : std::string()) << " (dbx evolve analyze makes them)\n";
        for (const auto& p : proposals)
            std::printf("%-12s %-7s %-12s %s\n             %s\n", toString(p.status), toString(p.priority), toString(p.type),
                        p.title.c_str(), p.id.c_str());
        return kOk;
    }
    if (what == "show") {
        std::optional<ss::evolve::Proposal> found;
        if (std::string e = store.find(args.positionals().front(), found); !e.empty())
            return failed(e);
        if (!found)
            return failed("there is no proposal " + args.positionals().front() + " (dbx evolve list shows them)");
        if (json)
            std::cout << indentedJson(ss::evolve::toJson(*found));
        else
            printProposal(*found);
        return kOk;
    }
    if (what == "history") {
        std::vector<ss::evolve::HistoryEntry> entries;
        if (std::string e = store.history(entries, args.value("proposal")); !e.empty())
            return failed(e);
        if (json) {
            QJsonArray list;
            for (const auto& h : entries)
                list.append(ss::evolve::toJson(h));
            std::cout << indentedJson(QJsonObject{{QStringLiteral("history"), list}});
            return kOk;
        }
        if (entries.empty())
            std::cout << "no history yet\n";
        for (const auto& h : entries)
            std::printf("%-24s %-8s %-4s %-30s %s%s\n", h.executedAt.c_str(), h.action.c_str(), h.success ? "ok" : "FAIL",
                        h.executedBy.c_str(), h.proposalId.c_str(), h.error.empty() ? "" : (": " + h.error).c_str());
        return kOk;
    }
    if (what == "tables") {
        std::vector<ss::evolve::DynamicTable> tables;
        if (std::string e = store.dynamicTables(tables); !e.empty())
            return failed(e);
        if (json) {
            QJsonArray list;
            for (const auto& t : tables)
                list.append(ss::evolve::toJson(t));
            std::cout << indentedJson(QJsonObject{{QStringLiteral("tables"), list}});
            return kOk;
        }
        if (tables.empty())
            std::cout << "no tables created by proposals\n";
        for (const auto& t : tables)
            std::printf("%-32s %-8s %8lld rows  %s\n", t.tableName.c_str(), t.active ? "active" : "inactive", t.rows,
                        t.proposalId.c_str());
        return kOk;
    }
    ss::evolve::EvolutionStats stats;
    if (std::string e = store.stats(stats); !e.empty())
        return failed(e);
    if (json) {
        std::cout << indentedJson(ss::evolve::toJson(stats));
        return kOk;
    }
    std::cout << stats.proposals << " proposal(s), " << stats.patterns << " pattern(s)\n";
    for (const auto& [k, v] : stats.byStatus)
        std::cout << "  " << k << ": " << v << "\n";
    std::cout << stats.approvals << " approval(s), " << stats.rollbacks << " rollback(s), " << stats.failedActions
              << " failed action(s); " << stats.activeTables << " active dynamic table(s)\n";
    return kOk;
}

int runEvolveSample(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project"}, {"help"}, error))
        return usageError("evolve sample", error, kEvolveUsage);
    if (args.has("help")) {
        std::cout << kEvolveUsage << "\n";
        return kOk;
    }
    ss::DatabaseConnection connection;
    std::string currentSpecPath;
    if (const int code = openEvolveDatabase("sample", args, connection, currentSpecPath, true); code >= 0)
        return code;
    long long rows = 0;
    if (std::string e = ss::evolve::installSampleEntities(connection, currentSpecPath, rows); !e.empty()) {
        std::cerr << "dbx evolve sample: " << e << "\n";
        return kFindings;
    }
    if (rows == 0)
        std::cout << "the database has knowledge_entities already: left as it is\n";
    else
        std::cout << rows << " sample entities in knowledge_entities" << (currentSpecPath.empty() ? "" : "; " + currentSpecPath + " records the table") << "\n";
    return kOk;
}

}  // namespace dbx
