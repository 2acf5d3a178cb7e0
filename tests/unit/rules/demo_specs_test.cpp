#include "core/spec/yaml_writer.h"
#include "unit/rules/rule_test_support.h"

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace ss;
using namespace ss::test;

namespace {

SchemaModel loadDemo(const std::string& file)
{
    const std::string path = SS_SOURCE_DIR "/schema_specs/" + file;
    const LoadResult loaded = loadSchemaFile(path);
    INFO(file << "\n" << describe(loaded.diagnostics));
    REQUIRE(loaded.diagnostics.empty());
    const std::vector<Diagnostic> diagnostics = validate(loaded.model, ValidationOptions{true});
    INFO(describe(diagnostics));
    CHECK(diagnostics.empty());
    // Kept canonical, so opening and saving a demo spec in the editor changes nothing ('dbx format --check').
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    CHECK(saveSchemaYaml(loaded.model) == text.str());
    return loaded.model;
}

std::size_t countKind(const SchemaModel& m, TableKind kind)
{
    return static_cast<std::size_t>(
        std::count_if(m.tables.begin(), m.tables.end(), [&](const Table& t) { return t.kind == kind; }));
}

}  // namespace

TEST_CASE("the loan risk demo spec is a complete star schema that validates cleanly in strict mode")
{
    const SchemaModel m = loadDemo("loan_risk.yml");
    CHECK(m.warehouse == "contoso_finance");
    CHECK(countKind(m, TableKind::Dimension) >= 4);
    CHECK(countKind(m, TableKind::Fact) >= 2);
    const Table* date = m.findTable("dim_date");
    REQUIRE(date);
    for (const char* column : {"date_key", "full_date", "year", "quarter", "month", "day_of_week", "is_weekend"})
        CHECK(date->findColumn(column));
    const Table* payments = m.findTable("fact_loan_payments");
    REQUIRE(payments);
    CHECK_FALSE(payments->grain.empty());
    CHECK(payments->partitioning.has_value());
    CHECK_FALSE(payments->checks.empty());
    const auto& columns = payments->columns;
    CHECK(std::any_of(columns.begin(), columns.end(), [](const Column& c) { return c.isMeasure(); }));
    CHECK_FALSE(m.views.empty());
}

TEST_CASE("the retail sales demo spec validates cleanly in strict mode")
{
    const SchemaModel m = loadDemo("retail_sales.yml");
    for (const char* table :
         {"dim_date", "dim_store", "dim_product", "dim_customer", "fact_sales", "fact_inventory_snapshot"})
        CHECK(m.findTable(table));
}

TEST_CASE("the demo project's current spec is an earlier, smaller state of the loan risk spec")
{
    const SchemaModel current = loadDemo("current.yml");
    const SchemaModel target = loadDemo("loan_risk.yml");
    CHECK(current.tables.size() < target.tables.size());
    for (const Table& t : current.tables)
        CHECK(target.findTable(t.name));
    const Table* company = current.findTable("dim_company");
    REQUIRE(company);
    CHECK(company->columns.size() < target.findTable("dim_company")->columns.size());
}
