// DuckDB's functions (macros) as a user meets them: a spec's functions are created before the tables whose checks
// call them, enforced, planned again without a difference and replaced when their body changes; a database's
// own macros (table macros, described, with a name to quote) are inspected and re-created in another file without a difference.
#include "support/duckdb_required.h"
#include "support/run_dbx.h"

#include "core/db/database_connection.h"
#include "core/db/sql_exec.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// Runs `statements` on the DuckDB file of `url` (created if need be) and returns their errors, in order ("" for
// a statement that ran). The connection closes before dbx runs again:
// DuckDB lets one process at a time open a file.
std::vector<std::string> run(const QString& url, const std::vector<std::string>& statements)
{
    ss::DatabaseConnection connection;
    ss::OpenOptions create;
    create.createFile = true;
    REQUIRE(ss::openDatabase(connection, url.toStdString(), {}, create) == "");
    std::vector<std::string> errors;
    for (const std::string& sql : statements) {
        QSqlQuery q(connection.db());
        errors.push_back(ss::execBound(q, QString::fromStdString(sql), {}, "running"));
    }
    return errors;
}

QString scalar(const QString& url, const std::string& sql)
{
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
    QSqlQuery q(connection.db());
    INFO(sql);
    REQUIRE(ss::execBound(q, QString::fromStdString(sql), {}, "query") == "");
    REQUIRE(q.next());
    return q.value(0).toString();
}

std::string spec(const std::string& taxBody)
{
    return "version: 1\n"
           "functions:\n"
           "  - name: is_positive\n"
           "    dialect: duckdb\n"
           "    signature: x\n"
           "    description: True above zero\n"
           "    sql: CREATE FUNCTION is_positive(x) AS x > 0\n"
           "  - name: with_tax\n"
           "    dialect: duckdb\n"
           "    signature: amount, rate\n"
           "    sql: CREATE MACRO with_tax(amount, rate := 0.2) AS " + taxBody + "\n"
           "entities:\n"
           "  tables:\n"
           "    - name: invoice\n"
           "      primary_key: [id]\n"
           "      columns:\n"
           "        - {name: id, type: INTEGER, nullable: false}\n"
           "        - {name: net, type: DOUBLE, nullable: false}\n"
           "      checks:\n"
           "        - {name: ck_net, expression: is_positive(net)}\n"
           "views:\n"
           "  - name: v_gross\n"
           "    sql: SELECT id, with_tax(net) AS gross FROM invoice\n"
           "    depends_on: [invoice]\n";
}

}  // namespace

TEST_CASE("a spec's DuckDB functions are created as macros before their tables, enforced and replaced", "[duckdb][cli][functions]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    const QString url = "duckdb://" + dir.filePath("fn.duckdb");
    const QString v1 = writeFile(dir, QStringLiteral("v1.yml"), QByteArray::fromStdString(spec("amount * (1 + rate)")));
    const DbxRun applied = dbxOk({"apply", "--db", url, "--target", v1});
    CHECK(applied.out.contains("COMMENT ON MACRO \"is_positive\" IS 'True above zero'"));
    CHECK(dbxOk({"plan", "--db", url, "--target", v1}).out.contains("No changes"));

    const auto errors = run(url, {"INSERT INTO invoice VALUES (1, 100)", "INSERT INTO invoice VALUES (2, -5)"});
    CHECK(errors[0].empty());
    CHECK_FALSE(errors[1].empty());  // the check calls is_positive
    CHECK(scalar(url, "SELECT gross FROM v_gross WHERE id = 1").toDouble() == Approx(120.0));  // the default rate kept

    const QString v2 = writeFile(dir, QStringLiteral("v2.yml"), QByteArray::fromStdString(spec("round(amount * (1 + rate), 1)")));
    const DbxRun planned = dbxOk({"plan", "--db", url, "--target", v2});
    CHECK(planned.out.contains("replace function with_tax(amount, rate)"));
    CHECK(planned.out.contains("DROP MACRO \"with_tax\""));
    dbxOk({"apply", "--db", url, "--target", v2});
    CHECK(dbxOk({"plan", "--db", url, "--target", v2}).out.contains("No changes"));
    CHECK(scalar(url, "SELECT macro_definition FROM duckdb_functions() WHERE function_name = 'with_tax'").contains("round"));
}

TEST_CASE("a DuckDB database's own macros are inspected and re-created in another file without a difference",
          "[duckdb][cli][functions]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    const QString first = "duckdb://" + dir.filePath("first.duckdb");
    for (const std::string& error : run(first, {"CREATE MACRO joined(a, b) AS a || b",
                                                "CREATE MACRO \"Half\"(x) AS x / 2",
                                                "CREATE MACRO \"Twice\"(x) AS joined(x, x)",
                                                "COMMENT ON MACRO \"Half\" IS 'a half'",
                                                "CREATE MACRO numbers(n) AS TABLE SELECT * FROM range(n)",
                                                "CREATE TABLE item (id INTEGER PRIMARY KEY, label VARCHAR DEFAULT joined(1, 'x'))",
                                                "CREATE VIEW v_half AS SELECT \"Half\"(id) AS h FROM item"}))
        REQUIRE(error == "");
    const DbxRun inspected = dbxOk({"inspect", "--db", first, "--no-cache"});
    const std::string text = inspected.out.toStdString();
    CHECK_THAT(text, Catch::Contains("sql: CREATE MACRO joined(a, b) AS (a || b)") &&
                         Catch::Contains("signature: a, b") &&
                         Catch::Contains("CREATE MACRO \"Half\"(x) AS (x / 2)") &&
                         Catch::Contains("description: a half") &&
                         // Twice calls joined, so it comes after it, whatever their names' order.
                         Catch::Contains("sql: CREATE MACRO joined(a, b) AS (a || b)\n  - name: Twice") &&
                         Catch::Contains("AS TABLE SELECT * FROM \"range\"(n)"));

    const QString specPath = writeFile(dir, QStringLiteral("inspected.yml"), QByteArray::fromStdString(text));
    const QString second = "duckdb://" + dir.filePath("second.duckdb");
    dbxOk({"apply", "--db", second, "--target", specPath});
    CHECK(dbxOk({"plan", "--db", second, "--target", specPath}).out.contains("No changes"));
    CHECK(dbxOk({"inspect", "--db", second, "--no-cache"}).out.toStdString() == text);
    CHECK(scalar(second, "SELECT count(*) FROM numbers(4)") == "4");
}
