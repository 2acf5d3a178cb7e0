#include "unit/plan/plan_test_support.h"

#include "core/plan/plan.h"
#include "core/plan/risk/risk_rule.h"
#include "core/plan/risk/type_change.h"

#include <set>

using namespace ss;

namespace {

const char* kBase = R"yaml(version: 1
entities:
  dimensions:
    - name: dim_customer
      surrogate_key: customer_key
      columns:
        - {name: name, type: VARCHAR(100), nullable: false, default: unknown}
        - {name: city, type: VARCHAR(60)}
        - {name: score, type: INTEGER}
        - {name: balance, type: "DECIMAL(12,2)"}
      indexes:
        - {name: ix_city, columns: [city]}
      unique_constraints:
        - {name: uq_name, columns: [name]}
  facts:
    - name: fact_sales
      grain: sale_id
      primary_key: [sale_id]
      foreign_keys:
        - {column: customer_key, references: dim_customer(customer_key)}
      columns:
        - {name: sale_id, type: BIGINT, nullable: false}
views:
  - {name: v_names, sql: "SELECT name FROM dim_customer", depends_on: [dim_customer]}
)yaml";

// The codes of the findings of every operation planned from the base spec to `target`.
std::set<std::string> codesFor(const std::string& target)
{
    const Plan plan = diff(specFromYaml(kBase), specFromYaml(target));
    std::set<std::string> codes;
    for (const auto& op : plan.operations)
        for (const auto& r : op.risks)
            codes.insert(r.code + ":" + toString(r.level));
    return codes;
}

}  // namespace

TEST_CASE("every risk rule has a unique stable code")
{
    std::set<std::string> codes;
    for (const auto& rule : riskRules())
        CHECK(codes.insert(rule.code).second);
    CHECK(codes.size() == 18);
}

TEST_CASE("DS101: dropping a table is high risk")
{
    const std::string withoutFact = kBase;
    const auto from = withoutFact.find("  facts:");
    const auto to = withoutFact.find("views:");
    CHECK(codesFor(withoutFact.substr(0, from) + withoutFact.substr(to)) == std::set<std::string>{"DS101:high"});
}

TEST_CASE("DS102: dropping a column is high risk, DS103: dropping a view breaks its readers")
{
    CHECK(codesFor(replacedOnce(kBase, "        - {name: score, type: INTEGER}\n", "")) == std::set<std::string>{"DS102:high"});
    // The index on the dropped column goes too, safely.
    CHECK(codesFor(replacedOnce(replacedOnce(kBase, "        - {name: city, type: VARCHAR(60)}\n", ""), "        - {name: ix_city, columns: [city]}\n",
                        "")) == std::set<std::string>{"DS102:high"});
    CHECK(codesFor(replacedOnce(kBase, "  - {name: v_names, sql: \"SELECT name FROM dim_customer\", depends_on: [dim_customer]}\n", "")) ==
          std::set<std::string>{"DS103:medium"});
}

TEST_CASE("MF101 narrowing and MF102 conversion, widening is safe")
{
    CHECK(codesFor(replacedOnce(kBase, "{name: city, type: VARCHAR(60)}", "{name: city, type: VARCHAR(20)}")) ==
          std::set<std::string>{"MF101:high"});
    CHECK(codesFor(replacedOnce(kBase, "{name: score, type: INTEGER}", "{name: score, type: SMALLINT}")) ==
          std::set<std::string>{"MF101:high"});
    CHECK(codesFor(replacedOnce(kBase, "{name: balance, type: \"DECIMAL(12,2)\"}", "{name: balance, type: \"DECIMAL(10,2)\"}")) ==
          std::set<std::string>{"MF101:high"});
    CHECK(codesFor(replacedOnce(kBase, "{name: score, type: INTEGER}", "{name: score, type: TEXT}")) ==
          std::set<std::string>{"MF102:medium"});
    CHECK(codesFor(replacedOnce(kBase, "{name: city, type: VARCHAR(60)}", "{name: city, type: VARCHAR(120)}")).empty());
    CHECK(codesFor(replacedOnce(kBase, "{name: score, type: INTEGER}", "{name: score, type: BIGINT}")).empty());
}

