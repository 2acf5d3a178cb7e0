#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ss;

namespace {

Column column(std::string name, DataType type, bool nullable = true)
{
    Column c;
    c.name = std::move(name);
    c.type = std::move(type);
    c.nullable = nullable;
    return c;
}

// A model that exercises every field and every string the writer must quote.
SchemaModel awkwardModel()
{
    SchemaModel m;
    m.schemaVersion = "2.0.1";
    m.warehouse = "wh: with colon";
    m.description = "Line one\nLine two with # hash\n\n  indented line";

    Table dim;
    dim.kind = TableKind::Dimension;
    dim.name = "dim_customer";
    dim.description = "- starts with a dash";
    dim.surrogateKey = "customer_key";
    dim.naturalKey = {"customer_id", "source"};
    dim.columns.push_back(column("customer_id", DataType::varchar(40), false));
    dim.columns.push_back(column("source", DataType::character(3), false));
    Column status = column("status", DataType::varchar(10));
    status.defaultValue = DefaultValue{DefaultValue::Kind::String, "true"};
    status.description = "quoted \"text\", commas, [brackets] and {braces}";
    dim.columns.push_back(status);
    Column numberish = column("code", DataType::varchar(10));
    numberish.defaultValue = DefaultValue{DefaultValue::Kind::String, "007"};
    dim.columns.push_back(numberish);
    Column created = column("created_at", DataType::of(TypeKind::TimestampTz), false);
    created.defaultValue = DefaultValue{DefaultValue::Kind::Expression, "CURRENT_TIMESTAMP"};
    dim.columns.push_back(created);
    Column expr = column("slug", DataType::of(TypeKind::Text));
    expr.defaultValue = DefaultValue{DefaultValue::Kind::Expression, "lower('A, B')"};
    expr.renamedFrom = "old slug";
    dim.columns.push_back(expr);
    Column nulled = column("note", DataType::of(TypeKind::Text));
    nulled.defaultValue = DefaultValue{DefaultValue::Kind::Null, ""};
    dim.columns.push_back(nulled);
    Column native = column("search", DataType::nativeType("tsvector"));
    dim.columns.push_back(native);
    dim.indexes.push_back(Index{"ix_status", {"status", "code"}, true, {}});
    dim.uniques.push_back(UniqueConstraint{"uq_code", {"code"}, {}});
    dim.checks.push_back(CheckConstraint{"ck_status", "status IN ('a', 'b: c')", {}});
    m.tables.push_back(dim);

    Table fact;
    fact.kind = TableKind::Fact;
    fact.name = "fact_orders";
    fact.renamedFrom = "fact_order";
    fact.grain = {"order_id", "line_no"};
    fact.primaryKey = {"order_id", "line_no"};
    fact.columns.push_back(column("order_id", DataType::of(TypeKind::BigInt), false));
    fact.columns.push_back(column("line_no", DataType::of(TypeKind::SmallInt), false));
    Column seq = column("seq", DataType::of(TypeKind::Integer), false);
    seq.identity = true;
    fact.columns.push_back(seq);
    Column amount = column("amount", DataType::decimal(18, 2));
    amount.aggregation = Aggregation::Sum;
    amount.defaultValue = DefaultValue{DefaultValue::Kind::Number, "0.00"};
    fact.columns.push_back(amount);
    Column flag = column("flagged", DataType::of(TypeKind::Boolean));
    flag.aggregation = Aggregation::CountDistinct;
    flag.defaultValue = DefaultValue{DefaultValue::Kind::Boolean, "false"};
    fact.columns.push_back(flag);
    ForeignKey fk;
    fk.name = "fk_orders_customer";
    fk.columns = {"customer_key"};
    fk.refTable = "dim_customer";
    fk.refColumns = {"customer_key"};
    fk.onDelete = FkAction::SetNull;
    fk.onUpdate = FkAction::Cascade;
    fact.foreignKeys.push_back(fk);
    fact.partitioning = Partitioning{"HASH", "order_id", {}};
    m.tables.push_back(fact);

    Table plain;
    plain.name = "audit \"log\"";
    plain.primaryKey = {"id"};
    plain.columns.push_back(column("id", DataType::of(TypeKind::Uuid), false));
    plain.columns.push_back(column("payload", DataType::of(TypeKind::Json)));
    m.tables.push_back(plain);

    View v;
    v.name = "v_orders";
    v.description = "Orders per customer";
    v.sql = "SELECT c.customer_id,\n       sum(o.amount) AS total\nFROM fact_orders o\nJOIN dim_customer c USING (customer_key)\nGROUP BY 1";
    v.dependsOn = {"fact_orders", "dim_customer"};
    m.views.push_back(v);
    View one;
    one.name = "v_one";
    one.sql = "SELECT 'x: y' AS \"quoted\"";
    m.views.push_back(one);
    return m;
}

}  // namespace

