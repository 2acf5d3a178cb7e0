#include "unit/export/export_golden.h"
#include "unit/plan/plan_test_support.h"

#include "core/export/full_ddl.h"

using namespace ss;

TEST_CASE("the complete DDL of the demo for each dialect is its golden file", "[export][ddl]")
{
    const SchemaModel demo = loadTestSpec("schema_specs/loan_risk.yml");
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql, Dialect::DuckDb})
        checkExportGolden(std::string("loan_risk.") + toString(d) + ".sql", fullDdl(demo, d));
}

TEST_CASE("the complete DDL holds no migration framing and is the same text every time", "[export][ddl]")
{
    const SchemaModel demo = loadTestSpec("schema_specs/loan_risk.yml");
    const std::string sqlite = fullDdl(demo, Dialect::Sqlite);
    CHECK(sqlite.find("PRAGMA") == std::string::npos);
    CHECK(sqlite.find("BEGIN") == std::string::npos);
    CHECK(sqlite == fullDdl(demo, Dialect::Sqlite));
    CHECK(fullDdl(SchemaModel{}, Dialect::DuckDb).find("CREATE") == std::string::npos);
}
