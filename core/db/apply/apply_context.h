#pragma once

#include "core/db/apply/apply_engine.h"
#include "core/db/apply/backup.h"
#include "core/db/apply/ledger.h"

#include <QElapsedTimer>

namespace ss {

// What the executors share while one migration is applied (internal to core/db/apply).
struct ApplyContext {
    ApplyContext(DatabaseConnection& c, const MigrationScript& s, const ApplyOptions& o, ApplyOutcome& out)
        : connection(c), script(s), options(o), ledger(c.db(), c.dialect()), outcome(out)
    {
    }

    DatabaseConnection& connection;
    const MigrationScript& script;
    const ApplyOptions& options;
    Ledger ledger;
    ApplyOutcome& outcome;
    LedgerEntry entry;         // the ledger row this run writes
    BackupPlan tableBackups;   // PostgreSQL/MySQL copies to run before the statements
    std::size_t startAt = 0;   // the first statement to run (a resumed MySQL migration starts later)
    QElapsedTimer clock;

    void message(const std::string& text);
    void progress(const StatementProgress& p) const;
    bool cancelRequested() const;
    int total() const { return static_cast<int>(script.statements.size()); }
    // Records the attempt as ended in the ledger; a ledger that cannot be written is reported as a message.
    void finishEntry(LedgerStatus status, const std::string& error);
};

// Runs one statement; a check statement (mustReturnNoRows) fails when it returns a row. Returns the error or "".
std::string executeStatement(QSqlDatabase& db, const ScriptStatement& statement);

// "statement 4 (ALTER TABLE "t" ...)": how messages name a statement.
std::string statementLabel(const MigrationScript& script, std::size_t index);

// SQLite and PostgreSQL: the whole migration in one transaction with its ledger row.
void runTransactional(ApplyContext& context);
// MySQL/MariaDB: statement by statement, each recorded in dbx_migration_steps as it completes.
void runJournaled(ApplyContext& context);

}  // namespace ss
