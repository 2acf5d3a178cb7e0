// The bulk restore on the throwaway PostgreSQL and MariaDB: what is set aside for the rows comes back exactly
// as it was, after a cancel in any phase too, and a constraint the rows break fails the table with its name and
// a sample of the rows.
#include "support/restore_checks.h"
#include "support/native_client.h"
#include "support/scratch_database.h"

using namespace seedload;

namespace {

struct Scratch {
    ScratchDatabase scratch;
    ss::DatabaseConnection connection;

    Scratch(ss::Dialect dialect, const char* tag) : scratch(dialect, tag)
    {
        INFO(scratch.error().toStdString());
        REQUIRE(scratch.error().isEmpty());
        const std::string error = ss::openDatabase(connection, scratchDatabaseUrl(scratch));
        INFO(error);
        REQUIRE(error.empty());
    }

    void exec(const std::string& sql)
    {
        QSqlQuery query(connection.db());
        INFO(sql << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(QString::fromStdString(sql)));
    }
};

std::size_t indexOf(const ss::seed::SeedPlan& plan, const std::string& name)
{
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == name)
            return i;
    FAIL("no table " << name);
    return 0;
}

// Two tables the spec knows without any foreign key; the database adds what a test gives it.
const char* kTwoTables = "version: 1\n"
                         "entities:\n"
                         "  tables:\n"
                         "    - name: parent\n"
                         "      primary_key: [id]\n"
                         "      columns:\n"
                         "        - {name: id, type: INTEGER, nullable: false}\n"
                         "    - name: child\n"
                         "      primary_key: [id]\n"
                         "      columns:\n"
                         "        - {name: id, type: INTEGER, nullable: false}\n"
                         "        - {name: parent_id, type: INTEGER}\n"
                         "        - {name: amount, type: INTEGER}\n";

// The same, the child's parent_id a foreign key the spec knows.
const char* kLinkedTables = "version: 1\n"
                            "entities:\n"
                            "  tables:\n"
                            "    - name: parent\n"
                            "      primary_key: [id]\n"
                            "      columns:\n"
                            "        - {name: id, type: INTEGER, nullable: false}\n"
                            "    - name: child\n"
                            "      primary_key: [id]\n"
                            "      foreign_keys:\n"
                            "        - {column: parent_id, references: parent(id)}\n"
                            "      columns:\n"
                            "        - {name: id, type: INTEGER, nullable: false}\n"
                            "        - {name: parent_id, type: INTEGER}\n"
                            "        - {name: amount, type: INTEGER}\n";

ss::seed::SeedPlan twoTablesPlan(std::int64_t childRows, const char* spec = kTwoTables)
{
    ss::seed::SeedProfile profile;
    for (const char* name : {"parent", "child"}) {
        ss::seed::TableProfile table;
        table.name = name;
        table.rows = std::string(name) == "parent" ? 10 : childRows;
        profile.tables.push_back(table);
    }
    ss::seed::PlanResult planned = ss::seed::planSeeding(specText(spec), profile, {});
    REQUIRE(planned.ok());
    return planned.plan;
}

}  // namespace

TEST_CASE("a cancel in any phase leaves every index and constraint as the spec has them", "[seed][load][restore]")
{
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    const std::size_t fact = indexOf(plan, "fact_loan_payments");
    struct Case {
        ss::Dialect dialect;
        ss::seed::LoadPhase phase;
    };
    for (const Case& c : {Case{ss::Dialect::PostgreSql, ss::seed::LoadPhase::Insert}, Case{ss::Dialect::PostgreSql, ss::seed::LoadPhase::Indexes},
                          Case{ss::Dialect::PostgreSql, ss::seed::LoadPhase::Constraints}, Case{ss::Dialect::PostgreSql, ss::seed::LoadPhase::Analyze},
                          Case{ss::Dialect::MySql, ss::seed::LoadPhase::Insert}, Case{ss::Dialect::MySql, ss::seed::LoadPhase::Indexes},
                          Case{ss::Dialect::MySql, ss::seed::LoadPhase::Constraints}}) {
        SECTION(std::string(ss::toString(c.dialect)) + " " + ss::seed::toString(c.phase))
        {
            Scratch db(c.dialect, "restcancel");
            const ss::seed::SeedRunResult result = cancelInPhaseAndCheck(db.connection, model, plan, fact, c.phase);
            if (c.phase == ss::seed::LoadPhase::Analyze)
                CHECK(loggedRun(db.connection, result.runId).phase == "analyze");
        }
    }
}

