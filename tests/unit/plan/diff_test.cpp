#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"

using namespace ss;

namespace {

std::vector<std::string> describe(const Plan& plan)
{
    std::vector<std::string> out;
    for (const auto& op : plan.operations)
        out.push_back(std::string(toString(op.kind)) + " " + op.table + (op.oldName.empty() ? "" : " from " + op.oldName));
    return out;
}

std::size_t positionOf(const Plan& plan, OpKind kind, const std::string& table)
{
    for (std::size_t i = 0; i < plan.operations.size(); ++i)
        if (plan.operations[i].kind == kind && plan.operations[i].table == table)
            return i;
    FAIL("no " << toString(kind) << " on " << table);
    return 0;
}

const char* kTwoTables = R"(version: 1
entities:
  dimensions:
    - name: dim_customer
      surrogate_key: customer_key
      columns:
        - {name: city, type: VARCHAR(60)}
  facts:
    - name: fact_sales
      grain: sale_id
      primary_key: [sale_id]
      foreign_keys:
        - {column: customer_key, references: dim_customer(customer_key)}
      columns:
        - {name: sale_id, type: BIGINT, nullable: false}
)";

}  // namespace

TEST_CASE("planning a model against itself gives no operations")
{
    for (const char* spec : {"schema_specs/loan_risk.yml", "schema_specs/retail_sales.yml", "schema_specs/current.yml",
                             "tests/unit/plan/golden/every_kind/target.yml"}) {
        INFO(spec);
        const SchemaModel m = loadTestSpec(spec);
        CHECK(diff(m, m).empty());
    }
}

TEST_CASE("a rename needs the renamed_from hint, without it the column is dropped and added")
{
    const SchemaModel current = specFromYaml(kTwoTables);
    const std::string city = "{name: city, type: VARCHAR(60)}";
    const std::string withHint = replacedOnce(kTwoTables, city, "{name: town, type: VARCHAR(60), renamed_from: city}");
    const std::string withoutHint = replacedOnce(kTwoTables, city, "{name: town, type: VARCHAR(60)}");

    const Plan renamed = diff(current, specFromYaml(withHint));
    REQUIRE(renamed.operations.size() == 1);
    CHECK(renamed.operations[0].kind == OpKind::RenameColumn);
    CHECK(renamed.operations[0].risk() == RiskLevel::Medium);

    const Plan guessed = diff(current, specFromYaml(withoutHint));
    CHECK(describe(guessed) == std::vector<std::string>{"add_column dim_customer", "drop_column dim_customer"});
    CHECK(guessed.summary().highest() == RiskLevel::High);
    // The drop's reason points at the hint.
    CHECK(guessed.operations[1].risks[0].message.find("renamed_from: city") != std::string::npos);

    // Once applied, the hint stays in the spec and plans nothing more.
    CHECK(diff(specFromYaml(withHint), specFromYaml(withHint)).empty());
}

TEST_CASE("a table rename with the hint keeps the references that point at it")
{
    const SchemaModel current = specFromYaml(kTwoTables);
    const std::string renamedYaml =
        replacedOnce(replacedOnce(kTwoTables, "- name: dim_customer", "- name: dim_client\n      renamed_from: dim_customer"),
                 "references: dim_customer(", "references: dim_client(");
    const Plan plan = diff(current, specFromYaml(renamedYaml));
    CHECK(describe(plan) == std::vector<std::string>{"rename_table dim_client from dim_customer"});
}

TEST_CASE("creates go dimensions, facts, plain tables, then indexes, foreign keys and views")
{
    const SchemaModel target = loadTestSpec("schema_specs/loan_risk.yml");
    const Plan plan = diff(SchemaModel{}, target);
    std::size_t lastDimension = 0, firstFact = plan.operations.size(), lastCreate = 0, firstIndex = plan.operations.size(),
                firstView = plan.operations.size();
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        if (op.kind == OpKind::CreateTable) {
            lastCreate = i;
            if (op.tableDef.kind == TableKind::Dimension)
                lastDimension = i;
            else
                firstFact = std::min(firstFact, i);
        }
        if (op.kind == OpKind::AddIndex)
            firstIndex = std::min(firstIndex, i);
        if (op.kind == OpKind::CreateView)
            firstView = std::min(firstView, i);
    }
    CHECK(lastDimension < firstFact);
    CHECK(lastCreate < firstIndex);
    CHECK(firstIndex < firstView);
    CHECK(plan.summary().highest() == RiskLevel::Safe);
}

