#include "core/evolve/evolution_store.h"

#include "core/db/apply/table_names.h"
#include "core/db/bookkeeping_sql.h"
#include "core/db/run_log.h"
#include "core/db/sql_exec.h"
#include "core/evolve/json_lists.h"
#include "core/sql/sql_renderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <map>
#include <set>

namespace ss::evolve {

namespace {

// Types every dialect accepts; VARCHAR(191) keeps MySQL's utf8mb4 keys within the index size limit.
constexpr const char* kProposalsShape =
    "{id} VARCHAR(191) NOT NULL PRIMARY KEY, {type} VARCHAR(20) NOT NULL, {priority} VARCHAR(10) NOT NULL, "
    "{status} VARCHAR(20) NOT NULL, {title} TEXT NOT NULL, {description} TEXT NOT NULL, {rationale} TEXT NOT NULL, "
    "{impact} TEXT NOT NULL, {sql_preview} TEXT NOT NULL, {supporting_data} TEXT NOT NULL, {change_spec} TEXT NOT NULL, "
    "{backfill} TEXT NOT NULL, {sources} TEXT NOT NULL, {depends_on} TEXT NOT NULL, {pattern_id} VARCHAR(191), "
    "{confidence} DOUBLE PRECISION, {frequency} BIGINT, {dialect} VARCHAR(20), {created_at} VARCHAR(40) NOT NULL, "
    "{updated_at} VARCHAR(40), {implemented_at} VARCHAR(40), {reviewed_by} VARCHAR(255), {review_notes} TEXT";
const std::vector<const char*> kProposalColumns = {
    "id",          "type",     "priority",   "status",     "title",      "description",    "rationale",
    "impact",      "sql_preview", "supporting_data", "change_spec", "backfill", "sources", "depends_on",
    "pattern_id",  "confidence", "frequency", "dialect",   "created_at", "updated_at",     "implemented_at",
    "reviewed_by", "review_notes"};

constexpr const char* kPatternsShape =
    "{id} VARCHAR(191) NOT NULL PRIMARY KEY, {kind} VARCHAR(40) NOT NULL, {name} TEXT NOT NULL, {description} TEXT NOT NULL, "
    "{confidence} DOUBLE PRECISION NOT NULL, {frequency} BIGINT NOT NULL, {examples} TEXT NOT NULL, {evidence} TEXT NOT NULL, "
    "{suggested_structure} TEXT NOT NULL, {status} VARCHAR(20) NOT NULL, {created_at} VARCHAR(40) NOT NULL, "
    "{last_analyzed} VARCHAR(40) NOT NULL";
const std::vector<const char*> kPatternColumns = {"id",       "kind",     "name",                "description",
                                                  "confidence", "frequency", "examples",          "evidence",
                                                  "suggested_structure", "status", "created_at", "last_analyzed"};

constexpr const char* kHistoryShape =
    "{id} VARCHAR(64) NOT NULL PRIMARY KEY, {proposal_id} VARCHAR(191) NOT NULL, {action_type} VARCHAR(20) NOT NULL, "
    "{sql_executed} TEXT NOT NULL, {success} INTEGER NOT NULL, {error_message} TEXT, {executed_at} VARCHAR(40) NOT NULL, "
    "{executed_by} VARCHAR(255), {rollback_sql} TEXT, {migration_id} VARCHAR(191), {rows_affected} BIGINT, {notes} TEXT";
const std::vector<const char*> kHistoryColumns = {"id",          "proposal_id", "action_type",  "sql_executed",
                                                  "success",     "error_message", "executed_at", "executed_by",
                                                  "rollback_sql", "migration_id", "rows_affected", "notes"};

constexpr const char* kTablesShape =
    "{table_name} VARCHAR(191) NOT NULL PRIMARY KEY, {created_from_proposal} VARCHAR(191) NOT NULL, {schema_sql} TEXT NOT NULL, "
    "{is_active} INTEGER NOT NULL, {created_at} VARCHAR(40) NOT NULL, {last_modified} VARCHAR(40) NOT NULL, {rows_backfilled} BIGINT";
const std::vector<const char*> kTableColumns = {"table_name", "created_from_proposal", "schema_sql", "is_active",
                                                "created_at", "last_modified",         "rows_backfilled"};

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray& a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QSqlQuery& q, int i) { return QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object(); }
QJsonArray array(const QSqlQuery& q, int i) { return QJsonDocument::fromJson(q.value(i).toString().toUtf8()).array(); }

QVariantList proposalValues(const Proposal& p)
{
    return {qs(p.id), QString::fromLatin1(toString(p.type)), QString::fromLatin1(toString(p.priority)),
            QString::fromLatin1(toString(p.status)), qs(p.title), qs(p.description), qs(p.rationale), compact(p.impact),
            qs(p.sqlPreview), compact(p.supportingData), compact(toJson(p.change)), compact(toJson(p.backfill)),
            compact(p.sources), compact(stringArray(p.dependsOn)), nullIfEmpty(p.patternId), p.confidence,
            QVariant::fromValue<qlonglong>(p.frequency), qs(p.dialect), qs(p.createdAt.empty() ? utcTimestampNow() : p.createdAt),
            qs(utcTimestampNow()), nullIfEmpty(p.implementedAt), nullIfEmpty(p.reviewedBy), nullIfEmpty(p.reviewNotes)};
}

Proposal proposalOf(const QSqlQuery& q)
{
    Proposal p;
    p.id = columnText(q, 0);
    p.type = parseProposalType(columnText(q, 1)).value_or(ProposalType::Table);
    p.priority = parsePriority(columnText(q, 2)).value_or(Priority::Medium);
    p.status = parseProposalStatus(columnText(q, 3)).value_or(ProposalStatus::Pending);
    p.title = columnText(q, 4);
    p.description = columnText(q, 5);
    p.rationale = columnText(q, 6);
    p.impact = object(q, 7);
    p.sqlPreview = columnText(q, 8);
    p.supportingData = object(q, 9);
    specChangeFromJson(object(q, 10), p.change);
    p.backfill = backfillRecipeFromJson(object(q, 11));
    p.sources = object(q, 12);
    p.dependsOn = stringList(array(q, 13));
    p.patternId = columnText(q, 14);
    p.confidence = q.value(15).toDouble();
    p.frequency = q.value(16).toLongLong();
    p.dialect = columnText(q, 17);
    p.createdAt = columnText(q, 18);
    p.implementedAt = columnText(q, 20);
    p.reviewedBy = columnText(q, 21);
    p.reviewNotes = columnText(q, 22);
    return p;
}

std::string assignments(const std::vector<const char*>& columns, const std::function<std::string(const char*)>& quote)
{
    std::string out;
    for (std::size_t i = 1; i < columns.size(); ++i)
        out += (i > 1 ? ", " : "") + quote(columns[i]) + " = ?";
    return out;
}

}  // namespace

