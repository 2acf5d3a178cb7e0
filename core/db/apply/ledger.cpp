#include "core/db/apply/ledger.h"

#include "core/db/apply/table_names.h"
#include "core/db/bookkeeping_sql.h"
#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>

#include <functional>
#include <set>

namespace ss {

namespace {

// Types every dialect accepts; VARCHAR(191) keeps MySQL's utf8mb4 keys within the index size limit.
constexpr const char* kMigrationsColumns =
    "{id} VARCHAR(191) NOT NULL PRIMARY KEY, {checksum} VARCHAR(80) NOT NULL, {description} TEXT, {source} TEXT, "
    "{from_version} VARCHAR(100), {to_version} VARCHAR(100), {started_at} VARCHAR(40) NOT NULL, "
    "{applied_at} VARCHAR(40), {applied_by} VARCHAR(255) NOT NULL, {pid} BIGINT, {duration_ms} BIGINT, "
    "{statements} INTEGER, {status} VARCHAR(20) NOT NULL, {error} TEXT, {backup} TEXT";

constexpr const char* kStepsColumns =
    "{migration_id} VARCHAR(191) NOT NULL, {statement_index} INTEGER NOT NULL, {checksum} VARCHAR(80) NOT NULL, "
    "{first_line} VARCHAR(500), {status} VARCHAR(20) NOT NULL, {duration_ms} BIGINT, {error} TEXT, "
    "PRIMARY KEY ({migration_id}, {statement_index})";

const std::vector<const char*> kEntryColumns = {"id",       "checksum",   "description", "source",      "from_version",
                                                "to_version", "started_at", "applied_at",  "applied_by", "pid",
                                                "duration_ms", "statements", "status",     "error",       "backup"};
const std::vector<const char*> kStepColumns = {"migration_id", "statement_index", "checksum", "first_line",
                                               "status",       "duration_ms",     "error"};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}



}  // namespace

const char* toString(LedgerStatus status)
{
    switch (status) {
    case LedgerStatus::Running: return "running";
    case LedgerStatus::Applied: return "applied";
    case LedgerStatus::Failed: return "failed";
    }
    return "failed";
}

std::optional<LedgerStatus> parseLedgerStatus(const std::string& text)
{
    for (LedgerStatus s : {LedgerStatus::Running, LedgerStatus::Applied, LedgerStatus::Failed})
        if (text == toString(s))
            return s;
    return std::nullopt;
}

std::string Ledger::q(const char* identifier) const
{
    return makeRenderer(m_dialect)->quote(identifier);
}

namespace {


std::string assignments(const std::vector<const char*>& columns, std::size_t from,
                        const std::function<std::string(const char*)>& quote)
{
    std::string out;
    for (std::size_t i = from; i < columns.size(); ++i)
        out += (i == from ? "" : ", ") + quote(columns[i]) + " = ?";
    return out;
}

}  // namespace

std::string Ledger::tableExists(const char* name, bool& out)
{
    std::set<std::string> tables;
    if (std::string error = readTableNames(m_db, m_dialect, tables); !error.empty())
        return error;
    out = tables.count(name) > 0;
    return {};
}

std::string Ledger::exists(bool& out)
{
    return tableExists(kTable, out);
}

std::string Ledger::ensureTables()
{
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_db);
    std::string sql = "CREATE TABLE IF NOT EXISTS " + q(kTable) + " (" + quoteNames(kMigrationsColumns, quote) + ")";
    if (std::string error = execBound(query, qs(sql), {}, std::string("creating the ledger table ") + kTable); !error.empty())
        return error;
    if (m_dialect != Dialect::MySql)
        return {};
    sql = "CREATE TABLE IF NOT EXISTS " + q(kStepsTable) + " (" + quoteNames(kStepsColumns, quote) + ")";
    return execBound(query, qs(sql), {}, std::string("creating the statement journal ") + kStepsTable);
}

std::string Ledger::select(const std::string& where, const QVariantList& values, std::vector<LedgerEntry>& out)
{
    out.clear();
    bool present = false;
    if (std::string error = exists(present); !error.empty() || !present)
        return error;
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const std::string sql = "SELECT " + columnList(kEntryColumns, quote) + " FROM " + q(kTable) + where;
    if (std::string error = execBound(query, qs(sql), values, "reading the ledger"); !error.empty())
        return error;
    while (query.next()) {
        LedgerEntry e;
        e.id = columnText(query, 0);
        e.checksum = columnText(query, 1);
        e.description = columnText(query, 2);
        e.source = columnText(query, 3);
        e.fromVersion = columnText(query, 4);
        e.toVersion = columnText(query, 5);
        e.startedAt = columnText(query, 6);
        e.appliedAt = columnText(query, 7);
        e.appliedBy = columnText(query, 8);
        e.pid = query.value(9).toLongLong();
        e.durationMs = query.value(10).toLongLong();
        e.statements = query.value(11).toInt();
        e.status = parseLedgerStatus(columnText(query, 12)).value_or(LedgerStatus::Failed);
        e.error = columnText(query, 13);
        e.backup = columnText(query, 14);
        out.push_back(std::move(e));
    }
    return {};
}

