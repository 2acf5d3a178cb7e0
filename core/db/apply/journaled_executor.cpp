#include "core/db/apply/apply_context.h"
#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"
#include "core/sql/statement_splitter.h"

#include <QSqlQuery>

namespace ss {

namespace {

// The copies auto-commit like any DDL here. A copy left by an attempt that stopped before the ledger recorded
// it is replaced: it belongs to this migration and nothing refers to it yet.
bool runBackups(ApplyContext& c)
{
    if (c.tableBackups.statements.empty())
        return true;
    const auto renderer = makeRenderer(c.connection.dialect());
    QSqlQuery q(c.connection.db());
    for (std::size_t i = 0; i < c.tableBackups.statements.size(); ++i) {
        c.message("backing up table " + c.tableBackups.tables[i]);
        std::string e = execBound(q, QString::fromStdString("DROP TABLE IF EXISTS " + renderer->quote(c.tableBackups.copies[i])),
                                  {}, "the backup failed");
        if (e.empty())
            e = execBound(q, QString::fromStdString(c.tableBackups.statements[i]), {}, "the backup failed");
        if (!e.empty()) {
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.error = "backing up table " + c.tableBackups.tables[i] + ": " + e;
            c.finishEntry(LedgerStatus::Failed, c.outcome.error);
            return false;
        }
    }
    c.entry.backup = c.tableBackups.location;
    if (std::string e = c.ledger.save(c.entry); !e.empty()) {
        c.outcome.status = ApplyStatus::Failed;
        c.outcome.error = e;
        return false;
    }
    return true;
}

std::string resumeHint(const ApplyContext& c, std::size_t next)
{
    return "apply " + c.script.source + " again to resume from statement " + std::to_string(next + 1);
}

}  // namespace

void runJournaled(ApplyContext& c)
{
    if (!runBackups(c))
        return;
    QSqlDatabase& db = c.connection.db();
    const std::size_t n = c.script.statements.size();
    for (std::size_t i = 0; i < c.startAt && i < n; ++i)
        c.progress({static_cast<int>(i) + 1, c.total(), firstLineOf(c.script.statements[i].sql), 0,
                    StatementStatus::Skipped, {}});
    for (std::size_t i = c.startAt; i < n; ++i) {
        const ScriptStatement& st = c.script.statements[i];
        if (c.cancelRequested()) {
            c.outcome.status = ApplyStatus::Cancelled;
            c.outcome.error = "cancelled after " + std::to_string(i) + " of " + std::to_string(n) + " statements; " +
                              resumeHint(c, i);
            c.finishEntry(LedgerStatus::Failed, c.outcome.error);
            return;
        }
        JournalStep step{c.script.id, static_cast<int>(i) + 1, st.checksum, firstLineOf(st.sql), LedgerStatus::Running, 0, {}};
        StatementProgress p{step.index, c.total(), step.firstLine, 0, StatementStatus::Running, {}};
        if (std::string e = c.ledger.saveStep(step); !e.empty()) {
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.error = e + "; nothing more was run";
            c.finishEntry(LedgerStatus::Failed, c.outcome.error);
            return;
        }
        c.progress(p);
        QElapsedTimer t;
        t.start();
        const std::string error = executeStatement(db, st);
        step.durationMs = p.durationMs = t.elapsed();
        step.status = error.empty() ? LedgerStatus::Applied : LedgerStatus::Failed;
        step.error = p.error = error;
        p.status = error.empty() ? StatementStatus::Applied : StatementStatus::Failed;
        const std::string journalError = c.ledger.saveStep(step);
        c.progress(p);
        if (!error.empty()) {
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.failedStatement = step.index;
            c.outcome.error = statementLabel(c.script, i) + " failed: " + error + "; " +
                              (i == 0 ? std::string("no statement is applied")
                                      : i == 1 ? std::string("statement 1 is applied")
                                               : "statements 1 to " + std::to_string(i) + " are applied") +
                              " (MySQL commits DDL as it goes); remove the cause and " + resumeHint(c, i);
            c.finishEntry(LedgerStatus::Failed, c.outcome.error);
            return;
        }
        ++c.outcome.statementsRun;
        if (!journalError.empty()) {
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.error = statementLabel(c.script, i) + " ran, but the journal could not record it: " + journalError;
            c.finishEntry(LedgerStatus::Failed, c.outcome.error);
            return;
        }
    }
    c.finishEntry(LedgerStatus::Applied, {});
    c.outcome.status = ApplyStatus::Applied;
}

}  // namespace ss
