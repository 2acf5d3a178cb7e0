#pragma once

#include "core/db/database_connection.h"
#include "core/evolve/pattern.h"
#include "core/evolve/proposal.h"

#include <QJsonObject>
#include <QVariantList>

#include <functional>

#include <optional>
#include <string>
#include <vector>

namespace ss::evolve {

// One action on a proposal, as dbx_evolution_history keeps it.
struct HistoryEntry {
    std::string id;
    std::string proposalId;
    std::string action;  // analyze, approve, reject, rollback
    std::string sqlExecuted;
    bool success = false;
    std::string error;
    std::string executedAt;
    std::string executedBy;
    std::string rollbackSql;
    std::string migrationId;
    long long rows = 0;  // rows backfilled (approve), proposals stored (analyze)
    std::string notes;
};

// A table a proposal created, as dbx_dynamic_tables registers it.
struct DynamicTable {
    std::string tableName;
    std::string proposalId;
    std::string schema;  // the CREATE TABLE statement
    bool active = true;
    std::string createdAt;
    std::string lastModified;
    long long rows = 0;
};

struct EvolutionStats {
    int proposals = 0;
    std::vector<std::pair<std::string, int>> byStatus;
    std::vector<std::pair<std::string, int>> byType;
    std::vector<std::pair<std::string, int>> byPriority;
    int patterns = 0;
    int approvals = 0;
    int failedActions = 0;
    int rollbacks = 0;
    int activeTables = 0;
    std::string lastAnalysis;
};

// The review workflow's tables inside the project database: dbx_proposals, dbx_patterns,
// dbx_evolution_history and dbx_dynamic_tables, created on first use like the migration ledger. Names quoted by
// the dialect, values bound. Each call returns an empty string or the error.
class EvolutionStore {
public:
    static constexpr const char* kProposals = "dbx_proposals";
    static constexpr const char* kPatterns = "dbx_patterns";
    static constexpr const char* kHistory = "dbx_evolution_history";
    static constexpr const char* kDynamicTables = "dbx_dynamic_tables";

    explicit EvolutionStore(DatabaseConnection& connection) : m_connection(connection) {}

    std::string ensureTables();
    std::string exists(bool& out);

    // Stores an analysis: new proposals are added as pending, pending ones are brought up to date, and those a
    // reviewer has decided on keep their status and content. `added` and `updated` count what changed.
    std::string saveAnalysis(const std::vector<Pattern>& patterns, const std::vector<Proposal>& proposals, int& added, int& updated);
    std::string saveProposal(const Proposal& proposal);
    std::string proposals(std::vector<Proposal>& out, std::optional<ProposalStatus> status = std::nullopt);
    std::string find(const std::string& id, std::optional<Proposal>& out);
    std::string patterns(std::vector<Pattern>& out);

    std::string addHistory(HistoryEntry entry);
    std::string history(std::vector<HistoryEntry>& out, const std::string& proposalId = {});  // newest first

    std::string registerTable(const DynamicTable& table);
    std::string setTablesActive(const std::string& proposalId, bool active);
    std::string dynamicTables(std::vector<DynamicTable>& out);

    std::string stats(EvolutionStats& out);

private:
    std::string q(const char* name) const;
    // Runs SELECT columns FROM table [WHERE where] [ORDER BY order] with the values bound and hands each row to
    // `row`; nothing (and no error) when the review tables do not exist yet.
    std::string select(const char* table, const std::vector<const char*>& columns, const std::string& where,
                       const QVariantList& values, const std::string& order, const std::function<void(const class QSqlQuery&)>& row);
    bool hasRow(const char* table, const std::string& id, std::string& error);

    DatabaseConnection& m_connection;
};

QJsonObject toJson(const HistoryEntry& entry);
QJsonObject toJson(const DynamicTable& table);
QJsonObject toJson(const EvolutionStats& stats);

}  // namespace ss::evolve