std::string EvolutionStore::select(const char* table, const std::vector<const char*>& columns, const std::string& where,
                                  const QVariantList& values, const std::string& order,
                                  const std::function<void(const QSqlQuery&)>& row)
{
    bool present = false;
    if (std::string error = exists(present); !error.empty() || !present)
        return error;
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    const std::string sql = "SELECT " + columnList(columns, quote) + " FROM " + q(table) + (where.empty() ? "" : " WHERE " + where)
                            + (order.empty() ? "" : " ORDER BY " + order);
    if (std::string error = execBound(query, qs(sql), values, std::string("reading ") + table); !error.empty())
        return error;
    while (query.next())
        row(query);
    return {};
}

std::string EvolutionStore::q(const char* name) const
{
    return makeRenderer(m_connection.dialect())->quote(name);
}

std::string EvolutionStore::ensureTables()
{
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_connection.db());
    for (const auto& [table, shape] : {std::pair{kProposals, kProposalsShape}, std::pair{kPatterns, kPatternsShape},
                                       std::pair{kHistory, kHistoryShape}, std::pair{kDynamicTables, kTablesShape}}) {
        const std::string sql = "CREATE TABLE IF NOT EXISTS " + q(table) + " (" + quoteNames(shape, quote) + ")";
        if (std::string error = execBound(query, qs(sql), {}, std::string("creating ") + table); !error.empty())
            return error;
    }
    return {};
}

