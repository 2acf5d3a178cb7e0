// PostgreSQL writes a check's options after its expression (NO INHERIT, NOT VALID): inspection keeps the
// expression alone, so the spec it writes re-creates the check and plans nothing against its own database.
#include "inspect/inspect_support.h"

using namespace ss;

TEST_CASE("PostgreSQL checks declared NO INHERIT or NOT VALID are read back as their expression",
          "[inspect][round-trip][checks]")
{
    ScratchDatabase source(Dialect::PostgreSql, "check_options");
    requireOpen(source);
    for (const char* sql :
         {"CREATE TABLE stock (item_id integer PRIMARY KEY, n integer NOT NULL, "
          "CONSTRAINT ck_stock_n CHECK (n > 0) NO INHERIT)",
          "ALTER TABLE stock ADD COLUMN reserved integer",
          "ALTER TABLE stock ADD CONSTRAINT ck_stock_reserved CHECK (reserved <= n) NO INHERIT NOT VALID"}) {
        const QString error = execSql(source.db(), sql);
        INFO(sql << "\n" << error.toStdString());
        REQUIRE(error.isEmpty());
    }

    const InspectResult inspected = inspectScratch(source);
    const Table* stock = inspected.model.findTable("stock");
    REQUIRE(stock);
    REQUIRE(stock->checks.size() == 2);
    for (const CheckConstraint& check : stock->checks) {
        INFO(check.name << ": " << check.expression);
        CHECK(check.expression.find("CHECK") == std::string::npos);
        CHECK(check.expression.find("INHERIT") == std::string::npos);
        CHECK(check.expression.find("VALID") == std::string::npos);
    }
    checkRoundTrip(source, "check_options");
}
