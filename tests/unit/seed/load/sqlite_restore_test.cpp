// The SQLite bulk restore: indexes set aside for the rows and created again in the same transaction, foreign
// keys checked once per table, and everything as it was after a cancel in any phase or a violation.
#include "support/restore_checks.h"

#include <QTemporaryDir>

using namespace seedload;

namespace {

struct SqliteFile {
    QTemporaryDir dir;
    ss::DatabaseConnection connection;

    SqliteFile()
    {
        ss::OpenOptions options;
        options.createFile = true;
        const std::string error = ss::openDatabase(connection, "sqlite://" + dir.filePath("restore.db").toStdString(), {}, options);
        INFO(error);
        REQUIRE(error.empty());
    }

    void exec(const std::string& sql)
    {
        QSqlQuery query(connection.db());
        INFO(sql << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(QString::fromStdString(sql)));
    }

    // Every index definition, in name order.
    std::vector<std::string> indexes()
    {
        std::vector<std::string> out;
        QSqlQuery query(connection.db());
        REQUIRE(query.exec("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
        while (query.next())
            out.push_back(query.value(0).toString().toStdString() + ": " + query.value(1).toString().toStdString());
        return out;
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

// Two tables the spec knows without any foreign key; the database adds what is given.
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
                         "        - {name: label, type: VARCHAR(2)}\n";

ss::seed::SeedPlan twoTablesPlan(std::int64_t childRows)
{
    ss::seed::SeedProfile profile;
    for (const char* name : {"parent", "child"}) {
        ss::seed::TableProfile table;
        table.name = name;
        table.rows = std::string(name) == "parent" ? 10 : childRows;
        profile.tables.push_back(table);
    }
    ss::seed::PlanResult planned = ss::seed::planSeeding(specText(kTwoTables), profile, {});
    REQUIRE(planned.ok());
    return planned.plan;
}

}  // namespace

TEST_CASE("SQLite: indexes come back exactly as their CREATE INDEX wrote them, partial and expression ones included", "[seed][load]")
{
    SqliteFile file;
    file.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
    file.exec("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, label VARCHAR(2))");
    file.exec("CREATE INDEX ix_child_parent ON child (parent_id DESC, id)");
    file.exec("CREATE INDEX ix_child_some ON child (label) WHERE parent_id > 3");
    file.exec("CREATE INDEX ix_child_lower ON child (lower(label))");
    const std::vector<std::string> before = file.indexes();
    REQUIRE(before.size() == 3);
    REQUIRE(seed(file.connection, twoTablesPlan(5000)).ok());
    CHECK(file.indexes() == before);
    CHECK(scalar(file.connection, "PRAGMA integrity_check").toString() == "ok");
}

TEST_CASE("SQLite: the demo seeded through the restore path leaves the catalog as the spec has it", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedRunResult result = seedAndCheck(file.connection, model, planOf(model));
    checkCatalogIsTheSpec(file.connection, model);
    for (const ss::seed::TableLoadResult& table : result.tables)
        CHECK(table.loadSeconds + table.indexSeconds + table.constraintSeconds <= table.seconds);
}

TEST_CASE("SQLite: a cancel in any phase leaves every index and constraint as the spec has them", "[seed][load]")
{
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    const std::size_t fact = indexOf(plan, "fact_loan_payments");
    for (ss::seed::LoadPhase phase : {ss::seed::LoadPhase::Insert, ss::seed::LoadPhase::Indexes, ss::seed::LoadPhase::Constraints}) {
        SECTION(ss::seed::toString(phase))
        {
            SqliteFile file;
            cancelInPhaseAndCheck(file.connection, model, plan, fact, phase);
        }
    }
}

TEST_CASE("SQLite: a foreign key the rows break fails the table, naming the key and showing offending rows", "[seed][load]")
{
    SqliteFile file;
    file.exec("PRAGMA foreign_keys = ON");
    file.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
    file.exec("CREATE TABLE orphanage (id INTEGER NOT NULL PRIMARY KEY)");
    // A key the spec does not know: its values are generated without looking at orphanage, which stays empty.
    file.exec("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, label VARCHAR(2), "
              "CONSTRAINT fk_child_orphanage FOREIGN KEY (parent_id) REFERENCES orphanage (id))");
    const ss::seed::SeedRunResult result = seedExpectingViolation(file.connection, twoTablesPlan(300), "child", "fk_child_orphanage");
    CHECK(result.detail.find("fk_child_orphanage (parent_id) -> orphanage (id): ") != std::string::npos);
    CHECK(result.detail.find(" in (id)=(") != std::string::npos);
    CHECK(result.tables[0].status == ss::seed::TableStatus::Loaded);
    CHECK(result.tables[1].status == ss::seed::TableStatus::Failed);
    CHECK(scalar(file.connection, "PRAGMA foreign_keys").toInt() == 1);
}

TEST_CASE("SQLite: a unique index the rows break fails the table with the duplicated values", "[seed][load]")
{
    SqliteFile file;
    file.exec("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)");
    file.exec("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, label VARCHAR(2))");
    // Two-character labels for 2,000 rows: some repeat.
    file.exec("CREATE UNIQUE INDEX uq_child_label ON child (label)");
    const ss::seed::SeedRunResult result = seedExpectingViolation(file.connection, twoTablesPlan(2000), "child", "uq_child_label");
    CHECK(result.detail.find(" duplicated values, e.g. (label)=(") != std::string::npos);
    CHECK(file.indexes() == std::vector<std::string>{"uq_child_label: CREATE UNIQUE INDEX uq_child_label ON child (label)"});
}
