#pragma once

#include "core/sql/dialect.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>
#include <string>
#include <vector>

namespace ss {

enum class LedgerStatus { Running, Applied, Failed };

const char* toString(LedgerStatus status);  // "running", "applied", "failed"
std::optional<LedgerStatus> parseLedgerStatus(const std::string& text);

// One row of dbx_migrations: a migration and the last attempt to apply it.
struct LedgerEntry {
    std::string id;
    std::string checksum;
    std::string description;
    std::string source;       // the migration file, or the target spec it was planned from
    std::string fromVersion;
    std::string toVersion;
    std::string startedAt;    // ISO 8601, UTC
    std::string appliedAt;    // when the attempt ended; empty while it runs
    std::string appliedBy;    // OS user@host
    long long pid = 0;
    long long durationMs = 0;
    int statements = 0;
    LedgerStatus status = LedgerStatus::Running;
    std::string error;
    std::string backup;       // where the backup taken before it is; empty when none was needed
};

// One row of dbx_migration_steps: a statement of a migration on a database whose DDL is not transactional.
struct JournalStep {
    std::string migrationId;
    int index = 0;            // 1-based, in the order the migration runs its statements
    std::string checksum;
    std::string firstLine;
    LedgerStatus status = LedgerStatus::Running;
    long long durationMs = 0;
    std::string error;
};

// The migration ledger kept inside the target database: dbx_migrations and, for MySQL/MariaDB, the per-statement
// journal dbx_migration_steps. Names quoted by the dialect, values bound. Each call runs on the connection as it
// is: inside the caller's transaction when one is open. Every call returns an empty string or the error.
class Ledger {
public:
    static constexpr const char* kTable = "dbx_migrations";
    static constexpr const char* kStepsTable = "dbx_migration_steps";

    Ledger(QSqlDatabase& db, Dialect dialect) : m_db(db), m_dialect(dialect) {}

    std::string exists(bool& out);
    std::string ensureTables();

    std::string find(const std::string& id, std::optional<LedgerEntry>& out);
    std::string history(std::vector<LedgerEntry>& out);  // oldest first
    std::string save(const LedgerEntry& entry);        // inserts, or replaces the row with the same id

    std::string steps(const std::string& migrationId, std::vector<JournalStep>& out);  // by index
    std::string saveStep(const JournalStep& step);

private:
    std::string q(const char* identifier) const;
    std::string tableExists(const char* name, bool& out);
    std::string select(const std::string& where, const QVariantList& values, std::vector<LedgerEntry>& out);

    QSqlDatabase& m_db;
    Dialect m_dialect;
};

}  // namespace ss