TEST_CASE("the demo seeded through the restore path leaves the catalog as it was, statistics refreshed", "[seed][load][restore]")
{
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    for (ss::Dialect dialect : {ss::Dialect::PostgreSql, ss::Dialect::MySql}) {
        SECTION(ss::toString(dialect))
        {
            Scratch db(dialect, "restdemo");
            createSchema(db.connection, model);
            const std::vector<std::string> before = catalogSnapshot(db.connection);
            ss::seed::LoadOptions options;
            std::vector<ss::seed::LoadPhase> phases;
            options.onProgress = [&](const ss::seed::TableProgress& p) {
                if (phases.empty() || phases.back() != p.phase)
                    phases.push_back(p.phase);
            };
            const ss::seed::SeedRunResult result = seedAndCheck(db.connection, model, plan, options);
            CHECK(snapshotDifference(before, catalogSnapshot(db.connection)) == "");
            checkCatalogIsTheSpec(db.connection, model);
            const bool analyzes = dialect == ss::Dialect::PostgreSql;
            CHECK((std::find(phases.begin(), phases.end(), ss::seed::LoadPhase::Analyze) != phases.end()) == analyzes);
            CHECK((result.analyzeSeconds > 0) == analyzes);
            if (analyzes)
                CHECK(scalar(db.connection, "SELECT COUNT(*) FROM pg_stat_user_tables WHERE relname = 'fact_loan_originations' "
                                            "AND last_analyze IS NOT NULL")
                          .toInt() == 1);
        }
    }
}

TEST_CASE("PostgreSQL puts back what the catalog held: comments, NOT VALID, partial, unique and clustered indexes, partitions",
          "[seed][load][restore]")
{
    Scratch db(ss::Dialect::PostgreSql, "restexact");
    db.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
    db.exec("CREATE TABLE child (id INTEGER NOT NULL, parent_id INTEGER, amount INTEGER, "
            "CONSTRAINT child_pkey PRIMARY KEY (id), CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) "
            "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, CONSTRAINT ck_child_keyed CHECK (id > 0) NOT VALID)");
    db.exec("CREATE INDEX ix_child_some ON child (amount) WHERE parent_id > 3");
    db.exec("CREATE UNIQUE INDEX uq_child_id_amount ON child (id, amount)");
    db.exec("CREATE INDEX ix_child_parent ON child (parent_id DESC NULLS LAST)");
    db.exec("ALTER TABLE child CLUSTER ON ix_child_parent");
    db.exec("COMMENT ON INDEX ix_child_parent IS 'the children''s way up'");
    db.exec("COMMENT ON CONSTRAINT fk_child_parent ON child IS 'who owns whom'");
    const std::vector<std::string> before = catalogSnapshot(db.connection);
    REQUIRE(seed(db.connection, twoTablesPlan(3000, kLinkedTables)).ok());
    CHECK(snapshotDifference(before, catalogSnapshot(db.connection)) == "");
    CHECK(countRows(db.connection, "child") == 3000);
}

TEST_CASE("PostgreSQL loads a partitioned table through its only partition and puts its indexes back on it",
          "[seed][load][restore]")
{
    Scratch db(ss::Dialect::PostgreSql, "restpart");
    db.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
    db.exec("CREATE TABLE child (id INTEGER NOT NULL, parent_id INTEGER REFERENCES parent (id), amount INTEGER, PRIMARY KEY (id)) "
            "PARTITION BY HASH (id)");
    db.exec("CREATE TABLE child_all PARTITION OF child FOR VALUES WITH (MODULUS 1, REMAINDER 0)");
    db.exec("CREATE INDEX ix_child_parent ON child (parent_id)");
    const std::vector<std::string> before = catalogSnapshot(db.connection);
    REQUIRE(seed(db.connection, twoTablesPlan(3000, kLinkedTables)).ok());
    CHECK(snapshotDifference(before, catalogSnapshot(db.connection)) == "");
    CHECK(countRows(db.connection, "child_all") == 3000);
}