std::string Ledger::find(const std::string& id, std::optional<LedgerEntry>& out)
{
    out.reset();
    std::vector<LedgerEntry> rows;
    if (std::string error = select(" WHERE " + q("id") + " = ?", {qs(id)}, rows); !error.empty())
        return error;
    if (!rows.empty())
        out = std::move(rows.front());
    return {};
}

std::string Ledger::history(std::vector<LedgerEntry>& out)
{
    return select(" ORDER BY " + q("started_at") + ", " + q("id"), {}, out);
}

std::string Ledger::save(const LedgerEntry& e)
{
    std::optional<LedgerEntry> existing;
    if (std::string error = find(e.id, existing); !error.empty())
        return error;
    const QVariantList values = {qs(e.id),          qs(e.checksum),   nullIfEmpty(e.description), nullIfEmpty(e.source),
                                 nullIfEmpty(e.fromVersion), nullIfEmpty(e.toVersion), qs(e.startedAt), nullIfEmpty(e.appliedAt),
                                 qs(e.appliedBy),   QVariant(e.pid),  QVariant(e.durationMs), QVariant(e.statements),
                                 qs(toString(e.status)), nullIfEmpty(e.error), nullIfEmpty(e.backup)};
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_db);
    if (!existing) {
        const std::string sql = "INSERT INTO " + q(kTable) + " (" + columnList(kEntryColumns, quote) + ") VALUES (" +
                                placeholders(kEntryColumns.size()) + ")";
        return execBound(query, qs(sql), values, "recording migration " + e.id + " in the ledger");
    }
    QVariantList updateValues = values.mid(1);
    updateValues.append(qs(e.id));
    const std::string sql =
        "UPDATE " + q(kTable) + " SET " + assignments(kEntryColumns, 1, quote) + " WHERE " + q("id") + " = ?";
    return execBound(query, qs(sql), updateValues, "updating migration " + e.id + " in the ledger");
}

std::string Ledger::steps(const std::string& migrationId, std::vector<JournalStep>& out)
{
    out.clear();
    bool present = false;
    if (std::string error = tableExists(kStepsTable, present); !error.empty() || !present)
        return error;
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const std::string sql = "SELECT " + columnList(kStepColumns, quote) + " FROM " + q(kStepsTable) + " WHERE " +
                            q("migration_id") + " = ? ORDER BY " + q("statement_index");
    if (std::string error = execBound(query, qs(sql), {qs(migrationId)}, "reading the statement journal"); !error.empty())
        return error;
    while (query.next()) {
        JournalStep s;
        s.migrationId = columnText(query, 0);
        s.index = query.value(1).toInt();
        s.checksum = columnText(query, 2);
        s.firstLine = columnText(query, 3);
        s.status = parseLedgerStatus(columnText(query, 4)).value_or(LedgerStatus::Failed);
        s.durationMs = query.value(5).toLongLong();
        s.error = columnText(query, 6);
        out.push_back(std::move(s));
    }
    return {};
}

std::string Ledger::saveStep(const JournalStep& s)
{
    const std::string where = " WHERE " + q("migration_id") + " = ? AND " + q("statement_index") + " = ?";
    QSqlQuery query(m_db);
    if (std::string error = execBound(query, qs("SELECT COUNT(*) FROM " + q(kStepsTable) + where),
                                      {qs(s.migrationId), s.index}, "reading the statement journal");
        !error.empty())
        return error;
    const bool present = query.next() && query.value(0).toInt() > 0;
    const auto quote = [this](const char* name) { return q(name); };
    const QVariantList values = {qs(s.migrationId), s.index, qs(s.checksum), qs(s.firstLine), qs(toString(s.status)),
                                 QVariant(s.durationMs), nullIfEmpty(s.error)};
    const std::string purpose = "recording statement " + std::to_string(s.index) + " of " + s.migrationId + " in the journal";
    if (!present) {
        const std::string sql = "INSERT INTO " + q(kStepsTable) + " (" + columnList(kStepColumns, quote) + ") VALUES (" +
                                placeholders(kStepColumns.size()) + ")";
        return execBound(query, qs(sql), values, purpose);
    }
    // One UPDATE, so that the journal never lacks the row between two writes.
    QVariantList updateValues = values.mid(2);
    updateValues.append(qs(s.migrationId));
    updateValues.append(s.index);
    const std::string sql = "UPDATE " + q(kStepsTable) + " SET " + assignments(kStepColumns, 2, quote) + where;
    return execBound(query, qs(sql), updateValues, purpose);
}

}  // namespace ss
