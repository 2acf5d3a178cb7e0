#include "apply/apply_test_support.h"

#include "core/db/apply/migration_script.h"

using namespace ss;

TEST_CASE("A migration file reads back as the statements, phases and operations the renderer made", "[apply][script]")
{
    const Plan plan = diff(specFromYaml(kShopV1), specFromYaml(kShopV2));
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        INFO(toString(dialect));
        const Migration migration = renderMigration(plan, dialect);
        const ScriptLoad load = migrationScriptFromText(migrationFileText(plan, migration, "2024-01-01T00:00:00Z"),
                                                        "/tmp/0002_trim_shop.sql");
        INFO(load.error);
        REQUIRE(load.ok());
        const MigrationScript expected = migrationScriptFromPlan(plan, migration, "0002_trim_shop", "x");
        const MigrationScript& s = load.script;
        CHECK(s.id == "0002_trim_shop");
        CHECK(s.dialect == dialect);
        CHECK(s.checksum == expected.checksum);
        REQUIRE(s.statements.size() == expected.statements.size());
        for (std::size_t i = 0; i < s.statements.size(); ++i) {
            INFO("statement " << i + 1 << ": " << s.statements[i].sql);
            CHECK(s.statements[i].sql == expected.statements[i].sql);
            CHECK(s.statements[i].phase == expected.statements[i].phase);
            CHECK(s.statements[i].mustReturnNoRows == expected.statements[i].mustReturnNoRows);
            CHECK(s.statements[i].operation == expected.statements[i].operation);
            CHECK(s.statements[i].checksum == migrationChecksum(s.statements[i].sql));
        }
        REQUIRE(s.operations.size() == plan.operations.size());
        for (std::size_t i = 0; i < s.operations.size(); ++i) {
            CHECK(s.operations[i].description == plan.operations[i].describe());
            CHECK(s.operations[i].risk == plan.operations[i].risk());
        }
        CHECK_FALSE(s.highRiskOperations().empty());
    }
}

TEST_CASE("SQLite's foreign-key switch stays outside the transaction", "[apply][script]")
{
    const Plan plan = diff(specFromYaml(kShopV1), specFromYaml(kShopV2));
    const ScriptLoad load =
        migrationScriptFromText(migrationFileText(plan, renderMigration(plan, Dialect::Sqlite), "t"), "m.sql");
    REQUIRE(load.ok());
    const auto& st = load.script.statements;
    REQUIRE(st.size() >= 3);
    CHECK(st.front().sql == "PRAGMA foreign_keys = OFF");
    CHECK(st.front().phase == StatementPhase::BeforeTransaction);
    CHECK(st.back().sql == "PRAGMA foreign_keys = ON");
    CHECK(st.back().phase == StatementPhase::AfterTransaction);
    CHECK(st[st.size() - 2].mustReturnNoRows);
    for (const auto& s : st)
        CHECK_FALSE((s.sql == "BEGIN" || s.sql == "COMMIT"));
}

TEST_CASE("A migration file edited after it was generated is refused, naming both checksums", "[apply][script]")
{
    const Plan plan = diff(specFromYaml(kShopV1), specFromYaml(kShopV2));
    const std::string text = migrationFileText(plan, renderMigration(plan, Dialect::PostgreSql), "t");
    const std::string tampered = replacedOnce(text, "DROP TABLE", "DROP  TABLE");
    const ScriptLoad load = migrationScriptFromText(tampered, "/m/0002.sql");
    REQUIRE_FALSE(load.ok());
    const std::string body = tampered.substr(tampered.find("\n\n") + 2);
    CHECK_THAT(load.error, Catch::Contains("/m/0002.sql"));
    CHECK_THAT(load.error, Catch::Contains(parseMigrationFile(text).header.checksum));
    CHECK_THAT(load.error, Catch::Contains(migrationChecksum(body)));

    CHECK_THAT(migrationScriptFromText("SELECT 1;", "x.sql").error, Catch::Contains("not a Schema Studio migration"));
}

TEST_CASE("Risk reasons come from the impact sidecar only when it belongs to the same body", "[apply][script]")
{
    SqliteFixture f;
    const Plan plan = diff(specFromYaml(kShopV1), specFromYaml(kShopV2));
    const Migration migration = renderMigration(plan, Dialect::Sqlite);
    const std::string path = f.file("0002.sql");
    REQUIRE(writeMigration(path, plan, migration, true, "t").empty());
    ScriptLoad load = loadMigrationScript(path);
    REQUIRE(load.ok());
    const auto high = load.script.highRiskOperations();
    REQUIRE_FALSE(high.empty());
    for (const auto* op : high)
        CHECK_FALSE(op->reasons.empty());

    const Plan other = diff(specFromYaml(kShopV1), SchemaModel{});
    REQUIRE(writeMigration(f.file("other.sql"), other, renderMigration(other, Dialect::Sqlite), true, "t").empty());
    writeTestFile(path + ".impact.json", [&] {
        std::string json;
        std::string error;
        REQUIRE(readWholeFile(f.file("other.sql") + ".impact.json", json, error, 1 << 20));
        return json;
    }());
    load = loadMigrationScript(path);
    REQUIRE(load.ok());
    REQUIRE(load.script.notes.size() == 1);
    CHECK_THAT(load.script.notes.front(), Catch::Contains("another version"));
    for (const auto* op : load.script.highRiskOperations())
        CHECK(op->reasons.empty());
}