std::string EvolutionStore::exists(bool& out)
{
    std::set<std::string> names;
    std::string error = readTableNames(m_connection.db(), m_connection.dialect(), names);
    out = names.count(kProposals) > 0;
    return error;
}

bool EvolutionStore::hasRow(const char* table, const std::string& id, std::string& error)
{
    QSqlQuery query(m_connection.db());
    const std::string key = std::string(table) == kDynamicTables ? "table_name" : "id";
    error = execBound(query, qs("SELECT 1 FROM " + q(table) + " WHERE " + q(key.c_str()) + " = ?"), {qs(id)},
                      std::string("reading ") + table);
    return error.empty() && query.next();
}

std::string EvolutionStore::saveProposal(const Proposal& proposal)
{
    if (std::string error = ensureTables(); !error.empty())
        return error;
    const auto quote = [this](const char* name) { return q(name); };
    std::string error;
    const bool present = hasRow(kProposals, proposal.id, error);
    if (!error.empty())
        return error;
    QVariantList values = proposalValues(proposal);
    QSqlQuery query(m_connection.db());
    if (present) {
        values.removeFirst();
        values.append(qs(proposal.id));
        return execBound(query, qs("UPDATE " + q(kProposals) + " SET " + assignments(kProposalColumns, quote) + " WHERE "
                                   + q("id") + " = ?"),
                         values, "updating the proposal " + proposal.id);
    }
    return execBound(query, qs("INSERT INTO " + q(kProposals) + " (" + columnList(kProposalColumns, quote) + ") VALUES ("
                               + placeholders(kProposalColumns.size()) + ")"),
                     values, "storing the proposal " + proposal.id);
}

std::string EvolutionStore::saveAnalysis(const std::vector<Pattern>& patterns, const std::vector<Proposal>& proposals,
                                         int& added, int& updated)
{
    added = updated = 0;
    if (std::string error = ensureTables(); !error.empty())
        return error;
    QSqlDatabase& db = m_connection.db();
    if (!db.transaction())
        return "storing the analysis: cannot begin a transaction";
    const auto fail = [&](std::string error) {
        db.rollback();
        return error;
    };
    const auto quote = [this](const char* name) { return q(name); };
    const std::string now = utcTimestampNow();
    for (const Pattern& pattern : patterns) {
        std::string error;
        const bool present = hasRow(kPatterns, pattern.id, error);
        if (!error.empty())
            return fail(error);
        QSqlQuery query(db);
        QVariantList values = {qs(pattern.id), QString::fromLatin1(toString(pattern.kind)), qs(pattern.name),
                               qs(pattern.description), pattern.confidence, QVariant::fromValue<qlonglong>(pattern.frequency),
                               compact(stringArray(pattern.examples)), compact(pattern.evidence),
                               compact(pattern.suggestedStructure), QStringLiteral("detected"), qs(now), qs(now)};
        if (present) {
            values = {values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[11], values[0]};
            error = execBound(query, qs("UPDATE " + q(kPatterns) + " SET " + q("kind") + " = ?, " + q("name") + " = ?, "
                                        + q("description") + " = ?, " + q("confidence") + " = ?, " + q("frequency") + " = ?, "
                                        + q("examples") + " = ?, " + q("evidence") + " = ?, " + q("suggested_structure")
                                        + " = ?, " + q("last_analyzed") + " = ? WHERE " + q("id") + " = ?"),
                              values, "updating the pattern " + pattern.id);
        } else {
            error = execBound(query, qs("INSERT INTO " + q(kPatterns) + " (" + columnList(kPatternColumns, quote) + ") VALUES ("
                                        + placeholders(kPatternColumns.size()) + ")"),
                              values, "storing the pattern " + pattern.id);
        }
        if (!error.empty())
            return fail(error);
    }
    for (const Proposal& proposal : proposals) {
        std::optional<Proposal> stored;
        if (std::string error = find(proposal.id, stored); !error.empty())
            return fail(error);
        if (stored && stored->status != ProposalStatus::Pending && stored->status != ProposalStatus::Failed)
            continue;  // decided: the reviewer's decision stands
        Proposal fresh = proposal;
        if (stored) {
            fresh.status = stored->status;
            fresh.createdAt = stored->createdAt;
            fresh.reviewedBy = stored->reviewedBy;
            fresh.reviewNotes = stored->reviewNotes;
        }
        if (std::string error = saveProposal(fresh); !error.empty())
            return fail(error);
        (stored ? updated : added)++;
    }
    // Pending proposals of the same sources that this analysis no longer makes are out of date: they go.
    if (!proposals.empty()) {
        std::vector<Proposal> stored;
        if (std::string error = this->proposals(stored, ProposalStatus::Pending); !error.empty())
            return fail(error);
        std::set<std::string> current;
        for (const Proposal& p : proposals)
            current.insert(p.id);
        const QString sources = compact(proposals.front().sources);
        for (const Proposal& p : stored) {
            if (current.count(p.id) || compact(p.sources) != sources)
                continue;
            QSqlQuery query(db);
            if (std::string error = execBound(query, qs("DELETE FROM " + q(kProposals) + " WHERE " + q("id") + " = ?"), {qs(p.id)},
                                              "removing the out-of-date proposal " + p.id);
                !error.empty())
                return fail(error);
        }
    }
    if (!db.commit())
        return fail("storing the analysis: the commit failed");
    return {};
}

