#include "unit/seed/seed_test_support.h"

using namespace seedtest;

TEST_CASE("the same spec, profile and seed give the same rows whatever the batch size")
{
    const ss::SchemaModel model = loadDemoSpec("retail_sales.yml");
    const ss::seed::SeedPlan p = plan(model, {}, {std::nullopt, 0.05});
    for (const auto& table : p.tables) {
        INFO(table.name);
        const auto reference = allRows(p, table.name, 1000);
        REQUIRE(static_cast<std::int64_t>(reference.size()) == table.rows);
        CHECK(allRows(p, table.name, 7) == reference);
        CHECK(allRows(p, table.name, 1) == reference);
    }
    const ss::seed::SeedPlan again = plan(model, {}, {std::nullopt, 0.05});
    CHECK(allRows(again, "fact_sales", 333) == allRows(p, "fact_sales", 1000));
}

TEST_CASE("another seed gives other rows")
{
    const ss::SchemaModel model = loadDemoSpec("retail_sales.yml");
    const auto a = allRows(plan(model, {}, {1, 0.01}), "dim_customer", 100);
    const auto b = allRows(plan(model, {}, {2, 0.01}), "dim_customer", 100);
    CHECK(a != b);
}

TEST_CASE("adding a column changes no other column's values")
{
    const std::string base = "version: 1\n"
                             "entities:\n"
                             "  dimensions:\n"
                             "    - name: dim_customer\n"
                             "      surrogate_key: customer_key\n"
                             "      natural_key: customer_code\n"
                             "      columns:\n"
                             "        - {name: customer_code, type: VARCHAR(20), nullable: false}\n"
                             "        - {name: full_name, type: VARCHAR(100)}\n"
                             "        - {name: email, type: VARCHAR(200)}\n"
                             "        - {name: city, type: VARCHAR(60)}\n"
                             "        - {name: credit_limit, type: DECIMAL(12,2)}\n";
    const std::string extended = base + "        - {name: phone, type: VARCHAR(30)}\n"
                                        "        - {name: segment, type: VARCHAR(20)}\n";
    const auto before = plan(loadSpec(base));
    const auto after = plan(loadSpec(extended));
    for (const char* column : {"customer_key", "customer_code", "full_name", "email", "city", "credit_limit"}) {
        INFO(column);
        CHECK(columnValues(before, "dim_customer", column) == columnValues(after, "dim_customer", column));
    }
}