TEST_CASE("type changes are classified by what values survive")
{
    CHECK(classifyTypeChange(DataType::of(TypeKind::Integer), DataType::decimal(12, 2)) == TypeChange::Widening);
    CHECK(classifyTypeChange(DataType::of(TypeKind::BigInt), DataType::decimal(12, 2)) == TypeChange::Narrowing);
    CHECK(classifyTypeChange(DataType::decimal(12, 2), DataType::decimal(12, 3)) == TypeChange::Narrowing);
    CHECK(classifyTypeChange(DataType::decimal(12, 2), DataType::decimal(14, 3)) == TypeChange::Widening);
    CHECK(classifyTypeChange(DataType::of(TypeKind::Date), DataType::of(TypeKind::Timestamp)) == TypeChange::Widening);
    CHECK(classifyTypeChange(DataType::of(TypeKind::Timestamp), DataType::of(TypeKind::Date)) == TypeChange::Narrowing);
    CHECK(classifyTypeChange(DataType::of(TypeKind::Text), DataType::varchar(10)) == TypeChange::Narrowing);
    CHECK(classifyTypeChange(DataType::of(TypeKind::Uuid), DataType::varchar(36)) == TypeChange::Conversion);
    CHECK(classifyTypeChange(DataType::of(TypeKind::Double), DataType::of(TypeKind::Real)) == TypeChange::Narrowing);
}

TEST_CASE("MF103 NOT NULL column without default, MF104 column becomes NOT NULL, MF105 default dropped")
{
    CHECK(codesFor(replacedOnce(kBase, "        - {name: score, type: INTEGER}\n",
                        "        - {name: score, type: INTEGER}\n        - {name: tier, type: INTEGER, nullable: false}\n")) ==
          std::set<std::string>{"MF103:high"});
    CHECK(codesFor(replacedOnce(kBase, "        - {name: score, type: INTEGER}\n",
                        "        - {name: score, type: INTEGER}\n        - {name: tier, type: INTEGER, nullable: false, default: 1}\n"))
              .empty());
    CHECK(codesFor(replacedOnce(kBase, "{name: city, type: VARCHAR(60)}", "{name: city, type: VARCHAR(60), nullable: false}")) ==
          std::set<std::string>{"MF104:medium"});
    CHECK(codesFor(replacedOnce(kBase, ", default: unknown}", "}")) == std::set<std::string>{"MF105:high"});
}

TEST_CASE("MF106 unique, MF107 check, MF108 foreign key over existing data, MF109 primary key change")
{
    CHECK(codesFor(replacedOnce(kBase, "{name: ix_city, columns: [city]}", "{name: ix_city, columns: [city], unique: true}")) ==
          std::set<std::string>{"MF106:medium"});
    CHECK(codesFor(replacedOnce(kBase, "        - {name: uq_name, columns: [name]}\n",
                        "        - {name: uq_name, columns: [name]}\n        - {name: uq_city, columns: [city]}\n")) ==
          std::set<std::string>{"MF106:medium"});
    CHECK(codesFor(replacedOnce(kBase, "      unique_constraints:\n",
                        "      checks:\n        - {name: ck_score, expression: \"score >= 0\"}\n      unique_constraints:\n")) ==
          std::set<std::string>{"MF107:medium"});
    CHECK(codesFor(replacedOnce(kBase, "        - {column: customer_key, references: dim_customer(customer_key)}\n",
                        "        - {column: customer_key, references: dim_customer(customer_key)}\n"
                        "        - {column: buyer_key, references: dim_customer(customer_key)}\n")) ==
          std::set<std::string>{"MF103:high", "MF108:medium"});
    CHECK(codesFor(replacedOnce(kBase, "      primary_key: [sale_id]", "      primary_key: [sale_id, customer_key]")) ==
          std::set<std::string>{"MF109:medium"});
}

TEST_CASE("CD101 dropping a foreign key, CD102 dropping a unique")
{
    const std::string noFk = replacedOnce(replacedOnce(kBase, "        - {column: customer_key, references: dim_customer(customer_key)}\n", ""),
                                  "      foreign_keys:\n", "      foreign_keys: []\n");
    const std::string keepColumn = replacedOnce(noFk, "        - {name: sale_id, type: BIGINT, nullable: false}\n",
                                        "        - {name: sale_id, type: BIGINT, nullable: false}\n"
                                        "        - {name: customer_key, type: INTEGER, nullable: false}\n");
    CHECK(codesFor(keepColumn) == std::set<std::string>{"CD101:medium"});
    CHECK(codesFor(replacedOnce(kBase, "      unique_constraints:\n        - {name: uq_name, columns: [name]}\n", "")) ==
          std::set<std::string>{"CD102:medium"});
}

TEST_CASE("BC101 and BC102: renames break readers of the old name")
{
    CHECK(codesFor(replacedOnce(replacedOnce(kBase, "    - name: dim_customer\n", "    - name: dim_client\n      renamed_from: dim_customer\n"),
                        "references: dim_customer(", "references: dim_client(")) ==
          std::set<std::string>{"BC101:medium"});
    CHECK(codesFor(replacedOnce(kBase, "{name: score, type: INTEGER}", "{name: rating, type: INTEGER, renamed_from: score}")) ==
          std::set<std::string>{"BC102:medium"});
}
