// Explore on a second schema from another domain, the retail star of schema_specs/retail_sales.yml seeded with
// generated data: the same engine, none of its wording tuned to it. Rows compared with hand-written SQL.
#include "support/explore_questions.h"
#include "support/run_dbx.h"

#include "core/query/explorer.h"

namespace {

const std::vector<explore_test::Case>& retailCases()
{
    static const std::vector<explore_test::Case> cases = {
        {"net amount by store region",
         "SELECT s.region, SUM(f.net_amount) FROM fact_sales f LEFT JOIN dim_store s ON s.store_key = f.store_key GROUP BY s.region"},
        {"total net sales by category",
         "SELECT p.category, SUM(f.net_amount) FROM fact_sales f LEFT JOIN dim_product p ON p.product_key = f.product_key GROUP BY p.category"},
        {"top 5 brands by quantity",
         "SELECT p.brand, SUM(f.quantity) FROM fact_sales f JOIN dim_product p ON p.product_key = f.product_key GROUP BY p.brand ORDER BY 2 DESC LIMIT 5",
         true},
        {"How many customers per segment?", "SELECT segment, COUNT(*) FROM dim_customer GROUP BY segment"},
        {"quantity in hypermarket stores by payment type",
         "SELECT f.payment_type, SUM(f.quantity) FROM fact_sales f JOIN dim_store s ON s.store_key = f.store_key "
         "WHERE s.store_format = 'Hypermarket' GROUP BY f.payment_type"},
        {"average stock value by store format",
         "SELECT s.store_format, AVG(i.stock_value) FROM fact_inventory_snapshot i LEFT JOIN dim_store s ON s.store_key = i.store_key GROUP BY s.store_format"},
        {"total discount amount for private label products",
         "SELECT SUM(f.discount_amount) FROM fact_sales f JOIN dim_product p ON p.product_key = f.product_key WHERE p.is_private_label = 1"},
        {"net amount per year by sold at",
         "SELECT strftime('%Y', sold_at), SUM(net_amount) FROM fact_sales GROUP BY 1"},
        {"which category has the lowest average unit price",
         "SELECT p.category, AVG(f.unit_price) FROM fact_sales f JOIN dim_product p ON p.product_key = f.product_key "
         "GROUP BY p.category ORDER BY 2 ASC LIMIT 1",
         true},
        {"sales with a net amount between 100 and 200 by payment type",
         "SELECT payment_type, COUNT(*) FROM fact_sales WHERE net_amount BETWEEN 100 AND 200 GROUP BY payment_type"},
        {"gross margin by category", nullptr},  // a view computes it; no column holds it
    };
    return cases;
}

}  // namespace

TEST_CASE("Explore answers retail questions on a second schema with the rows hand-written SQL gives", "[query][sqlite]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/retail.sqlite";
    const QString spec = QStringLiteral(SS_SOURCE_DIR "/schema_specs/retail_sales.yml");
    for (const QStringList& args : {QStringList{"apply", "--target", spec, "--db", url}, QStringList{"seed", "--spec", spec, "--db", url}}) {
        const DbxRun r = runDbx(args);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
    ss::query::LoadedModel loaded = ss::query::loadSemanticModel(connection);
    REQUIRE(loaded.error.empty());
    const ss::query::Explorer explorer(std::move(loaded.model), ss::Dialect::Sqlite);
    explore_test::checkCases(connection, explorer, retailCases());
}
