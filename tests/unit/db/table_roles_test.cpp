#include "core/db/inspect/table_roles.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

Column column(const std::string& name, DataType type, bool identity = false)
{
    Column c;
    c.name = name;
    c.type = std::move(type);
    c.identity = identity;
    c.nullable = !identity;
    return c;
}

Table keyed(const std::string& name)
{
    Table t;
    t.name = name;
    t.columns = {column("id", DataType::of(TypeKind::Integer), true), column("label", DataType::varchar(40))};
    t.primaryKey = {"id"};
    return t;
}

ForeignKey reference(const std::string& column, const std::string& table)
{
    ForeignKey fk;
    fk.columns = {column};
    fk.refTable = table;
    fk.refColumns = {"id"};
    return fk;
}

Table sales()
{
    Table t;
    t.name = "sales";
    t.columns = {column("amount", DataType::decimal(10, 2)), column("customer_id", DataType::of(TypeKind::Integer)),
                 column("product_id", DataType::of(TypeKind::Integer)), column("note", DataType::of(TypeKind::Text)),
                 column("line", DataType::of(TypeKind::Integer))};
    t.primaryKey = {"line"};
    t.foreignKeys = {reference("customer_id", "customer"), reference("product_id", "product")};
    return t;
}

}  // namespace

TEST_CASE("a table referenced through an identity key is a dimension, one with two of them and numbers is a fact",
          "[db][roles]")
{
    SchemaModel m;
    m.tables = {sales(), keyed("product"), keyed("customer"), keyed("audit_log")};
    m.tables.back().uniques = {{"uq_label", {"label"}, {}}};
    m.tables[2].uniques = {{"uq_customer_label", {"label"}, {}}};
    assignTableRoles(m);

    REQUIRE(m.tables.size() == 4);
    CHECK(m.tables[0].name == "customer");
    CHECK(m.tables[0].kind == TableKind::Dimension);
    CHECK(m.tables[0].surrogateKey == "id");
    CHECK(m.tables[0].naturalKey == std::vector<std::string>{"label"});
    CHECK(m.tables[1].name == "product");
    CHECK(m.tables[2].name == "sales");
    CHECK(m.tables[2].kind == TableKind::Fact);
    CHECK(m.tables[3].name == "audit_log");
    CHECK(m.tables[3].kind == TableKind::Table);  // has an identity key, but nothing references it

    const Table& fact = m.tables[2];
    CHECK(fact.findColumn("amount")->aggregation == Aggregation::Sum);
    CHECK_FALSE(fact.findColumn("customer_id")->isMeasure());
    CHECK_FALSE(fact.findColumn("line")->isMeasure());
    CHECK(fact.columns.back().name == "amount");
}

TEST_CASE("dim_ and fact_ prefixes decide on their own, dbx_ tables are left out", "[db][roles]")
{
    SchemaModel m;
    Table plainDim = keyed("dim_region");
    plainDim.columns.front().identity = false;
    Table fact = sales();
    fact.name = "fact_orders";
    fact.foreignKeys.clear();
    Table ledger = keyed("dbx_migrations");
    Table user = keyed("notes");
    user.foreignKeys = {reference("id", "dbx_migrations")};
    m.tables = {ledger, fact, plainDim, user};
    assignTableRoles(m);

    REQUIRE(m.tables.size() == 3);
    CHECK(m.tables[0].name == "dim_region");
    CHECK(m.tables[0].kind == TableKind::Dimension);
    CHECK(m.tables[0].surrogateKey.empty());  // its key is not generated
    CHECK(m.tables[1].name == "fact_orders");
    CHECK(m.tables[1].kind == TableKind::Fact);
    CHECK(m.tables[2].name == "notes");
    CHECK(m.tables[2].foreignKeys.empty());
}
