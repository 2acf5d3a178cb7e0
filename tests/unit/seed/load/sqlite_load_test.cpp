#include "support/cycle_spec.h"
#include "support/seed_load_support.h"

using namespace seedload;

namespace {

struct SqliteFile : ScratchFile {
    explicit SqliteFile(const char* name = "seed.db") : ScratchFile("sqlite", name) {}
};

}  // namespace

TEST_CASE("seeding the demo schema into SQLite keeps every foreign key and key, and logs the run", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specFile("schema_specs/loan_risk.yml");
    seedAndCheck(file.connection, model, planOf(model));
    QSqlQuery check(file.connection.db());
    REQUIRE(check.exec("PRAGMA foreign_key_check"));
    CHECK_FALSE(check.next());
}

TEST_CASE("SQLite gets the same rows whatever the batch size", "[seed][load]")
{
    SqliteFile a("a.db");
    SqliteFile b("b.db");
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    checkSameRowsAcrossBatchSizes(a.connection, b.connection, model, planOf(model));
}

TEST_CASE("cancelling keeps the finished tables, rolls back the one in progress and logs which", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    std::size_t fact = 0;
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == "fact_loan_payments")
            fact = i;
    REQUIRE(fact > 0);
    cancelAndCheck(file.connection, model, plan, fact, 3000);
}

TEST_CASE("cancelling before a table starts leaves it untouched and says so", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    createSchema(file.connection, model);
    std::atomic<bool> cancel{false};
    ss::seed::LoadOptions options;
    options.cancel = &cancel;
    options.onProgress = [&](const ss::seed::TableProgress& p) { cancel = p.table == 0 && p.finished; };
    const ss::seed::SeedRunResult result = seed(file.connection, plan, options);
    REQUIRE(result.status == ss::seed::RunStatus::Cancelled);
    CHECK(result.tables[0].status == ss::seed::TableStatus::Loaded);
    CHECK(result.tables[1].status == ss::seed::TableStatus::Pending);
    CHECK(result.detail.rfind("cancelled before " + plan.tables[1].name + " started; " + plan.tables[0].name + " stays loaded", 0) == 0);
    CHECK(countRows(file.connection, plan.tables[0].name) == plan.tables[0].rows);
}

TEST_CASE("foreign keys that close a cycle are set by the update pass to rows that exist", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specText(testspec::cycleSpec(true));
    const ss::seed::SeedPlan plan = planOf(model);
    seedAndCheck(file.connection, model, plan);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM department WHERE head_id IS NOT NULL").toLongLong() > 0);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM employee WHERE manager_id IS NOT NULL").toLongLong() > 0);
}

TEST_CASE("seeding refuses a database without the schema, pointing at dbx apply", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedRunResult result = seed(file.connection, planOf(model));
    CHECK(result.status == ss::seed::RunStatus::Failed);
    CHECK(result.schemaMissing);
    CHECK(result.runId.empty());
    CHECK(result.detail.find("the database lacks the tables dim_date, ") == 0);
    CHECK(result.detail.find("dbx apply") != std::string::npos);
}

TEST_CASE("tables that hold rows are refused unless replaced, and replacing gives the same rows again", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specText(testspec::cycleSpec(true));
    const ss::seed::SeedPlan plan = planOf(model);
    createSchema(file.connection, model);
    REQUIRE(seed(file.connection, plan).ok());
    const auto before = dumpTable(file.connection, plan.tables[1]);

    const ss::seed::SeedRunResult refused = seed(file.connection, plan);
    CHECK(refused.status == ss::seed::RunStatus::Failed);
    CHECK(refused.detail == "the tables department and employee already hold rows: seeding fills empty tables (replace their rows "
                            "with --replace)");
    ss::seed::LoadOptions replace;
    replace.replace = true;
    REQUIRE(seed(file.connection, plan, replace).ok());
    CHECK(dumpTable(file.connection, plan.tables[1]) == before);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM dbx_runs WHERE kind = 'seed' AND status = 'finished'").toInt() == 2);
}

