// The bulk loaders against the real databases: SQLite files and the throwaway PostgreSQL and MariaDB.
#include "support/cycle_spec.h"
#include "support/native_client.h"
#include "support/scratch_database.h"
#include "support/seed_load_support.h"

#include <algorithm>

using namespace seedload;

namespace {

// A connection through core to a fresh scratch database of the dialect.
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
};

std::size_t indexOf(const ss::seed::SeedPlan& plan, const std::string& name)
{
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == name)
            return i;
    FAIL("no table " << name);
    return 0;
}

const ss::Dialect kDialects[] = {ss::Dialect::Sqlite, ss::Dialect::PostgreSql, ss::Dialect::MySql};

}  // namespace

TEST_CASE("every loader fills the demo schema with intact foreign keys and unique keys", "[seed][load]")
{
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    for (ss::Dialect dialect : kDialects) {
        SECTION(ss::toString(dialect))
        {
            Scratch db(dialect, "seedfk");
            const ss::seed::SeedRunResult result = seedAndCheck(db.connection, model, plan);
            CHECK(result.method == (dialect == ss::Dialect::Sqlite       ? "sqlite3 multi-row prepared INSERT"
                                    : dialect == ss::Dialect::PostgreSql ? "COPY FROM STDIN"
                                                                         : "LOAD DATA LOCAL INFILE"));
        }
    }
}

TEST_CASE("MariaDB loads through multi-row INSERT too when LOAD DATA is not used", "[seed][load]")
{
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    Scratch viaLoad(ss::Dialect::MySql, "seedload");
    Scratch viaInsert(ss::Dialect::MySql, "seedins");
    ss::seed::LoadOptions insert;
    insert.loader.allowLoadData = false;
    const ss::seed::SeedPlan plan = planOf(model);
    CHECK(seedAndCheck(viaLoad.connection, model, plan).method == "LOAD DATA LOCAL INFILE");
    CHECK(seedAndCheck(viaInsert.connection, model, plan, insert).method == "multi-row prepared INSERT");
    for (const auto& table : plan.tables) {
        INFO(table.name);
        CHECK(dumpTable(viaLoad.connection, table) == dumpTable(viaInsert.connection, table));
    }
}

TEST_CASE("each loader writes the same rows whatever the batch size", "[seed][load]")
{
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    for (ss::Dialect dialect : kDialects) {
        SECTION(ss::toString(dialect))
        {
            Scratch a(dialect, "seedba");
            Scratch b(dialect, "seedbb");
            checkSameRowsAcrossBatchSizes(a.connection, b.connection, model, plan);
        }
    }
}

TEST_CASE("cancelling a load keeps finished tables, empties the one in progress and logs it", "[seed][load]")
{
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    for (ss::Dialect dialect : kDialects) {
        SECTION(ss::toString(dialect))
        {
            Scratch db(dialect, "seedcancel");
            cancelAndCheck(db.connection, model, plan, indexOf(plan, "fact_loan_payments"), 4000);
        }
    }
}

TEST_CASE("cycles of foreign keys are closed by the update pass in every dialect", "[seed][load]")
{
    const ss::SchemaModel model = specText(testspec::cycleSpec(true));
    const ss::seed::SeedPlan plan = planOf(model);
    for (ss::Dialect dialect : {ss::Dialect::PostgreSql, ss::Dialect::MySql}) {
        SECTION(ss::toString(dialect))
        {
            Scratch db(dialect, "seedcycle");
            seedAndCheck(db.connection, model, plan);
            CHECK(scalar(db.connection, "SELECT COUNT(*) FROM department WHERE head_id IS NOT NULL").toLongLong() > 0);
        }
    }
}

TEST_CASE("PostgreSQL identity sequences move past the seeded keys", "[seed][load]")
{
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    Scratch db(ss::Dialect::PostgreSql, "seedident");
    seedAndCheck(db.connection, model, planOf(model));
    QSqlQuery insert(db.connection.db());
    INFO(insert.lastError().text().toStdString());
    REQUIRE(insert.exec("INSERT INTO dim_branch (branch_code, branch_name, city, region, country_code) VALUES ('NEW', 'New', 'Oslo', 'Nordics', 'NO') "
                        "RETURNING branch_key"));
    REQUIRE(insert.next());
    CHECK(insert.value(0).toLongLong() == countRows(db.connection, "dim_branch"));
}