std::string EvolutionStore::proposals(std::vector<Proposal>& out, std::optional<ProposalStatus> status)
{
    out.clear();
    std::string where;
    QVariantList values;
    if (status) {
        where = q("status") + " = ?";
        values.append(QString::fromLatin1(toString(*status)));
    }
    if (std::string error = select(kProposals, kProposalColumns, where, values, q("created_at") + ", " + q("id"),
                                   [&](const QSqlQuery& query) { out.push_back(proposalOf(query)); });
        !error.empty())
        return error;
    // Dependencies first: the order the analysis found them in, which creation time alone does not keep.
    out = inDependencyOrder(std::move(out));
    return {};
}

std::string EvolutionStore::find(const std::string& id, std::optional<Proposal>& out)
{
    out.reset();
    return select(kProposals, kProposalColumns, q("id") + " = ?", {qs(id)}, {}, [&](const QSqlQuery& query) { out = proposalOf(query); });
}

std::string EvolutionStore::patterns(std::vector<Pattern>& out)
{
    out.clear();
    return select(kPatterns, kPatternColumns, {}, {}, q("created_at") + ", " + q("id"), [&](const QSqlQuery& query) {
        Pattern p;
        p.id = columnText(query, 0);
        const std::string kind = columnText(query, 1);
        for (PatternKind k : {PatternKind::CommonAttributes, PatternKind::NestedCollection, PatternKind::Reference,
                              PatternKind::CoOccurrence, PatternKind::Temporal})
            if (kind == toString(k))
                p.kind = k;
        p.name = columnText(query, 2);
        p.description = columnText(query, 3);
        p.confidence = query.value(4).toDouble();
        p.frequency = query.value(5).toLongLong();
        p.examples = stringList(array(query, 6));
        p.evidence = object(query, 7);
        p.suggestedStructure = object(query, 8);
        out.push_back(std::move(p));
    });
}

std::string EvolutionStore::addHistory(HistoryEntry e)
{
    if (std::string error = ensureTables(); !error.empty())
        return error;
    if (e.id.empty())
        e.id = newRunId();
    if (e.executedAt.empty())
        e.executedAt = utcTimestampNow();
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_connection.db());
    return execBound(query, qs("INSERT INTO " + q(kHistory) + " (" + columnList(kHistoryColumns, quote) + ") VALUES ("
                               + placeholders(kHistoryColumns.size()) + ")"),
                     {qs(e.id), qs(e.proposalId), qs(e.action), qs(e.sqlExecuted), e.success ? 1 : 0, nullIfEmpty(e.error),
                      qs(e.executedAt), nullIfEmpty(e.executedBy), nullIfEmpty(e.rollbackSql), nullIfEmpty(e.migrationId),
                      QVariant::fromValue<qlonglong>(e.rows), nullIfEmpty(e.notes)},
                     "recording the " + e.action + " of " + e.proposalId + " in the history");
}