TEST_CASE("the SQLite load puts its PRAGMAs back as the user had them and reports progress per table and phase", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specFile("schema_specs/current.yml");
    const ss::seed::SeedPlan plan = planOf(model);
    createSchema(file.connection, model);
    QSqlQuery pragma(file.connection.db());
    REQUIRE(pragma.exec("PRAGMA synchronous = FULL"));
    REQUIRE(pragma.exec("PRAGMA foreign_keys = ON"));
    REQUIRE(pragma.exec("PRAGMA cache_size = 1234"));
    std::vector<ss::seed::TableProgress> finished;
    std::vector<std::int64_t> lastDone(plan.tables.size(), 0);
    std::vector<std::vector<ss::seed::LoadPhase>> phases(plan.tables.size());
    bool increasing = true;
    ss::seed::LoadOptions options;
    options.batchSize = 4096;
    options.onProgress = [&](const ss::seed::TableProgress& p) {
        if (p.finished) {
            finished.push_back(p);
            return;
        }
        if (phases[p.table].empty() || phases[p.table].back() != p.phase)
            phases[p.table].push_back(p.phase);
        if (p.phase != ss::seed::LoadPhase::Insert)
            return;
        increasing = increasing && p.rowsDone > lastDone[p.table] && p.rowsDone - lastDone[p.table] <= 4096;
        lastDone[p.table] = p.rowsDone;
    };
    REQUIRE(seed(file.connection, plan, options).ok());
    CHECK(increasing);
    REQUIRE(finished.size() == plan.tables.size());
    const std::vector<ss::seed::LoadPhase> expected = {ss::seed::LoadPhase::Insert, ss::seed::LoadPhase::Indexes,
                                                       ss::seed::LoadPhase::Constraints};
    for (std::size_t i = 0; i < finished.size(); ++i) {
        CHECK(finished[i].table == i);
        CHECK(finished[i].rowsDone == plan.tables[i].rows);
        CHECK(finished[i].rowsTotal == plan.tables[i].rows);
        INFO(plan.tables[i].name);
        CHECK(phases[i] == expected);
    }
    CHECK(scalar(file.connection, "PRAGMA synchronous").toInt() == 2);
    CHECK(scalar(file.connection, "PRAGMA foreign_keys").toInt() == 1);
    CHECK(scalar(file.connection, "PRAGMA cache_size").toInt() == 1234);
}

TEST_CASE("values reach SQLite in the forms its date functions and affinities read", "[seed][load]")
{
    SqliteFile file;
    const ss::SchemaModel model = specText("version: 1\n"
                                           "entities:\n"
                                           "  tables:\n"
                                           "    - name: sample\n"
                                           "      primary_key: [id]\n"
                                           "      columns:\n"
                                           "        - {name: id, type: INTEGER, nullable: false}\n"
                                           "        - {name: amount, type: \"DECIMAL(10,2)\"}\n"
                                           "        - {name: flag, type: BOOLEAN}\n"
                                           "        - {name: day, type: DATE}\n"
                                           "        - {name: at, type: TIMESTAMPTZ}\n"
                                           "        - {name: note, type: \"VARCHAR(5)\"}\n"
                                           "        - {name: payload, type: BLOB}\n");
    seedAndCheck(file.connection, model, planOf(model));
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM sample WHERE typeof(amount) NOT IN ('real', 'integer', 'null')").toInt() == 0);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM sample WHERE flag NOT IN (0, 1)").toInt() == 0);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM sample WHERE day IS NOT NULL AND date(day) IS NOT day").toInt() == 0);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM sample WHERE at IS NOT NULL AND datetime(at) IS NULL").toInt() == 0);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM sample WHERE length(note) > 5").toInt() == 0);
    CHECK(scalar(file.connection, "SELECT COUNT(*) FROM sample WHERE payload IS NOT NULL AND typeof(payload) <> 'blob'").toInt() == 0);
}

TEST_CASE("the report of a SQLite table gives the counts, means and percentiles of known data", "[seed][report]")
{
    SqliteFile file;
    checkKnownReport(file.connection);
}

TEST_CASE("the report names a table that is not there", "[seed][report]")
{
    SqliteFile file;
    const ss::seed::TableReport report = ss::seed::reportTable(file.connection, "nowhere", {50});
    CHECK(report.error == "the database has no table nowhere");
}
