#include "unit/seed/seed_test_support.h"

#include "core/seed/inference.h"

#include <set>

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

TEST_CASE("a natural key too narrow for the row count in decimal gets base-36 codes, all distinct")
{
    ss::seed::SeedOptions options;
    options.scale = 1000;  // dim_risk_rating: 100,000 rows into rating_code VARCHAR(4)
    const auto loans = plan(loadDemoSpec("loan_risk.yml"), {}, options);
    const auto& code = specOf(loans, "dim_risk_rating", "rating_code");
    CHECK(code.pattern == "{code:04}");
    const auto values = columnValues(loans, "dim_risk_rating", "rating_code");
    REQUIRE(values.size() == 100000);
    CHECK(std::set<std::string>(values.begin(), values.end()).size() == values.size());
    for (const std::string& v : values)
        REQUIRE(v.size() == 4);
    CHECK(specOf(loans, "dim_branch", "branch_code").pattern == "BRA-{seq:06}");  // decimal still fits
}

TEST_CASE("the {code} placeholder counts in base 36 from the start, padded, and is checked against the column")
{
    auto s = spec("pattern");
    s.pattern = "X{code:3}";
    s.unique = true;
    const auto column = generateColumn(s, *ss::parseDataType("VARCHAR(4)").type, 40000);
    std::vector<std::string> values;
    for (std::size_t i = 0; i < column.size(); ++i) {
        std::string v;
        ss::seed::appendValue(v, column, i);
        values.push_back(v);
    }
    CHECK(values[0] == "X001");
    CHECK(values[34] == "X00Z");
    CHECK(values[35] == "X010");
    CHECK(values[39999] == "XUV4");  // 40000 = 30*36^2 + 31*36 + 4
    CHECK(std::set<std::string>(values.begin(), values.end()).size() == values.size());

    ss::seed::GeneratorContext ctx;
    ctx.table = "t";
    ctx.column = "c";
    ctx.shape = ss::seed::shapeOf(*ss::parseDataType("VARCHAR(4)").type);
    ctx.rows = 50000;  // 50000 in base 36 is "12KW", five characters with the X
    ctx.columnNames = {"c"};
    ctx.columnShapes = {ctx.shape};
    ss::seed::BuildError error;
    CHECK_FALSE(ss::seed::makeGenerator(s, ctx, error));
    CHECK(error.message.find("values reach 5 characters") != std::string::npos);
}
