// A view's description is part of the spec: PostgreSQL keeps it (COMMENT ON VIEW), so creating the view from a
// spec sets it and inspection reads it back.
#include "inspect/inspect_support.h"

using namespace ss;

TEST_CASE("PostgreSQL views are created with their description and round-trip with it", "[inspect][round-trip][views]")
{
    LoadResult spec = loadSchemaYaml(R"(version: 1
entities:
  tables:
    - name: stock
      primary_key: [item_id]
      columns:
        - {name: item_id, type: INTEGER, nullable: false}
        - {name: n, type: INTEGER, nullable: false}
views:
  - name: stock_low
    description: Items with fewer than ten left, for the buyers' morning list
    depends_on: [stock]
    sql: SELECT item_id, n FROM stock WHERE n < 10
)");
    REQUIRE(spec.ok());
    ScratchDatabase source(Dialect::PostgreSql, "view_description");
    requireOpen(source);
    createFromModel(source, spec.model);

    const InspectResult inspected = inspectScratch(source);
    const View* view = inspected.model.findView("stock_low");
    REQUIRE(view);
    CHECK(view->description == "Items with fewer than ten left, for the buyers' morning list");
    checkRoundTrip(source, "view_description");
}
