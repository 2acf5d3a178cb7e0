#include "app/dbx/apply_output.h"

#include "core/plan/impact_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iomanip>

namespace dbx {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QJsonArray operationsArray(const std::vector<ss::ScriptOperation>& ops)
{
    QJsonArray out;
    for (const auto& op : ops) {
        QJsonArray reasons;
        for (const auto& r : op.reasons)
            reasons.append(QJsonObject{{"code", qs(r.code)}, {"level", ss::toString(r.level)}, {"message", qs(r.message)}});
        out.append(QJsonObject{{"step", op.step},
                               {"description", qs(op.description)},
                               {"risk", ss::toString(op.risk)},
                               {"reasons", reasons}});
    }
    return out;
}

}  // namespace

void ApplyLog::statement(const ss::StatementProgress& p, std::ostream& out)
{
    if (p.status == ss::StatementStatus::Running)
        return;
    ended.push_back(p);
    const std::string counter = "[" + std::to_string(p.index) + "/" + std::to_string(p.total) + "]";
    out << counter << " " << std::left << std::setw(8) << ss::toString(p.status) << std::right
        << std::setw(7) << (p.status == ss::StatementStatus::Skipped ? std::string() : std::to_string(p.durationMs) + " ms")
        << "  " << p.firstLine << (p.status == ss::StatementStatus::Skipped ? "  (applied earlier)" : "") << "\n";
    if (!p.error.empty())
        out << "          " << p.error << "\n";
    out << std::flush;
}

void printPlanned(const ss::LivePlan& planned, std::ostream& out)
{
    out << ss::formatImpactText(planned.drift.plan, false);
    for (const auto& note : planned.drift.notes)
        out << "note: " << note << "\n";
    out << std::flush;
}

void printOutcome(const ss::ApplyOutcome& outcome, const ss::MigrationScript& script, std::ostream& out)
{
    if (outcome.status == ss::ApplyStatus::DryRun) {
        for (int index : outcome.wouldRun) {
            const auto& st = script.statements[static_cast<std::size_t>(index - 1)];
            out << "-- statement " << index << " of " << outcome.statementsTotal << "\n" << st.sql << ";\n";
        }
    }
    out << outcome.summary << "\n";
    if (!outcome.error.empty() && outcome.summary.find(outcome.error) == std::string::npos)
        out << outcome.error << "\n";
}

void printOutcomeJson(const ss::ApplyOutcome& outcome, const ss::MigrationScript& script, const ApplyLog& log,
                      const std::string& database, std::ostream& out)
{
    QJsonArray statements;
    for (const auto& p : log.ended)
        statements.append(QJsonObject{{"index", p.index},
                                      {"first_line", qs(p.firstLine)},
                                      {"status", ss::toString(p.status)},
                                      {"duration_ms", static_cast<qint64>(p.durationMs)},
                                      {"error", qs(p.error)}});
    QJsonArray wouldRun;
    for (int index : outcome.wouldRun)
        wouldRun.append(QJsonObject{{"index", index}, {"sql", qs(script.statements[static_cast<std::size_t>(index - 1)].sql)}});
    QJsonArray messages;
    for (const auto& m : outcome.messages)
        messages.append(qs(m));
    const QJsonObject root{{"migration", qs(outcome.migrationId)},
                           {"database", qs(database)},
                           {"source", qs(script.source)},
                           {"checksum", qs(script.checksum)},
                           {"status", ss::toString(outcome.status)},
                           {"summary", qs(outcome.summary)},
                           {"error", qs(outcome.error)},
                           {"statements_total", outcome.statementsTotal},
                           {"statements_run", outcome.statementsRun},
                           {"resumed_from", outcome.resumedFrom},
                           {"failed_statement", outcome.failedStatement},
                           {"duration_ms", static_cast<qint64>(outcome.durationMs)},
                           {"backup", qs(outcome.backup)},
                           {"breaking", operationsArray(outcome.breaking)},
                           {"statements", statements},
                           {"would_run", wouldRun},
                           {"messages", messages}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

}  // namespace dbx