TEST_CASE("PostgreSQL takes seeded keys into GENERATED ALWAYS identity columns through COPY", "[seed][load]")
{
    Scratch db(ss::Dialect::PostgreSql, "seedalways");
    QSqlQuery create(db.connection.db());
    REQUIRE(create.exec("CREATE TABLE always_keyed (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label VARCHAR(20))"));
    const ss::SchemaModel model = specText("version: 1\n"
                                           "entities:\n"
                                           "  tables:\n"
                                           "    - name: always_keyed\n"
                                           "      primary_key: [id]\n"
                                           "      columns:\n"
                                           "        - {name: id, type: INTEGER, nullable: false}\n"
                                           "        - {name: label, type: VARCHAR(20)}\n");
    const ss::seed::SeedPlan plan = planOf(model);
    REQUIRE(seed(db.connection, plan).ok());
    QSqlQuery insert(db.connection.db());
    REQUIRE(insert.exec("INSERT INTO always_keyed (label) VALUES ('after') RETURNING id"));
    REQUIRE(insert.next());
    CHECK(insert.value(0).toLongLong() == plan.tables.front().rows + 1);
}

TEST_CASE("values survive COPY and LOAD DATA escaping: tabs, newlines, backslashes, NULLs, blobs and time zones", "[seed][load]")
{
    const ss::SchemaModel model = specText("version: 1\n"
                                           "entities:\n"
                                           "  tables:\n"
                                           "    - name: awkward\n"
                                           "      primary_key: [id]\n"
                                           "      columns:\n"
                                           "        - {name: id, type: INTEGER, nullable: false}\n"
                                           "        - {name: note, type: TEXT}\n"
                                           "        - {name: flag, type: BOOLEAN}\n"
                                           "        - {name: payload, type: BLOB}\n"
                                           "        - {name: at, type: TIMESTAMPTZ}\n"
                                           "        - {name: amount, type: \"DECIMAL(12,3)\"}\n");
    ss::seed::SeedProfile profile;
    ss::seed::TableProfile table;
    table.name = "awkward";
    table.rows = 40;
    ss::seed::ColumnProfile note;
    note.name = "note";
    note.spec.generator = "categorical";
    note.spec.values = {{"tab\there", 1}, {"line\nbreak", 1}, {"back\\slash \\N", 1}, {"crlf\r\n", 1}, {"plain", 1}};
    note.spec.nullRate = 0.2;
    table.columns.push_back(note);
    profile.tables.push_back(table);
    ss::seed::PlanResult planned = ss::seed::planSeeding(model, profile, {});
    REQUIRE(planned.ok());
    std::vector<std::string> expected;
    for (ss::Dialect dialect : kDialects) {
        Scratch db(dialect, "seedesc");
        seedAndCheck(db.connection, model, planned.plan);
        QSqlQuery query(db.connection.db());
        REQUIRE(query.exec("SELECT note FROM awkward ORDER BY id"));
        std::vector<std::string> notes;
        while (query.next())
            notes.push_back(query.isNull(0) ? "NULL" : query.value(0).toString().toStdString());
        if (expected.empty())
            expected = notes;
        INFO(ss::toString(dialect));
        CHECK(notes == expected);
        CHECK(std::count(notes.begin(), notes.end(), std::string("line\nbreak")) > 0);
        CHECK(std::count(notes.begin(), notes.end(), std::string("back\\slash \\N")) > 0);
        CHECK(std::count(notes.begin(), notes.end(), std::string("NULL")) > 0);
        CHECK(scalar(db.connection, "SELECT COUNT(*) FROM awkward WHERE payload IS NOT NULL").toInt() > 0);
    }
}

