#include "support/apply_migration.h"
#include "support/catalog_text.h"
#include "support/scratch_database.h"
#include "support/spec_files.h"

#include "core/plan/plan.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/migration.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <functional>

using namespace ss;

namespace {

Table& table(SchemaModel& m, const std::string& name)
{
    Table* t = m.findTable(name);
    REQUIRE(t);
    return *t;
}

Column column(const std::string& name, DataType type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = std::move(type);
    c.nullable = nullable;
    return c;
}

ForeignKey foreignKey(const std::string& col, const std::string& refTable, const std::string& refCol)
{
    ForeignKey fk;
    fk.columns = {col};
    fk.refTable = refTable;
    fk.refColumns = {refCol};
    return fk;
}

// Plans `current` -> `target`, applies the SQL, and checks that the catalog now holds exactly the target and
// that planning the target against itself is empty.
void step(ScratchDatabase& scratch, const SchemaModel& current, const SchemaModel& target, const std::string& what)
{
    INFO("step: " << what << " on " << toString(scratch.dialect()));
    REQUIRE_FALSE(hasErrors(validate(target)));
    const Plan plan = diff(current, target);
    REQUIRE_FALSE(plan.empty());
    const Migration migration = renderMigration(plan, scratch.dialect());
    INFO(migration.body(plan));
    const QString error = applyMigration(scratch.db(), migration);
    REQUIRE(error.toStdString() == "");
    CHECK(catalogText(scratch.db(), scratch.dialect()) == expectedCatalogText(target, scratch.dialect()));
    for (const auto& v : target.views)
        CHECK(execSql(scratch.db(), QString::fromStdString("SELECT COUNT(*) FROM " + v.name)).toStdString() == "");
    CHECK(diff(target, target).empty());
}

using Evolution = std::pair<const char*, std::function<void(SchemaModel&)>>;

// The evolutions a warehouse goes through, applied one after the other to the demo schema.
std::vector<Evolution> evolutions()
{
    return {
        {"add a column", [](SchemaModel& m) { table(m, "dim_branch").columns.push_back(column("manager_name", DataType::varchar(100))); }},
        {"widen a type (a view and an index read the column)",
         [](SchemaModel& m) { table(m, "dim_company").findColumn("region")->type = DataType::varchar(80); }},
        {"add an FK column to a fact",
         [](SchemaModel& m) {
             Table& fact = table(m, "fact_loan_payments");
             fact.columns.push_back(column("rating_key", DataType::of(TypeKind::Integer)));
             fact.foreignKeys.push_back(foreignKey("rating_key", "dim_risk_rating", "rating_key"));
         }},
        {"add a dimension",
         [](SchemaModel& m) {
             Table dim;
             dim.kind = TableKind::Dimension;
             dim.name = "dim_currency";
             dim.surrogateKey = "currency_key";
             dim.primaryKey = {"currency_key"};
             dim.naturalKey = {"currency_code"};
             Column key = column("currency_key", DataType::of(TypeKind::Integer), false);
             key.identity = true;
             dim.columns = {key, column("currency_code", DataType::character(3), false), column("currency_name", DataType::varchar(60))};
             m.tables.insert(m.tables.begin(), dim);
             Table& fact = table(m, "fact_loan_originations");
             fact.columns.push_back(column("currency_key", DataType::of(TypeKind::Integer)));
             fact.foreignKeys.push_back(foreignKey("currency_key", "dim_currency", "currency_key"));
         }},
        {"drop a column",
         [](SchemaModel& m) {
             auto& cols = table(m, "dim_company").columns;
             cols.erase(std::remove_if(cols.begin(), cols.end(), [](const Column& c) { return c.name == "employee_count"; }), cols.end());
         }},
        {"rename a table and a column with the hint",
         [](SchemaModel& m) {
             Table& branch = table(m, "dim_branch");
             branch.renamedFrom = branch.name;
             branch.name = "dim_lending_branch";
             Column* city = branch.findColumn("city");
             city->renamedFrom = "city";
             city->name = "branch_city";
             for (auto& t : m.tables)
                 for (auto& fk : t.foreignKeys)
                     if (fk.refTable == "dim_branch")
                         fk.refTable = "dim_lending_branch";
         }},
        {"add a view",
         [](SchemaModel& m) {
             View v;
             v.name = "v_originations_by_product";
             v.sql = "SELECT p.product_family, SUM(o.principal_amount) AS principal FROM fact_loan_originations o "
                     "JOIN dim_loan_product p ON p.product_key = o.product_key GROUP BY p.product_family";
             v.dependsOn = {"fact_loan_originations", "dim_loan_product"};
             m.views.push_back(v);
         }},
        {"add an index and drop another",
         [](SchemaModel& m) {
             Index ix;
             ix.name = "ix_dim_lending_branch_city";
             ix.columns = {"branch_city"};
             table(m, "dim_lending_branch").indexes.push_back(ix);
             auto& indexes = table(m, "dim_company").indexes;
             indexes.erase(std::remove_if(indexes.begin(), indexes.end(), [](const Index& i) { return i.name == "ix_dim_company_industry"; }),
                           indexes.end());
         }},
    };
}

void evolveDemo(Dialect dialect)
{
    ScratchDatabase scratch(dialect, "evolution");
    REQUIRE(scratch.error().toStdString() == "");

    SchemaModel current;
    SchemaModel target = loadSpec("schema_specs/loan_risk.yml");
    step(scratch, current, target, "create the demo schema from nothing");
    // A row that every later step must carry along (SQLite's rebuilds copy it table by table).
    REQUIRE(execSql(scratch.db(), "INSERT INTO dim_company (company_id, company_name, industry, region, country_code) "
                                  "VALUES ('C-1', 'Fabrikam', 'Retail', 'North', 'US')")
                .toStdString() == "");

    for (const auto& [what, change] : evolutions()) {
        current = target;
        change(target);
        step(scratch, current, target, what);
    }

    QSqlQuery q(scratch.db());
    REQUIRE(q.exec("SELECT company_id, region FROM dim_company"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "C-1");
    CHECK(q.value(1).toString() == "North");
    CHECK_FALSE(q.next());
}

void createFromNothing(Dialect dialect, const std::string& spec)
{
    ScratchDatabase scratch(dialect, "fresh");
    REQUIRE(scratch.error().toStdString() == "");
    step(scratch, SchemaModel{}, loadSpec(spec), "create " + spec + " from nothing");
}

}  // namespace

TEST_CASE("the demo schema is created and evolved step by step in a SQLite file", "[sqlite]")
{
    evolveDemo(Dialect::Sqlite);
}

TEST_CASE("the demo schema is created and evolved step by step in PostgreSQL", "[postgresql]")
{
    evolveDemo(Dialect::PostgreSql);
}

TEST_CASE("the demo schema is created and evolved step by step in MariaDB", "[mysql]")
{
    evolveDemo(Dialect::MySql);
}

TEST_CASE("the retail-sales demo and the demo's current state are created from nothing in every dialect")
{
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        createFromNothing(d, "schema_specs/retail_sales.yml");
        createFromNothing(d, "schema_specs/current.yml");
    }
}

TEST_CASE("the demo's own plan from its current state to its target runs in every dialect")
{
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        ScratchDatabase scratch(d, "demo_plan");
        REQUIRE(scratch.error().toStdString() == "");
        const SchemaModel current = loadSpec("schema_specs/current.yml");
        step(scratch, SchemaModel{}, current, "create the demo's current state");
        step(scratch, current, loadSpec("schema_specs/loan_risk.yml"), "plan current.yml -> loan_risk.yml");
    }
}

TEST_CASE("every operation kind runs for real in every dialect")
{
    const SchemaModel current = loadSpec("tests/unit/plan/golden/every_kind/current.yml");
    const SchemaModel target = loadSpec("tests/unit/plan/golden/every_kind/target.yml");
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        ScratchDatabase scratch(d, "every_kind");
        REQUIRE(scratch.error().toStdString() == "");
        step(scratch, SchemaModel{}, current, "create the every-kind starting point");
        step(scratch, current, target, "every operation kind");
    }
}
