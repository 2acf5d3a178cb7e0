// The review workflow on real databases: the demo's sample entities analysed, tables approved and filled,
// a relationship added, rolled back in order; and a failure in the middle of an approval leaving the database,
// current.yml and the history consistent. The same on SQLite, PostgreSQL and MariaDB.
#include "support/evolve_support.h"
#include "support/native_client.h"
#include "support/scratch_database.h"

#include "core/db/apply/ledger.h"
#include "core/db/apply/table_names.h"
#include "core/evolve/evolution_store.h"
#include "core/evolve/review.h"
#include "core/evolve/sample_entities.h"
#include "core/spec/yaml_loader.h"

#include <QSqlQuery>

#include <set>

using namespace ss::evolve;

namespace {

long long countRows(ss::DatabaseConnection& connection, const std::string& table)
{
    QSqlQuery q(connection.db());
    REQUIRE(q.exec(QString::fromStdString("SELECT COUNT(*) FROM " + table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

bool hasTable(ss::DatabaseConnection& connection, const std::string& table)
{
    std::set<std::string> names;
    REQUIRE(ss::readTableNames(connection.db(), connection.dialect(), names) == "");
    return names.count(table) > 0;
}

bool specHas(const std::string& currentPath, const std::string& table)
{
    const ss::LoadResult loaded = ss::loadSchemaFile(currentPath);
    REQUIRE(loaded.ok());
    return loaded.model.findTable(table) != nullptr;
}

ReviewOutcome act(ReviewOutcome (*action)(ss::DatabaseConnection&, const ReviewRequest&), ss::DatabaseConnection& connection,
                  const std::string& currentPath, const std::string& id)
{
    ReviewRequest request;
    request.proposalId = id;
    request.reviewer = "Rita Reviewer";
    request.notes = "checked the evidence";
    request.currentSpecPath = currentPath;
    ReviewOutcome outcome = action(connection, request);
    INFO(id << ": " << outcome.error);
    return outcome;
}

void storeAnalysis(ss::DatabaseConnection& connection, const EntitySources& sources, const std::string& currentPath)
{
    ss::SchemaModel current;
    const ss::LoadResult loaded = ss::loadSchemaFile(currentPath);
    if (loaded.ok())
        current = loaded.model;
    AnalysisOptions options;
    options.dialect = connection.dialect();
    const AnalysisResult result = analyze(sources, &connection, current, options);
    INFO(result.error);
    REQUIRE(result.ok());
    int added = 0, updated = 0;
    REQUIRE(EvolutionStore(connection).saveAnalysis(result.patterns, result.proposals, added, updated) == "");
    CHECK(added == static_cast<int>(result.proposals.size()));
}

void checkWorkflow(ss::Dialect dialect)
{
    ScratchDatabase scratch(dialect, "evolve_review");
    REQUIRE(scratch.error().isEmpty());
    QTemporaryDir project;
    const std::string currentPath = project.filePath("current.yml").toStdString();
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch), {}, {}) == "");

    long long sampleRows = 0;
    REQUIRE(installSampleEntities(connection, currentPath, sampleRows) == "");
    CHECK(sampleRows == static_cast<long long>(sampleKnowledgeEntities().size()));
    CHECK(specHas(currentPath, "knowledge_entities"));
    EntitySources sources;
    sources.table = sampleEntitiesSource();
    storeAnalysis(connection, sources, currentPath);

    // The relationship builds on both tables: refused until they exist.
    CHECK_FALSE(act(approveProposal, connection, currentPath, "proposal-relationship-people-company").ok());
    const ReviewOutcome companies = act(approveProposal, connection, currentPath, "proposal-table-companies");
    REQUIRE(companies.ok());
    CHECK(companies.rows == 30);
    CHECK(countRows(connection, "companies") == 30);
    REQUIRE(act(approveProposal, connection, currentPath, "proposal-table-people").ok());
    CHECK(countRows(connection, "people") == 80);
    const ReviewOutcome link = act(approveProposal, connection, currentPath, "proposal-relationship-people-company");
    REQUIRE(link.ok());
    CHECK(specHas(currentPath, "people"));
    const ss::LoadResult spec = ss::loadSchemaFile(currentPath);
    CHECK(spec.model.findTable("people")->foreignKeys.size() == 2);  // to its entity, and to its company
    CHECK(act(rejectProposal, connection, currentPath, "proposal-table-tasks").ok());
    CHECK_FALSE(act(approveProposal, connection, currentPath, "proposal-table-tasks").ok());

    // Rolled back in the order they were built: people refuses while the relationship stands on it.
    CHECK_FALSE(act(rollbackProposal, connection, currentPath, "proposal-table-people").ok());
    REQUIRE(act(rollbackProposal, connection, currentPath, "proposal-relationship-people-company").ok());
    const ReviewOutcome dropped = act(rollbackProposal, connection, currentPath, "proposal-table-people");
    REQUIRE(dropped.ok());
    CHECK_FALSE(hasTable(connection, "people"));
    CHECK_FALSE(specHas(currentPath, "people"));
    CHECK(hasTable(connection, "companies"));

    EvolutionStore store(connection);
    std::vector<HistoryEntry> history;
    REQUIRE(store.history(history) == "");
    int approvals = 0, rollbacks = 0, failures = 0;
    for (const HistoryEntry& h : history) {
        approvals += h.action == "approve" && h.success;
        rollbacks += h.action == "rollback" && h.success;
        failures += !h.success;
        if (h.action == "approve" && h.success)
            CHECK(h.executedBy == "Rita Reviewer");
    }
    CHECK(approvals == 3);
    CHECK(rollbacks == 2);
    CHECK(failures == 3);
    std::vector<DynamicTable> tables;
    REQUIRE(store.dynamicTables(tables) == "");
    REQUIRE(tables.size() == 2);
    for (const DynamicTable& t : tables)
        CHECK(t.active == (t.tableName == "companies"));
    std::vector<ss::LedgerEntry> ledger;
    REQUIRE(ss::Ledger(connection.db(), dialect).history(ledger) == "");
    CHECK(ledger.size() >= 6);  // the sample table, three approvals, two rollbacks
}

// The source changes between analysis and approval: the fill fails after the table was created, and the
// compensating migration takes it out again.
void checkFailedApproval(ss::Dialect dialect)
{
    ScratchDatabase scratch(dialect, "evolve_failure");
    REQUIRE(scratch.error().isEmpty());
    QTemporaryDir project;
    const std::string currentPath = project.filePath("current.yml").toStdString();
    ss::DatabaseConnection connection;
    QFile seedSpec(QString::fromStdString(currentPath));
    REQUIRE(seedSpec.open(QIODevice::WriteOnly));
    seedSpec.write("version: 1\nentities:\n  tables:\n    - name: notes\n      primary_key: [id]\n      columns:\n"
                   "        - {name: id, type: INTEGER, nullable: false}\n");
    seedSpec.close();
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch), {}, {}) == "");
    {
        QSqlQuery q(connection.db());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY)")));
    }
    const std::string file = evolve_test::writeNdjson(project, "gadgets.ndjson",
                                                       evolve_test::records("gadget", 5, [](int i) {
                                                           return QJsonObject{{"label", QString("g%1").arg(i)}, {"price", 9.5 + i}};
                                                       }));
    EntitySources sources;
    sources.files.push_back({file, {}, "kind"});
    storeAnalysis(connection, sources, currentPath);
    QFile before(QString::fromStdString(currentPath));
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray specText = before.readAll();
    before.close();

    QFile broken(QString::fromStdString(file));
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{\"kind\": \"gadget\", \"label\": \n");
    broken.close();
    const ReviewOutcome failed = act(approveProposal, connection, currentPath, "proposal-table-gadgets");
    CHECK_FALSE(failed.ok());
    INFO(failed.error);
    CHECK(failed.error.find("gadgets.ndjson:2:1: unterminated object") != std::string::npos);
    CHECK_FALSE(hasTable(connection, "gadgets"));
    QFile after(QString::fromStdString(currentPath));
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == specText);
    std::optional<Proposal> stored;
    REQUIRE(EvolutionStore(connection).find("proposal-table-gadgets", stored) == "");
    REQUIRE(stored);
    CHECK(stored->status == ProposalStatus::Failed);
    std::vector<HistoryEntry> history;
    REQUIRE(EvolutionStore(connection).history(history, "proposal-table-gadgets") == "");
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history.front().success);
    CHECK(history.front().rollbackSql.find("DROP TABLE") != std::string::npos);

    // Put right, the same proposal is approved.
    evolve_test::writeNdjson(project, "gadgets.ndjson", evolve_test::records("gadget", 5, [](int i) {
                                 return QJsonObject{{"label", QString("g%1").arg(i)}, {"price", 9.5 + i}};
                             }));
    const ReviewOutcome retried = act(approveProposal, connection, currentPath, "proposal-table-gadgets");
    REQUIRE(retried.ok());
    CHECK(countRows(connection, "gadgets") == 5);
    CHECK(specHas(currentPath, "gadgets"));
    CHECK(specHas(currentPath, "notes"));
}

}  // namespace

TEST_CASE("proposals approved, filled and rolled back through the ledger, on SQLite", "[evolve][sqlite]")
{
    checkWorkflow(ss::Dialect::Sqlite);
    checkFailedApproval(ss::Dialect::Sqlite);
}

TEST_CASE("proposals approved, filled and rolled back through the ledger, on PostgreSQL", "[evolve][postgresql]")
{
    checkWorkflow(ss::Dialect::PostgreSql);
    checkFailedApproval(ss::Dialect::PostgreSql);
}

TEST_CASE("proposals approved, filled and rolled back through the ledger, on MariaDB", "[evolve][mysql]")
{
    checkWorkflow(ss::Dialect::MySql);
    checkFailedApproval(ss::Dialect::MySql);
}