TEST_CASE("the report computes the same statistics of known data in PostgreSQL and MariaDB", "[seed][report]")
{
    for (ss::Dialect dialect : {ss::Dialect::PostgreSql, ss::Dialect::MySql}) {
        SECTION(ss::toString(dialect))
        {
            Scratch db(dialect, "seedreport");
            checkKnownReport(db.connection);
        }
    }
}

namespace {

// Runs `setup`, replaces the run's rows and says whether the table was made again (TRUNCATE) rather than emptied
// row by row: `identity` reads what only TRUNCATE changes (PostgreSQL: the table's file; MariaDB: its InnoDB id).
bool replacedByTruncate(Scratch& db, const ss::seed::SeedPlan& plan, const std::string& identity, const std::vector<std::string>& setup)
{
    for (const std::string& sql : setup) {
        QSqlQuery query(db.connection.db());
        const bool ran = query.exec(QString::fromStdString(sql));
        INFO(sql << ": " << query.lastError().text().toStdString());
        REQUIRE(ran);
    }
    const QString before = scalar(db.connection, identity).toString();
    ss::seed::LoadOptions replace;
    replace.replace = true;
    REQUIRE(seed(db.connection, plan, replace).ok());
    return scalar(db.connection, identity).toString() != before;
}

}  // namespace

TEST_CASE("replacing rows empties the tables with TRUNCATE, and with DELETE where the user would notice the difference", "[seed][load]")
{
    const ss::SchemaModel model = specText(testspec::cycleSpec(true));
    const ss::seed::SeedPlan plan = planOf(model);
    const std::string table = plan.tables[1].name;
    for (ss::Dialect dialect : {ss::Dialect::PostgreSql, ss::Dialect::MySql}) {
        SECTION(ss::toString(dialect))
        {
            const bool postgres = dialect == ss::Dialect::PostgreSql;
            Scratch db(dialect, "seedreplace");
            seedAndCheck(db.connection, model, plan);
            const auto before = dumpTable(db.connection, plan.tables[1]);
            const std::string identity = postgres ? "SELECT pg_relation_filenode('" + table + "')::text"
                                                  : "SELECT TABLE_ID FROM information_schema.INNODB_SYS_TABLES WHERE NAME = "
                                                    "CONCAT(DATABASE(), '/" + table + "')";
            SECTION("truncated when nothing else is involved") { CHECK(replacedByTruncate(db, plan, identity, {})); }
            SECTION("deleted when a table the spec does not know references one of them")
            {
                CHECK_FALSE(replacedByTruncate(
                    db, plan, identity, {"CREATE TABLE badge (id INTEGER PRIMARY KEY, holder INTEGER, FOREIGN KEY (holder) REFERENCES " + table + " (id))"}));
            }
            SECTION("deleted when one of them has a DELETE trigger of the user's, which fires for every row")
            {
                const std::int64_t rows = countRows(db.connection, table);
                const std::vector<std::string> trigger =
                    postgres ? std::vector<std::string>{"CREATE TABLE deleted_log (n INTEGER)",
                                                        "CREATE FUNCTION log_delete() RETURNS trigger LANGUAGE plpgsql AS "
                                                        "$$BEGIN INSERT INTO deleted_log VALUES (1); RETURN OLD; END$$",
                                                        "CREATE TRIGGER log_delete BEFORE DELETE ON " + table + " FOR EACH ROW EXECUTE FUNCTION log_delete()"}
                             : std::vector<std::string>{"CREATE TABLE deleted_log (n INTEGER)",
                                                        "CREATE TRIGGER log_delete BEFORE DELETE ON " + table +
                                                            " FOR EACH ROW INSERT INTO deleted_log VALUES (1)"};
                CHECK_FALSE(replacedByTruncate(db, plan, identity, trigger));
                CHECK(countRows(db.connection, "deleted_log") == rows);
            }
            if (!postgres)
                CHECK(scalar(db.connection, "SELECT @@SESSION.foreign_key_checks").toInt() == 1);
            CHECK(dumpTable(db.connection, plan.tables[1]) == before);
            checkReferentialIntegrity(db.connection, model);
        }
    }
}