std::string EvolutionStore::history(std::vector<HistoryEntry>& out, const std::string& proposalId)
{
    out.clear();
    return select(kHistory, kHistoryColumns, proposalId.empty() ? std::string() : q("proposal_id") + " = ?",
                  proposalId.empty() ? QVariantList{} : QVariantList{qs(proposalId)}, q("executed_at") + " DESC, " + q("id"),
                  [&](const QSqlQuery& query) {
        HistoryEntry e;
        e.id = columnText(query, 0);
        e.proposalId = columnText(query, 1);
        e.action = columnText(query, 2);
        e.sqlExecuted = columnText(query, 3);
        e.success = query.value(4).toInt() != 0;
        e.error = columnText(query, 5);
        e.executedAt = columnText(query, 6);
        e.executedBy = columnText(query, 7);
        e.rollbackSql = columnText(query, 8);
        e.migrationId = columnText(query, 9);
        e.rows = query.value(10).toLongLong();
        e.notes = columnText(query, 11);
        out.push_back(std::move(e));
    });
}

std::string EvolutionStore::registerTable(const DynamicTable& t)
{
    if (std::string error = ensureTables(); !error.empty())
        return error;
    std::string error;
    const bool present = hasRow(kDynamicTables, t.tableName, error);
    if (!error.empty())
        return error;
    const auto quote = [this](const char* name) { return q(name); };
    QSqlQuery query(m_connection.db());
    const std::string now = utcTimestampNow();
    if (present)
        return execBound(query, qs("UPDATE " + q(kDynamicTables) + " SET " + assignments(kTableColumns, quote) + " WHERE "
                                   + q("table_name") + " = ?"),
                         {qs(t.proposalId), qs(t.schema), t.active ? 1 : 0, qs(t.createdAt.empty() ? now : t.createdAt), qs(now),
                          QVariant::fromValue<qlonglong>(t.rows), qs(t.tableName)},
                         "registering the table " + t.tableName);
    return execBound(query, qs("INSERT INTO " + q(kDynamicTables) + " (" + columnList(kTableColumns, quote) + ") VALUES ("
                               + placeholders(kTableColumns.size()) + ")"),
                     {qs(t.tableName), qs(t.proposalId), qs(t.schema), t.active ? 1 : 0, qs(now), qs(now),
                      QVariant::fromValue<qlonglong>(t.rows)},
                     "registering the table " + t.tableName);
}

std::string EvolutionStore::setTablesActive(const std::string& proposalId, bool active)
{
    if (std::string error = ensureTables(); !error.empty())
        return error;
    QSqlQuery query(m_connection.db());
    return execBound(query, qs("UPDATE " + q(kDynamicTables) + " SET " + q("is_active") + " = ?, " + q("last_modified")
                               + " = ? WHERE " + q("created_from_proposal") + " = ?"),
                     {active ? 1 : 0, qs(utcTimestampNow()), qs(proposalId)}, "updating the registry of dynamic tables");
}

std::string EvolutionStore::dynamicTables(std::vector<DynamicTable>& out)
{
    out.clear();
    return select(kDynamicTables, kTableColumns, {}, {}, q("created_at") + ", " + q("table_name"), [&](const QSqlQuery& query) {
        DynamicTable t;
        t.tableName = columnText(query, 0);
        t.proposalId = columnText(query, 1);
        t.schema = columnText(query, 2);
        t.active = query.value(3).toInt() != 0;
        t.createdAt = columnText(query, 4);
        t.lastModified = columnText(query, 5);
        t.rows = query.value(6).toLongLong();
        out.push_back(std::move(t));
    });
}

