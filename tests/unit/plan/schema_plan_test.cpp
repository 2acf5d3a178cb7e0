// Tables in PostgreSQL schemas other than the current one, without a database: the DSL's `schema:` and
// `references: schema.table(...)` read and written back, tables of the same name in two schemas kept apart by
// the validator and the differ, and the PostgreSQL statements naming every table with its schema.
#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"
#include "core/spec/qualified_name.h"
#include "core/spec/spec_check.h"
#include "core/spec/yaml_writer.h"
#include "core/sql/dialect_names.h"
#include "core/sql/migration.h"

using namespace ss;

namespace {

const std::string kSpec = "version: 1\n"
                          "entities:\n"
                          "  tables:\n"
                          "    - name: accounts\n"
                          "      primary_key: [account_id]\n"
                          "      columns:\n"
                          "        - {name: account_id, type: INTEGER, nullable: false}\n"
                          "    - name: accounts\n"
                          "      schema: audit\n"
                          "      primary_key: [event_id]\n"
                          "      columns:\n"
                          "        - {name: event_id, type: INTEGER, nullable: false}\n"
                          "        - {name: account_id, type: INTEGER, nullable: false}\n"
                          "      foreign_keys:\n"
                          "        - {name: fk_audited, column: account_id, references: accounts(account_id)}\n"
                          "      indexes:\n"
                          "        - {name: ix_account, columns: [account_id]}\n"
                          "    - name: invoices\n"
                          "      schema: billing\n"
                          "      primary_key: [invoice_id]\n"
                          "      columns:\n"
                          "        - {name: invoice_id, type: INTEGER, nullable: false}\n"
                          "    - name: invoice_lines\n"
                          "      schema: billing\n"
                          "      primary_key: [line_id]\n"
                          "      columns:\n"
                          "        - {name: line_id, type: INTEGER, nullable: false}\n"
                          "        - {name: invoice_id, type: INTEGER, nullable: false}\n"
                          "      foreign_keys:\n"
                          "        - {name: fk_line_invoice, column: invoice_id, references: billing.invoices(invoice_id)}\n";

std::string sqlOf(const Plan& plan) { return renderMigration(plan, Dialect::PostgreSql).body(plan); }

std::size_t count(const std::string& text, const std::string& part)
{
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("a qualified reference is written with its schema and read back, a dotted name quoted")
{
    CHECK(qualifiedReference("", "invoices") == "invoices");
    CHECK(qualifiedReference("billing", "invoices") == "billing.invoices");
    CHECK(qualifiedReference("", "a.b") == "\"a.b\"");
    for (const auto& [schema, name] : std::vector<std::pair<std::string, std::string>>{
             {"", "invoices"}, {"billing", "invoices"}, {"", "a.b"}, {"x.y", "a.b"}, {"Billing", "Invoices"}}) {
        std::string readSchema = "-";
        std::string readName;
        REQUIRE(splitQualifiedName(qualifiedReference(schema, name), readSchema, readName));
        CHECK(readSchema == schema);
        CHECK(readName == name);
    }
    std::string schema;
    std::string name;
    for (const char* bad : {"", ".", "a.", ".b", "a.b.c", "\"a", "\"a\"b"})
        CHECK_FALSE(splitQualifiedName(bad, schema, name));
}

TEST_CASE("a table's schema and a reference into another schema are read from the DSL and written back")
{
    const SchemaModel m = specFromYaml(kSpec);
    REQUIRE(m.tables.size() == 4);
    CHECK(m.tables[0].schema.empty());
    CHECK(m.tables[1].schema == "audit");
    CHECK(m.tables[1].foreignKeys[0].refSchema.empty());
    CHECK(m.tables[3].foreignKeys[0].refSchema == "billing");
    CHECK(m.tables[3].foreignKeys[0].refTable == "invoices");
    CHECK(m.findTable("audit", "accounts") == &m.tables[1]);
    CHECK(m.findTable("", "accounts") == &m.tables[0]);
    CHECK(m.findTable("billing", "accounts") == nullptr);
    CHECK(m.referencedTable(m.tables[3].foreignKeys[0]) == &m.tables[2]);
    CHECK(schemasOf(m) == std::vector<std::string>{"audit", "billing"});

    const std::string written = saveSchemaYaml(m);
    CHECK_THAT(written, Catch::Contains("schema: billing") && Catch::Contains("references: billing.invoices(invoice_id)"));
    CHECK(specFromYaml(written) == specFromYaml(saveSchemaYaml(specFromYaml(written))));
    CHECK(specFromYaml(written).tables[3].foreignKeys[0].refSchema == "billing");
}

TEST_CASE("tables of one name in two schemas are two tables to the validator and to PostgreSQL, one elsewhere")
{
    const LoadResult loaded = checkSpecText(kSpec);
    INFO(loaded.diagnostics.size());
    CHECK(loaded.ok());
    CHECK(namesTheDialectCannotHold(loaded.model, Dialect::PostgreSql, false).empty());
    const auto sqlite = namesTheDialectCannotHold(loaded.model, Dialect::Sqlite, false);
    CHECK(std::any_of(sqlite.begin(), sqlite.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error && d.message.find("different schemas") != std::string::npos;
    }));
}

TEST_CASE("PostgreSQL creates each schema once, before its first table, and names every table with its schema")
{
    const Plan plan = diff(SchemaModel{}, specFromYaml(kSpec));
    const std::string sql = sqlOf(plan);
    CHECK(count(sql, "CREATE SCHEMA IF NOT EXISTS \"audit\"") == 1);
    CHECK(count(sql, "CREATE SCHEMA IF NOT EXISTS \"billing\"") == 1);
    CHECK(sql.find("CREATE SCHEMA IF NOT EXISTS \"billing\"") < sql.find("CREATE TABLE \"billing\".\"invoices\""));
    CHECK_THAT(sql, Catch::Contains("CREATE TABLE \"accounts\" (") && Catch::Contains("CREATE TABLE \"audit\".\"accounts\" (") &&
                        Catch::Contains("REFERENCES \"accounts\" (\"account_id\")") &&
                        Catch::Contains("REFERENCES \"billing\".\"invoices\" (\"invoice_id\")") &&
                        Catch::Contains("CREATE INDEX \"ix_account\" ON \"audit\".\"accounts\" (\"account_id\")"));
    // billing.invoice_lines references billing.invoices, so it comes after it.
    CHECK(sql.find("CREATE TABLE \"billing\".\"invoices\"") < sql.find("CREATE TABLE \"billing\".\"invoice_lines\""));
    CHECK(plan.operations[1].describe() == "create table audit.accounts (2 columns)");
}

TEST_CASE("changes to a table of another schema are planned on that table, renames within its schema")
{
    const SchemaModel current = specFromYaml(kSpec);
    std::string next = replacedOnce(kSpec, "    - name: invoice_lines\n      schema: billing\n",
                                    "    - name: invoice_items\n      schema: billing\n      renamed_from: invoice_lines\n");
    next = replacedOnce(next, "        - {name: ix_account, columns: [account_id]}\n",
                        "        - {name: ix_account_event, columns: [account_id, event_id]}\n");
    next = replacedOnce(next, "        - {name: event_id, type: INTEGER, nullable: false}\n",
                        "        - {name: event_id, type: INTEGER, nullable: false}\n"
                        "        - {name: note, type: TEXT}\n");
    const Plan plan = diff(current, specFromYaml(next));
    std::vector<std::string> described;
    for (const Operation& op : plan.operations)
        described.push_back(op.describe());
    CHECK(std::find(described.begin(), described.end(), "add column audit.accounts.note TEXT") != described.end());
    CHECK(std::find(described.begin(), described.end(), "rename table billing.invoice_lines to invoice_items") != described.end());
    CHECK(std::none_of(plan.operations.begin(), plan.operations.end(),
                       [](const Operation& op) { return op.kind == OpKind::CreateTable || op.kind == OpKind::DropTable; }));
    const std::string sql = sqlOf(plan);
    CHECK_THAT(sql, Catch::Contains("ALTER TABLE \"billing\".\"invoice_lines\" RENAME TO \"invoice_items\"") &&
                        Catch::Contains("DROP INDEX \"audit\".\"ix_account\"") &&
                        Catch::Contains("ALTER TABLE \"audit\".\"accounts\" ADD COLUMN \"note\" TEXT") &&
                        Catch::Contains("ON \"audit\".\"accounts\" (\"account_id\", \"event_id\")"));
    CHECK(sql.find("ALTER TABLE \"accounts\"") == std::string::npos);  // the current schema's accounts is untouched

    const Plan none = diff(current, current);
    CHECK(none.operations.empty());
}

TEST_CASE("a type replaced under a column of another schema's table converts that table's column")
{
    const std::string typed = "version: 1\n"
                              "types:\n"
                              "  - {name: mood, enum: [happy, sad]}\n"
                              "entities:\n"
                              "  tables:\n"
                              "    - name: diary\n"
                              "      schema: private\n"
                              "      primary_key: [id]\n"
                              "      columns:\n"
                              "        - {name: id, type: INTEGER, nullable: false}\n"
                              "        - {name: feeling, type: mood}\n";
    const Plan plan = diff(specFromYaml(typed), specFromYaml(replacedOnce(typed, "[happy, sad]", "[sad, happy]")));
    REQUIRE(plan.operations.size() == 1);
    CHECK(plan.operations[0].kind == OpKind::ReplaceType);
    CHECK_THAT(sqlOf(plan), Catch::Contains("ALTER TABLE \"private\".\"diary\" ALTER COLUMN \"feeling\" TYPE \"mood\""));
    CHECK_THAT(plan.operations[0].risks.at(0).message, Catch::Contains("private.diary.feeling"));
}