TEST_CASE("a foreign key the rows break fails the table, naming the key and showing offending rows", "[seed][load][restore]")
{
    for (ss::Dialect dialect : {ss::Dialect::PostgreSql, ss::Dialect::MySql}) {
        SECTION(ss::toString(dialect))
        {
            Scratch db(dialect, "restfk");
            db.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
            db.exec("CREATE TABLE orphanage (id INTEGER NOT NULL PRIMARY KEY)");
            // A key the spec does not know: its values are generated without looking at orphanage, which stays empty.
            db.exec("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, amount INTEGER, "
                    "CONSTRAINT fk_child_orphanage FOREIGN KEY (parent_id) REFERENCES orphanage (id))");
            const std::vector<std::string> before = catalogSnapshot(db.connection);
            const ss::seed::SeedRunResult result = seedExpectingViolation(db.connection, twoTablesPlan(300), "child", "fk_child_orphanage");
            CHECK(result.detail.find("fk_child_orphanage (parent_id) -> orphanage (id): ") != std::string::npos);
            CHECK(result.detail.find(" in (id)=(") != std::string::npos);
            CHECK(result.tables[1].status == ss::seed::TableStatus::Failed);
            CHECK(snapshotDifference(before, catalogSnapshot(db.connection)) == "");
        }
    }
}

TEST_CASE("PostgreSQL: checks stay in place during the load, so a check the rows break stops it at the first such row",
          "[seed][load][restore]")
{
    Scratch db(ss::Dialect::PostgreSql, "restck");
    db.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
    db.exec("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, amount INTEGER, "
            "CONSTRAINT ck_child_tiny CHECK (amount < 10))");
    const std::vector<std::string> before = catalogSnapshot(db.connection);
    const ss::seed::SeedRunResult result = seed(db.connection, twoTablesPlan(300));
    CHECK(result.status == ss::seed::RunStatus::Failed);
    CHECK(result.detail.find("loading child failed: COPY child failed: ERROR:  new row for relation \"child\" violates check constraint "
                             "\"ck_child_tiny\" DETAIL:  Failing row contains (") == 0);
    CHECK(countRows(db.connection, "child") == 0);
    CHECK(snapshotDifference(before, catalogSnapshot(db.connection)) == "");
}

TEST_CASE("PostgreSQL loads tables side by side on connections of their own, with the same rows as on one", "[seed][load][restore]")
{
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    Scratch one(ss::Dialect::PostgreSql, "restone");
    Scratch several(ss::Dialect::PostgreSql, "restmany");
    createSchema(several.connection, model);
    const std::vector<std::string> before = catalogSnapshot(several.connection);
    ss::seed::LoadOptions sideBySide;
    sideBySide.openConnection = [&](ss::DatabaseConnection& more) { return ss::openDatabase(more, scratchDatabaseUrl(several.scratch)); };
    CHECK(seedAndCheck(one.connection, model, plan).lanes == 1);
    // The demo's machine may have one core: the run then takes one lane however it is asked.
    CHECK(seedAndCheck(several.connection, model, plan, sideBySide).lanes >= 1);
    for (const auto& table : plan.tables) {
        INFO(table.name);
        CHECK(dumpTable(one.connection, table) == dumpTable(several.connection, table));
    }
    CHECK(snapshotDifference(before, catalogSnapshot(several.connection)) == "");
}

TEST_CASE("PostgreSQL side by side: a cancel leaves every table loaded or empty and the catalog as the spec has it", "[seed][load][restore]")
{
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    const std::size_t fact = indexOf(plan, "fact_loan_payments");
    Scratch db(ss::Dialect::PostgreSql, "restmanyx");
    createSchema(db.connection, model);
    const std::vector<std::string> before = catalogSnapshot(db.connection);
    std::atomic<bool> cancel{false};
    ss::seed::LoadOptions options;
    options.batchSize = 1000;
    options.cancel = &cancel;
    options.openConnection = [&](ss::DatabaseConnection& more) { return ss::openDatabase(more, scratchDatabaseUrl(db.scratch)); };
    options.onProgress = [&](const ss::seed::TableProgress& p) {
        if (p.table == fact && p.phase == ss::seed::LoadPhase::Indexes)
            cancel = true;
    };
    const ss::seed::SeedRunResult result = seed(db.connection, plan, options);
    REQUIRE(result.status == ss::seed::RunStatus::Cancelled);
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        INFO(plan.tables[i].name);
        const bool loaded = result.tables[i].status == ss::seed::TableStatus::Loaded;
        CHECK(countRows(db.connection, plan.tables[i].name) == (loaded ? plan.tables[i].rows : 0));
    }
    CHECK(result.tables[fact].status == ss::seed::TableStatus::RolledBack);
    CHECK(snapshotDifference(before, catalogSnapshot(db.connection)) == "");
    checkCatalogIsTheSpec(db.connection, model);
}
