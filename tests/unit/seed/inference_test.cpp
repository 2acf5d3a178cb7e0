#include "unit/seed/seed_test_support.h"

#include "core/seed/inference.h"

using namespace seedtest;

namespace {

const ss::seed::GeneratorSpec& specOf(const ss::seed::SeedPlan& p, const char* table, const char* column)
{
    const auto* t = p.findTable(table);
    REQUIRE(t);
    const int c = t->findColumn(column);
    REQUIRE(c >= 0);
    return t->columns[static_cast<std::size_t>(c)].spec;
}

}  // namespace

TEST_CASE("inference reads names and types: e-mails, dates, amounts, codes, places, people")
{
    const auto retail = plan(loadDemoSpec("retail_sales.yml"));
    CHECK(specOf(retail, "dim_customer", "email").generator == "email");
    CHECK(specOf(retail, "dim_customer", "email").unique);  // uq_dim_customer_email
    CHECK(specOf(retail, "dim_customer", "first_name").generator == "first_name");
    CHECK(specOf(retail, "dim_customer", "city").generator == "city");
    CHECK(specOf(retail, "dim_customer", "joined_on").generator == "date");
    CHECK(specOf(retail, "dim_customer", "birth_year").generator == "uniform");
    CHECK(specOf(retail, "dim_store", "store_format").values.size() == 3);  // "Hypermarket, supermarket or convenience"

    const auto& sku = specOf(retail, "dim_product", "sku");
    CHECK(sku.generator == "pattern");
    CHECK(sku.unique);
    const auto& listPrice = specOf(retail, "dim_product", "list_price");
    CHECK(listPrice.generator == "ratio");  // ck_dim_product_price: list_price >= unit_cost
    CHECK(listPrice.of == std::vector<std::string>{"unit_cost"});
    CHECK(specOf(retail, "fact_sales", "quantity").min == 1);  // quantity <> 0
    CHECK(specOf(retail, "fact_sales", "sold_at").generator == "timestamp");
    CHECK(specOf(retail, "fact_sales", "receipt_number").unique);  // first column of the composite key
    CHECK(specOf(retail, "fact_inventory_snapshot", "date_key").unique);  // a key of foreign keys only

    const auto loans = plan(loadDemoSpec("current.yml"));
    const auto& amount = specOf(loans, "fact_loan_payments", "principal_paid");
    CHECK(amount.generator == "lognormal");
    CHECK(amount.min == 0);
    CHECK(specOf(loans, "fact_loan_originations", "principal_amount").min == Approx(0.01));  // > 0 at scale 2
    CHECK(specOf(loans, "dim_loan_product", "rate_type").values.size() == 2);  // IN ('fixed', 'variable')
    CHECK(specOf(loans, "dim_loan_product", "rate_type").values[0].weight == 2);  // the default, fixed, leads
    CHECK(specOf(loans, "dim_company", "company_key").generator == "sequence");
    CHECK(specOf(loans, "dim_company", "country_code").generator == "country_code");
    CHECK(specOf(loans, "dim_company", "industry").generator == "categorical");
    CHECK(specOf(loans, "fact_loan_payments", "company_key").distribution == "zipf");
    CHECK(specOf(loans, "fact_loan_payments", "payment_date_key").distribution == "uniform");
}

TEST_CASE("a date dimension is recognised and its columns become calendar fields")
{
    const auto loans = plan(loadDemoSpec("current.yml"));
    CHECK(specOf(loans, "dim_date", "full_date").generator == "calendar");
    CHECK(specOf(loans, "dim_date", "full_date").unique);
    CHECK(specOf(loans, "dim_date", "day_name").field == "day_name");
    CHECK(specOf(loans, "dim_date", "fiscal_year").fiscalStart == 7);  // "Fiscal year starting in July"

    const ss::SchemaModel model = loadSpec("version: 1\nentities:\n  tables:\n    - name: days\n      primary_key: [date]\n"
                                           "      columns:\n        - {name: date, type: DATE, nullable: false}\n"
                                           "        - {name: year, type: INTEGER}\n        - {name: month, type: INTEGER}\n"
                                           "        - {name: weekend, type: BOOLEAN}\n");
    CHECK_FALSE(ss::seed::looksLikeDateDimension(model.tables[0]));
    ss::SchemaModel named = model;
    named.tables[0].name = "calendar";
    CHECK(ss::seed::looksLikeDateDimension(named.tables[0]));
    const auto p = plan(named);
    CHECK(specOf(p, "calendar", "weekend").field == "is_weekend");
    CHECK(columnValues(p, "calendar", "date").front() == ss::seed::kDefaultFirstDay);
}

TEST_CASE("inferred values pass the table's checks")
{
    const ss::SchemaModel model = loadSpec(
        "version: 1\n"
        "entities:\n"
        "  tables:\n"
        "    - name: reading\n"
        "      primary_key: [id]\n"
        "      columns:\n"
        "        - {name: id, type: INTEGER, nullable: false}\n"
        "        - {name: level, type: SMALLINT, nullable: false}\n"
        "        - {name: score, type: DECIMAL(5,2), nullable: false}\n"
        "        - {name: opened_on, type: DATE, nullable: false}\n"
        "        - {name: closed_on, type: DATE, nullable: false}\n"
        "        - {name: state, type: VARCHAR(10), nullable: false}\n"
        "      checks:\n"
        "        - {expression: level BETWEEN 3 AND 7}\n"
        "        - {expression: \"score > 0 AND score < 10\"}\n"
        "        - {expression: closed_on > opened_on}\n"
        "        - {expression: \"state IN ('new', 'done', 'it''s')\"}\n");
    const auto p = plan(model);
    const auto level = columnValues(p, "reading", "level");
    const auto score = columnValues(p, "reading", "score");
    const auto opened = columnValues(p, "reading", "opened_on");
    const auto closed = columnValues(p, "reading", "closed_on");
    const auto state = columnValues(p, "reading", "state");
    for (std::size_t i = 0; i < level.size(); ++i) {
        REQUIRE(std::stoi(level[i]) >= 3);
        REQUIRE(std::stoi(level[i]) <= 7);
        REQUIRE(std::stod(score[i]) > 0);
        REQUIRE(std::stod(score[i]) < 10);
        REQUIRE(closed[i] > opened[i]);
        REQUIRE((state[i] == "new" || state[i] == "done" || state[i] == "it's"));
    }
}

TEST_CASE("probabilities and shares are inferred as fractions that never exceed 1")
{
    const auto loans = plan(loadDemoSpec("loan_risk.yml"));
    CHECK(specOf(loans, "fact_credit_risk_snapshots", "probability_of_default").max == 1);
    for (const char* column : {"probability_of_default", "loss_given_default"}) {
        INFO(column);
        const auto values = columnValues(loans, "fact_credit_risk_snapshots", column);
        REQUIRE_FALSE(values.empty());
        for (const std::string& v : values) {
            REQUIRE(std::stod(v) >= 0);
            REQUIRE(std::stod(v) <= 1);
        }
    }
}