TEST_CASE("load(save(m)) == m for a model using every field and awkward strings")
{
    SchemaModel m = awkwardModel();
    // The loader materialises implied columns; compare against the materialised model.
    const std::string text = saveSchemaYaml(m);
    const LoadResult first = loadSchemaYaml(text);
    INFO(text);
    for (const auto& d : first.diagnostics)
        INFO(d.loc.line << ":" << d.loc.column << " " << d.message);
    REQUIRE(first.diagnostics.empty());
    const LoadResult second = loadSchemaYaml(saveSchemaYaml(first.model));
    REQUIRE(second.diagnostics.empty());
    CHECK(second.model == first.model);
    CHECK(saveSchemaYaml(second.model) == text);

    const Table& dim = first.model.tables[0];
    CHECK(dim.columns[0].origin == ColumnOrigin::SurrogateKey);
    CHECK(dim.findColumn("status")->defaultValue->kind == DefaultValue::Kind::String);
    CHECK(dim.findColumn("status")->defaultValue->text == "true");
    CHECK(dim.findColumn("code")->defaultValue->text == "007");
    CHECK(dim.findColumn("search")->type.native == "tsvector");
    CHECK(first.model.description == m.description);
    CHECK(first.model.views[0].sql == m.views[0].sql);
    CHECK(first.model.tables[2].name == "audit \"log\"");
    const Table& fact = first.model.tables[1];
    CHECK(fact.findColumn("customer_key")->origin == ColumnOrigin::ForeignKey);
    CHECK(fact.findColumn("customer_key")->type == DataType::of(TypeKind::Integer));
    CHECK(fact.findColumn("seq")->identity);
}

TEST_CASE("saving is canonical: the same model always gives the same bytes, implied columns left out")
{
    const char* written = R"(warehouse: w
version: 1
entities:
  facts:
    - name: f
      measures: [{aggregation: avg, name: m, type: real}]
      foreign_keys: [{references: d(k), column: k}]
      grain: k
  dimensions:
    - surrogate_key: k
      name: d
      columns: [{name: code, type: int, nullable: false}]
)";
    const LoadResult r = loadSchemaYaml(written);
    REQUIRE(r.diagnostics.empty());
    const std::string canonical = saveSchemaYaml(r.model);
    CHECK(canonical == R"(version: 1
warehouse: w
entities:
  dimensions:
    - name: d
      surrogate_key: k
      columns:
        - {name: code, type: INTEGER, nullable: false}
  facts:
    - name: f
      grain: k
      measures:
        - {name: m, type: REAL, aggregation: avg}
      foreign_keys:
        - {column: k, references: d(k)}
)");
    CHECK(saveSchemaYaml(loadSchemaYaml(canonical).model) == canonical);
}

TEST_CASE("the bundled specs round-trip")
{
    const std::filesystem::path dir = std::filesystem::path(SS_SOURCE_DIR) / "schema_specs";
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".yml")
            continue;
        ++seen;
        INFO(entry.path());
        const LoadResult r = loadSchemaFile(entry.path().string());
        REQUIRE(r.ok());
        const LoadResult again = loadSchemaYaml(saveSchemaYaml(r.model));
        REQUIRE(again.ok());
        CHECK(again.model == r.model);
    }
    CHECK(seen >= 2);
}

TEST_CASE("a model without tables round-trips (found by the fuzzer)")
{
    const std::string text = saveSchemaYaml(SchemaModel{});
    CHECK(text == "version: 1\nentities: {}\n");
    const LoadResult r = loadSchemaYaml(text);
    CHECK(r.diagnostics.empty());
    CHECK(r.model == SchemaModel{});
    CHECK(loadSchemaYaml("version: 1\nentities:\n").ok());
}

TEST_CASE("names with a question mark round-trip inside flow lists, which yaml-cpp refuses plain (found by the fuzzer)")
{
    SchemaModel m;
    Table t;
    t.name = "t";
    for (const char* name : {"a?b", "2?)", "why?"}) {
        Column c;
        c.name = name;
        c.type = *parseDataType("INTEGER").type;
        c.nullable = false;
        t.columns.push_back(c);
        t.primaryKey.push_back(name);
    }
    m.tables.push_back(t);
    const std::string text = saveSchemaYaml(m);
    const LoadResult r = loadSchemaYaml(text);
    INFO(text);
    REQUIRE(r.ok());
    CHECK(r.model == m);
}
