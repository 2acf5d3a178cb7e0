#include "core/db/apply/apply_context.h"
#include "core/db/sql_exec.h"
#include "core/sql/migration_file.h"
#include "core/sql/statement_splitter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ss {

namespace {

// Runs the statements of one phase; returns false (with the outcome filled) at the first failure or cancel.
bool runPhase(ApplyContext& c, StatementPhase phase, bool cancellable)
{
    QSqlDatabase& db = c.connection.db();
    for (std::size_t i = 0; i < c.script.statements.size(); ++i) {
        const ScriptStatement& st = c.script.statements[i];
        if (st.phase != phase)
            continue;
        StatementProgress p{static_cast<int>(i) + 1, c.total(), firstLineOf(st.sql), 0, StatementStatus::Running, {}};
        if (cancellable && c.cancelRequested()) {
            c.outcome.status = ApplyStatus::Cancelled;
            c.outcome.error = "cancelled before " + statementLabel(c.script, i);
            return false;
        }
        c.progress(p);
        QElapsedTimer t;
        t.start();
        const std::string error = executeStatement(db, st);
        p.durationMs = t.elapsed();
        p.status = error.empty() ? StatementStatus::Applied : StatementStatus::Failed;
        p.error = error;
        c.progress(p);
        if (!error.empty()) {
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.failedStatement = p.index;
            c.outcome.error = statementLabel(c.script, i) + " failed: " + error;
            return false;
        }
        ++c.outcome.statementsRun;
    }
    return true;
}

bool runBackups(ApplyContext& c)
{
    QSqlQuery q(c.connection.db());
    for (std::size_t i = 0; i < c.tableBackups.statements.size(); ++i) {
        c.message("backing up table " + c.tableBackups.tables[i]);
        if (std::string e = execBound(q, QString::fromStdString(c.tableBackups.statements[i]), {}, "the backup failed");
            !e.empty()) {
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.error = "backing up table " + c.tableBackups.tables[i] + ": " + e;
            return false;
        }
    }
    if (!c.tableBackups.statements.empty())
        c.entry.backup = c.tableBackups.location;
    return true;
}

}  // namespace

void runTransactional(ApplyContext& c)
{
    QSqlDatabase& db = c.connection.db();
    // SQLite's foreign-key switch is a no-op inside a transaction: its statements run before and after it.
    if (!runPhase(c, StatementPhase::BeforeTransaction, true)) {
        c.finishEntry(LedgerStatus::Failed, c.outcome.error);
        return;
    }
    if (!db.transaction()) {
        c.outcome.status = ApplyStatus::Failed;
        c.outcome.error = "cannot begin the migration's transaction: " + db.lastError().text().toStdString();
        c.finishEntry(LedgerStatus::Failed, c.outcome.error);
        return;
    }
    bool ok = runBackups(c) && runPhase(c, StatementPhase::InTransaction, true);
    if (ok) {
        c.entry.status = LedgerStatus::Applied;
        c.entry.error.clear();
        c.entry.appliedAt = currentTimestampUtc();
        c.entry.durationMs = c.clock.elapsed();
        if (std::string e = c.ledger.save(c.entry); !e.empty()) {
            ok = false;
            c.outcome.status = ApplyStatus::Failed;
            c.outcome.error = e;
        }
    }
    if (ok && !db.commit()) {
        ok = false;
        c.outcome.status = ApplyStatus::Failed;
        c.outcome.error = "the commit failed: " + db.lastError().text().toStdString();
    }
    if (!ok) {
        if (!db.rollback() && db.lastError().isValid())
            c.message("the rollback reported: " + db.lastError().text().toStdString());
        c.message(std::string(productName(c.connection.dialect())) + " rolled the migration back: nothing of it was applied");
        if (!c.tableBackups.statements.empty())
            c.entry.backup.clear();  // the table copies went with the rollback
        c.finishEntry(LedgerStatus::Failed, c.outcome.error);
        return;
    }
    if (!runPhase(c, StatementPhase::AfterTransaction, false)) {
        // Only connection settings run here (SQLite's foreign-key switch); the migration itself stands.
        c.message("the migration is committed, but " + c.outcome.error);
        c.outcome.error.clear();
        c.outcome.failedStatement = 0;
    }
    c.outcome.status = ApplyStatus::Applied;
}

}  // namespace ss