std::string EvolutionStore::stats(EvolutionStats& out)
{
    out = {};
    std::vector<Proposal> all;
    if (std::string error = proposals(all); !error.empty())
        return error;
    std::map<std::string, int> status, type, priority;
    for (const Proposal& p : all) {
        ++status[toString(p.status)];
        ++type[toString(p.type)];
        ++priority[toString(p.priority)];
    }
    out.proposals = static_cast<int>(all.size());
    out.byStatus.assign(status.begin(), status.end());
    out.byType.assign(type.begin(), type.end());
    out.byPriority.assign(priority.begin(), priority.end());
    std::vector<Pattern> patternList;
    if (std::string error = patterns(patternList); !error.empty())
        return error;
    out.patterns = static_cast<int>(patternList.size());
    std::vector<HistoryEntry> entries;
    if (std::string error = history(entries); !error.empty())
        return error;
    for (const HistoryEntry& e : entries) {
        out.approvals += e.action == "approve" && e.success ? 1 : 0;
        out.rollbacks += e.action == "rollback" && e.success ? 1 : 0;
        out.failedActions += e.success ? 0 : 1;
        if (e.action == "analyze" && out.lastAnalysis.empty())
            out.lastAnalysis = e.executedAt;
    }
    std::vector<DynamicTable> tables;
    if (std::string error = dynamicTables(tables); !error.empty())
        return error;
    for (const DynamicTable& t : tables)
        out.activeTables += t.active ? 1 : 0;
    return {};
}

QJsonObject toJson(const HistoryEntry& e)
{
    QJsonObject json{{QStringLiteral("id"), qs(e.id)},
                     {QStringLiteral("proposalId"), qs(e.proposalId)},
                     {QStringLiteral("actionType"), qs(e.action)},
                     {QStringLiteral("sqlExecuted"), qs(e.sqlExecuted)},
                     {QStringLiteral("success"), e.success},
                     {QStringLiteral("executedAt"), qs(e.executedAt)},
                     {QStringLiteral("executedBy"), qs(e.executedBy)},
                     {QStringLiteral("rollbackSql"), qs(e.rollbackSql)},
                     {QStringLiteral("migrationId"), qs(e.migrationId)},
                     {QStringLiteral("rows"), double(e.rows)},
                     {QStringLiteral("notes"), qs(e.notes)}};
    json.insert(QStringLiteral("errorMessage"), e.error.empty() ? QJsonValue() : QJsonValue(qs(e.error)));
    return json;
}

QJsonObject toJson(const DynamicTable& t)
{
    return QJsonObject{{QStringLiteral("tableName"), qs(t.tableName)},
                       {QStringLiteral("createdFromProposal"), qs(t.proposalId)},
                       {QStringLiteral("schema"), qs(t.schema)},
                       {QStringLiteral("isActive"), t.active},
                       {QStringLiteral("createdAt"), qs(t.createdAt)},
                       {QStringLiteral("lastModified"), qs(t.lastModified)},
                       {QStringLiteral("rows"), double(t.rows)}};
}

QJsonObject toJson(const EvolutionStats& s)
{
    const auto counts = [](const std::vector<std::pair<std::string, int>>& list) {
        QJsonObject o;
        for (const auto& [k, v] : list)
            o.insert(qs(k), v);
        return o;
    };
    return QJsonObject{{QStringLiteral("totalProposals"), s.proposals},
                       {QStringLiteral("byStatus"), counts(s.byStatus)},
                       {QStringLiteral("byType"), counts(s.byType)},
                       {QStringLiteral("byPriority"), counts(s.byPriority)},
                       {QStringLiteral("patterns"), s.patterns},
                       {QStringLiteral("approvals"), s.approvals},
                       {QStringLiteral("rollbacks"), s.rollbacks},
                       {QStringLiteral("failedActions"), s.failedActions},
                       {QStringLiteral("activeDynamicTables"), s.activeTables},
                       {QStringLiteral("lastAnalysis"), qs(s.lastAnalysis)}};
}

}  // namespace ss::evolve