TEST_CASE("a table is created after the tables it references, whatever its kind")
{
    const SchemaModel target = specFromYaml(R"(version: 1
entities:
  dimensions:
    - name: dim_region
      surrogate_key: region_key
      columns: [{name: name, type: VARCHAR(20)}]
    - name: dim_country
      surrogate_key: country_key
      foreign_keys: [{column: region_key, references: dim_region(region_key)}]
      columns: [{name: name, type: VARCHAR(20)}]
  tables:
    - name: audit
      primary_key: [id]
      columns: [{name: id, type: INTEGER, nullable: false}]
  facts:
    - name: fact_visits
      grain: visit_id
      primary_key: [visit_id]
      foreign_keys: [{column: country_key, references: dim_country(country_key)}]
      columns: [{name: visit_id, type: INTEGER, nullable: false}]
)");
    const Plan plan = diff(SchemaModel{}, target);
    CHECK(describe(plan) == std::vector<std::string>{"create_table dim_region", "create_table dim_country",
                                                     "create_table fact_visits", "create_table audit"});
    CHECK(plan.operations[1].deferredForeignKeys.empty());
}

TEST_CASE("a foreign key cycle is broken by adding one constraint once both tables exist")
{
    const SchemaModel target = specFromYaml(R"(version: 1
entities:
  tables:
    - name: employee
      primary_key: [id]
      foreign_keys: [{column: department_id, references: department(id)}]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: department_id, type: INTEGER}
    - name: department
      primary_key: [id]
      foreign_keys: [{column: manager_id, references: employee(id)}]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: manager_id, type: INTEGER}
)");
    const Plan plan = diff(SchemaModel{}, target);
    CHECK(describe(plan) == std::vector<std::string>{"create_table employee", "create_table department",
                                                     "add_foreign_key employee"});
    CHECK(plan.operations[0].deferredForeignKeys == std::vector<std::string>{"fk_employee_department_id"});
    CHECK(plan.operations[2].onNewTable);
    CHECK(plan.operations[2].risk() == RiskLevel::Safe);

    // Dropping both again: one reference goes first, then the tables.
    const Plan drop = diff(target, SchemaModel{});
    REQUIRE(drop.operations.size() == 3);
    CHECK(drop.operations[0].kind == OpKind::DropForeignKey);
    CHECK(drop.operations[0].onDroppedTable);
    CHECK(drop.operations[1].kind == OpKind::DropTable);
    CHECK(drop.operations[2].kind == OpKind::DropTable);
}

TEST_CASE("dropped tables go before the tables they reference")
{
    const SchemaModel current = specFromYaml(kTwoTables);
    const Plan plan = diff(current, SchemaModel{});
    CHECK(describe(plan) == std::vector<std::string>{"drop_table fact_sales", "drop_table dim_customer"});
}

TEST_CASE("views reading a changed table are dropped first and created again last, dependents before dependencies")
{
    const SchemaModel current = loadTestSpec("tests/unit/plan/golden/every_kind/current.yml");
    const SchemaModel target = loadTestSpec("tests/unit/plan/golden/every_kind/target.yml");
    const Plan plan = diff(current, target);
    const std::size_t dropView = positionOf(plan, OpKind::DropView, "v_sales_by_city");
    const std::size_t rename = positionOf(plan, OpKind::RenameColumn, "dim_customer");
    const std::size_t createView = positionOf(plan, OpKind::CreateView, "v_sales_by_city");
    CHECK(dropView < rename);
    CHECK(rename < createView);
    // A view whose definition changes but reads nothing that changes is replaced in place.
    CHECK(plan.operations[positionOf(plan, OpKind::ReplaceView, "v_constant")].view.sql == "SELECT 2 AS one");
}

TEST_CASE("constraint drops name the table as it is before a rename runs")
{
    const SchemaModel current = loadTestSpec("tests/unit/plan/golden/every_kind/current.yml");
    const SchemaModel target = loadTestSpec("tests/unit/plan/golden/every_kind/target.yml");
    const Plan plan = diff(current, target);
    CHECK(plan.operations[positionOf(plan, OpKind::DropIndex, "dim_store")].index.name == "ix_dim_store_code");
    CHECK(positionOf(plan, OpKind::DropIndex, "dim_store") < positionOf(plan, OpKind::RenameTable, "dim_shop"));
    CHECK(positionOf(plan, OpKind::RenameTable, "dim_shop") < positionOf(plan, OpKind::AddUnique, "dim_shop"));
}
