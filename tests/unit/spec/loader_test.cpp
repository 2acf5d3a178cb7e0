#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

const char* kDesignExample = R"(version: 1
schema_version: 1.2.0
warehouse: contoso_finance
entities:
  dimensions:
    - name: dim_company
      description: One row per borrowing company
      surrogate_key: company_key
      natural_key: company_id
      columns:
        - {name: company_id, type: VARCHAR(50), nullable: false}
        - {name: region, type: varchar(40), nullable: false}
      indexes:
        - {name: ix_dim_company_region, columns: [region]}
  facts:
    - name: fact_loan_payments
      grain: "loan_id, payment_date"
      foreign_keys:
        - {column: company_key, references: dim_company(company_key), on_delete: cascade}
      measures:
        - {name: principal_paid, type: DECIMAL(18,2), aggregation: sum}
      columns:
        - {name: loan_id, type: VARCHAR(50), nullable: false}
        - {name: payment_date, type: DATE, nullable: false}
      partitioning: {strategy: range, column: payment_date}
views:
  - {name: v_payments_by_region, sql: "SELECT 1", depends_on: [fact_loan_payments, dim_company]}
)";

const Diagnostic* findRule(const LoadResult& r, const std::string& rule)
{
    for (const auto& d : r.diagnostics)
        if (d.ruleId == rule)
            return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("the design brief's example loads into the model with its implied columns")
{
    const LoadResult r = loadSchemaYaml(kDesignExample);
    REQUIRE(r.diagnostics.empty());
    const SchemaModel& m = r.model;
    CHECK(m.version == 1);
    CHECK(m.schemaVersion == "1.2.0");
    CHECK(m.warehouse == "contoso_finance");
    REQUIRE(m.tables.size() == 2);

    const Table& dim = m.tables[0];
    CHECK(dim.kind == TableKind::Dimension);
    CHECK(dim.description == "One row per borrowing company");
    REQUIRE(dim.columns.size() == 3);
    CHECK(dim.columns[0].name == "company_key");
    CHECK(dim.columns[0].origin == ColumnOrigin::SurrogateKey);
    CHECK(dim.columns[0].identity);
    CHECK_FALSE(dim.columns[0].nullable);
    CHECK(dim.columns[0].type == DataType::of(TypeKind::Integer));
    CHECK(dim.columns[2].type == DataType::varchar(40));
    CHECK(dim.primaryKey == std::vector<std::string>{"company_key"});
    CHECK(dim.naturalKey == std::vector<std::string>{"company_id"});
    REQUIRE(dim.indexes.size() == 1);
    CHECK(dim.indexes[0].columns == std::vector<std::string>{"region"});

    const Table& fact = m.tables[1];
    CHECK(fact.kind == TableKind::Fact);
    CHECK(fact.grain == std::vector<std::string>{"loan_id", "payment_date"});
    REQUIRE(fact.columns.size() == 4);
    CHECK(fact.columns[0].name == "company_key");
    CHECK(fact.columns[0].origin == ColumnOrigin::ForeignKey);
    CHECK(fact.columns[1].name == "loan_id");
    CHECK(fact.columns[3].name == "principal_paid");
    CHECK(fact.columns[3].aggregation == Aggregation::Sum);
    CHECK(fact.columns[3].type == DataType::decimal(18, 2));
    REQUIRE(fact.foreignKeys.size() == 1);
    CHECK(fact.foreignKeys[0].refTable == "dim_company");
    CHECK(fact.foreignKeys[0].refColumns == std::vector<std::string>{"company_key"});
    CHECK(fact.foreignKeys[0].onDelete == FkAction::Cascade);
    REQUIRE(fact.partitioning);
    CHECK(fact.partitioning->strategy == "RANGE");

    REQUIRE(m.views.size() == 1);
    CHECK(m.views[0].dependsOn == std::vector<std::string>{"fact_loan_payments", "dim_company"});
}

TEST_CASE("every node keeps its line and column")
{
    const LoadResult r = loadSchemaYaml(kDesignExample);
    const Table& dim = r.model.tables[0];
    CHECK(dim.loc.line == 6);
    CHECK(dim.loc.column == 7);
    CHECK(dim.columns[1].loc.line == 11);
    CHECK(dim.columns[1].typeLoc.line == 11);
    CHECK(dim.columns[1].typeLoc.column == 36);
    CHECK(r.model.tables[1].foreignKeys[0].referencesLoc.line == 19);
}

TEST_CASE("types are normalised on load")
{
    struct Case {
        const char* written;
        const char* canonical;
    };
    const Case cases[] = {
        {"int", "INTEGER"},          {"INT4", "INTEGER"},        {"int8", "BIGINT"},
        {"numeric(10, 2)", "DECIMAL(10,2)"}, {"decimal(5)", "DECIMAL(5,0)"}, {"double precision", "DOUBLE"},
        {"float", "REAL"},           {"bool", "BOOLEAN"},        {"datetime", "TIMESTAMP"},
        {"character varying(20)", "VARCHAR(20)"}, {"char", "CHAR(1)"}, {"timestamp with time zone", "TIMESTAMPTZ"},
        {"jsonb", "JSON"},           {"uuid", "UUID"},           {"bytea", "BLOB"},
    };
    for (const Case& c : cases) {
        INFO(c.written);
        const TypeParseResult parsed = parseDataType(c.written);
        REQUIRE(parsed.type);
        CHECK(parsed.type->toString() == c.canonical);
    }
}

TEST_CASE("a type outside the whitelist is a located error, never TEXT")
{
    const char* bad[] = {"VARCHR(10)", "VARCHAR", "DECIMAL", "DECIMAL(5,7)", "VARCHAR(0)", "INTEGER(4)", "money",
                         "VARCHAR(x)", "VARCHAR(10"};
    for (const char* type : bad) {
        INFO(type);
        CHECK_FALSE(parseDataType(type).type);
    }
    const LoadResult r = loadSchemaYaml(
        "version: 1\nentities:\n  tables:\n    - name: t\n      columns:\n        - {name: a, type: VARCHR(10)}\n");
    const Diagnostic* d = findRule(r, "unknown-type");
    REQUIRE(d);
    CHECK(d->severity == Severity::Error);
    CHECK(d->loc.line == 6);
    CHECK(d->loc.column == 27);
    CHECK(d->message.find("VARCHR(10)") != std::string::npos);
    CHECK_FALSE(r.ok());
}

TEST_CASE("defaults keep what they mean")
{
    const LoadResult r = loadSchemaYaml(R"Y(version: 1
entities:
  tables:
    - name: t
      primary_key: [a]
      columns:
        - {name: a, type: INTEGER, default: 0}
        - {name: b, type: BOOLEAN, default: true}
        - {name: c, type: VARCHAR(10), default: open}
        - {name: d, type: VARCHAR(10), default: "0"}
        - {name: e, type: TIMESTAMP, default: current_timestamp}
        - {name: f, type: TEXT, default: {sql: "lower('X')"}}
        - {name: g, type: TEXT, default: null}
)Y");
    REQUIRE(r.ok());
    const auto& cols = r.model.tables[0].columns;
    CHECK(cols[0].defaultValue->kind == DefaultValue::Kind::Number);
    CHECK(cols[1].defaultValue->kind == DefaultValue::Kind::Boolean);
    CHECK(cols[2].defaultValue->kind == DefaultValue::Kind::String);
    CHECK(cols[2].defaultValue->text == "open");
    CHECK(cols[3].defaultValue->kind == DefaultValue::Kind::String);
    CHECK(cols[4].defaultValue->kind == DefaultValue::Kind::Expression);
    CHECK(cols[4].defaultValue->text == "CURRENT_TIMESTAMP");
    CHECK(cols[5].defaultValue->kind == DefaultValue::Kind::Expression);
    CHECK(cols[5].defaultValue->text == "lower('X')");
    CHECK(cols[6].defaultValue->kind == DefaultValue::Kind::Null);
}

TEST_CASE("wrong shapes are located errors and the rest of the spec is still read")
{
    const LoadResult r = loadSchemaYaml(R"(version: 1
entities:
  dimensions:
    name: not_a_list
  tables:
    - name: t
      primary_key: [id]
      colums: []
      columns:
        - {name: id, type: INTEGER, nullable: maybe}
        - just a string
        - {name: ok, type: TEXT}
)");
    CHECK_FALSE(r.ok());
    const Diagnostic* list = findRule(r, "structure");
    REQUIRE(list);
    CHECK(list->loc.line == 4);
    CHECK(list->message.find("must be a list") != std::string::npos);
    const Diagnostic* unknown = findRule(r, "unknown-key");
    REQUIRE(unknown);
    CHECK(unknown->severity == Severity::Warning);
    CHECK(unknown->loc.line == 8);
    CHECK(unknown->message.find("colums") != std::string::npos);
    REQUIRE(r.model.tables.size() == 1);
    CHECK(r.model.tables[0].columns.size() == 2);
    CHECK(r.model.tables[0].findColumn("ok"));
}

TEST_CASE("a repeated key is an error at the second occurrence")
{
    const LoadResult r = loadSchemaYaml("version: 1\nentities: {}\nversion: 1\n");
    const Diagnostic* d = findRule(r, "duplicate-key");
    REQUIRE(d);
    CHECK(d->loc.line == 3);
}

TEST_CASE("a missing version or entities section is reported")
{
    const LoadResult r = loadSchemaYaml("warehouse: w\n");
    CHECK_FALSE(r.ok());
    CHECK(r.diagnostics.size() == 2);
}
