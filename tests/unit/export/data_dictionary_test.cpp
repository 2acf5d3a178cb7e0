#include "support/run_dbx.h"
#include "unit/export/export_golden.h"
#include "unit/plan/plan_test_support.h"

#include "core/export/data_dictionary.h"

using namespace ss;

TEST_CASE("the data dictionary of the demo is its golden file", "[export][docs]")
{
    checkExportGolden("loan_risk.md", dataDictionary(loadTestSpec("schema_specs/loan_risk.yml")));
}

TEST_CASE("the data dictionary lists tables by role, keys, measures, grain, checks and views", "[export][docs]")
{
    const std::string md = dataDictionary(specFromYaml(R"yaml(version: 1
warehouse: shop
entities:
  dimensions:
    - name: dim_product
      description: "What is sold | by whom"
      surrogate_key: product_key
      natural_key: sku
      columns:
        - {name: sku, type: VARCHAR(20), nullable: false}
        - {name: price, type: "DECIMAL(10,2)", default: 0}
      checks:
        - {name: ck_price, expression: "price >= 0"}
  facts:
    - name: fact_sale
      grain: [sale_id]
      primary_key: [sale_id]
      foreign_keys:
        - {column: product_key, references: dim_product(product_key)}
      columns:
        - {name: sale_id, type: BIGINT, nullable: false}
      measures:
        - {name: amount, type: "DECIMAL(12,2)", aggregation: sum}
views:
  - name: v_sales
    sql: "SELECT sale_id FROM fact_sale"
)yaml"));
    CHECK(md.find("```mermaid\nerDiagram") != std::string::npos);
    CHECK(md.find("## Dimensions") < md.find("## Facts"));
    CHECK(md.find("\nWhat is sold | by whom\n") != std::string::npos);  // a table's description is prose, not a cell
    CHECK(md.find("| `product_key` | INTEGER | no | PK |") != std::string::npos);
    CHECK(md.find("| `sku` | VARCHAR(20) | no | natural key |") != std::string::npos);
    CHECK(md.find("| `amount` | DECIMAL(12,2) | yes |  |  | sum |") != std::string::npos);
    CHECK(md.find("Grain: one row per `sale_id`.") != std::string::npos);
    CHECK(md.find("→ `dim_product` (`product_key`)") != std::string::npos);
    CHECK(md.find("`ck_price`: `price >= 0`") != std::string::npos);
    CHECK(md.find("```sql\nSELECT sale_id FROM fact_sale\n```") != std::string::npos);
}

TEST_CASE("the data dictionary lists the spec's types with their values and its functions with their SQL", "[export][docs]")
{
    const std::string md = dataDictionary(specFromYaml(R"yaml(version: 1
types:
  - {name: ticket_status, enum: [open, closed], description: Where a ticket stands}
  - {name: amount, domain: "DECIMAL(12,2)", nullable: false, checks: [{expression: VALUE >= 0}]}
functions:
  - {name: is_small, dialect: postgresql, signature: numeric, description: Below a thousand,
     sql: "CREATE FUNCTION is_small(x numeric) RETURNS boolean LANGUAGE sql AS $$ SELECT x < 1000 $$"}
entities:
  tables:
    - name: ticket
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: status, type: ticket_status}
)yaml"));
    CHECK(md.find("## Types") < md.find("## Tables"));
    CHECK(md.find("| `ticket_status` | enum | one of `open`, `closed` | Where a ticket stands |") != std::string::npos);
    CHECK(md.find("| `amount` | domain | `DECIMAL(12,2)`, not null, check `VALUE >= 0` |  |") != std::string::npos);
    CHECK(md.find("| `status` | ticket_status | yes |") != std::string::npos);
    CHECK(md.find("### is_small(numeric)\n\nBelow a thousand\n\nIn postgresql's SQL:\n\n```sql\nCREATE FUNCTION is_small") !=
          std::string::npos);
}

TEST_CASE("dbx docs writes the dictionary into a folder and the same bytes again", "[export][docs][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString spec = QStringLiteral(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    const DbxRun first = runDbx({"docs", spec, "--out", dir.path()});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QByteArray bytes = readFile(dir.filePath("contoso_finance.md"));
    REQUIRE(runDbx({"docs", spec, "--out", dir.path()}).exitCode == 0);
    CHECK(readFile(dir.filePath("contoso_finance.md")) == bytes);
    CHECK(runDbx({"docs", spec}).exitCode == 2);
}

TEST_CASE("dbx generate prints the DDL for a dialect and writes models to a file", "[export][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString spec = QStringLiteral(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    const DbxRun ddl = runDbx({"generate", "ddl", "--dialect", "duckdb", spec});
    INFO(ddl.err.toStdString());
    REQUIRE(ddl.exitCode == 0);
    CHECK(ddl.out.contains("CREATE SEQUENCE IF NOT EXISTS"));
    const QString out = dir.filePath("models.ts");
    REQUIRE(runDbx({"generate", "models", "--lang", "typescript", spec, "--out", out}).exitCode == 0);
    CHECK(readFile(out).contains("export interface"));
    CHECK(runDbx({"generate", "models", "--lang", "cobol", spec}).exitCode == 2);
    CHECK(runDbx({"generate", "ddl", spec}).exitCode == 2);
}
