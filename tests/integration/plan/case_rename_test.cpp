// Catalogs keep names as they were written: a table or column whose name changes in case only is renamed, so
// the applied database reads back with the desired spelling (SQLite through a temporary name, since it refuses
// a new table name equal but for case).
#include "plan/convergence.h"

using namespace ss;

TEST_CASE("A table, a column and a view renamed in case only are renamed on SQLite, PostgreSQL and MariaDB",
          "[plan][apply][converge][names]")
{
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        INFO(toString(dialect));
        const QString q = dialect == Dialect::MySql ? "`" : "\"";
        const QString parent = q + "Orders" + q;
        const QByteArray create =
            ("CREATE TABLE " + parent + " (id INTEGER PRIMARY KEY, " + q + "Total" + q + " INTEGER)").toUtf8();
        const QByteArray child = ("CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER, "
                                  "FOREIGN KEY (order_id) REFERENCES " + parent + " (id))").toUtf8();
        const QByteArray row = ("INSERT INTO " + parent + " (id, " + q + "Total" + q + ") VALUES (1, 10)").toUtf8();
        const QByteArray view = ("CREATE VIEW " + q + "Shipped" + q + " AS SELECT id FROM line").toUtf8();
        ConvergenceCase c(dialect, "case_rename", {create.constData(), child.constData(), row.constData(), view.constData()},
                          {"CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER)",
                           "CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER, "
                           "FOREIGN KEY (order_id) REFERENCES orders (id))",
                           "CREATE VIEW shipped AS SELECT id FROM line"});

        const InspectResult applied = c.check().applied;
        const Table* orders = applied.model.findTable("orders");
        REQUIRE(orders);
        CHECK(orders->name == "orders");
        REQUIRE(orders->columns.size() == 2);
        CHECK(orders->columns[1].name == "total");
        REQUIRE(applied.model.views.size() == 1);
        CHECK(applied.model.views[0].name == "shipped");
        CHECK(firstValue(c.current, "SELECT total FROM orders").toInt() == 10);
    }
}

TEST_CASE("SQLite: a table renamed in case only while it is rebuilt keeps the references to it in step",
          "[plan][apply][converge][names]")
{
    ConvergenceCase c(Dialect::Sqlite, "case_rebuild",
                      {"CREATE TABLE \"Orders\" (id INTEGER PRIMARY KEY, total INTEGER)",
                       "CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES \"Orders\" (id))"},
                      {"CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER CHECK (total >= 0))",
                       "CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders (id))"});

    const InspectResult applied = c.check().applied;
    const Table* line = applied.model.findTable("line");
    REQUIRE(line);
    REQUIRE(line->foreignKeys.size() == 1);
    CHECK(line->foreignKeys[0].refTable == "orders");
    const std::string expected = saveSchemaYaml(inspectScratch(c.desired).model);
    const std::string actual = saveSchemaYaml(applied.model);
    INFO(firstDifference(expected, actual));
    CHECK(actual == expected);
}
