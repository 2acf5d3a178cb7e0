#include "support/duckdb_required.h"

#include "core/db/database_connection.h"
#include "core/db/sql_exec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace ss;

namespace {

std::string exec(DatabaseConnection& connection, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(connection.db());
    return execBound(query, sql, values, sql.toStdString());
}

}  // namespace

TEST_CASE("the DuckDB driver runs statements with bound values, transactions and catalog calls on a real file", "[duckdb]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string url = "duckdb://" + dir.filePath("driver.duckdb").toStdString();

    SECTION("a missing file is refused unless the caller creates it")
    {
        DatabaseConnection connection;
        const std::string error = openDatabase(connection, url);
        CHECK(error.find("no DuckDB database at") != std::string::npos);
        CHECK_FALSE(connection.isOpen());
    }

    DatabaseConnection connection;
    OpenOptions create;
    create.createFile = true;
    REQUIRE(openDatabase(connection, url, {}, create) == "");
    REQUIRE(exec(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR, amount DECIMAL(12,2), "
                             "day DATE, flag BOOLEAN, ratio DOUBLE, payload BLOB)") == "");

    SECTION("bound values of every kind come back with their types; NULL stays NULL")
    {
        REQUIRE(exec(connection, "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)",
                     {1, QString("O'Brien; DROP TABLE t"), 12.5, QString("2024-02-29"), true, 0.25, QByteArray("\x01\x02", 2)}) == "");
        REQUIRE(exec(connection, "INSERT INTO t (id, name) VALUES (?, ?)", {2, QVariant(QMetaType::fromType<QString>())}) == "");
        QSqlQuery q(connection.db());
        REQUIRE(q.exec("SELECT id, name, amount, day, flag, ratio, payload FROM t ORDER BY id"));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == 1);
        CHECK(q.value(1).toString() == "O'Brien; DROP TABLE t");
        CHECK(q.value(2).toDouble() == 12.5);
        CHECK(q.value(3).toString() == "2024-02-29");
        CHECK(q.value(4).toBool());
        CHECK(q.value(5).toDouble() == 0.25);
        CHECK(q.value(6).toByteArray() == QByteArray("\x01\x02", 2));
        REQUIRE(q.next());
        CHECK(q.isNull(1));
        CHECK(q.isNull(2));
        CHECK_FALSE(q.next());
        CHECK(q.record().fieldName(1) == "name");
    }

    SECTION("a rolled back transaction leaves nothing; a committed one stays")
    {
        REQUIRE(connection.db().transaction());
        REQUIRE(exec(connection, "INSERT INTO t (id) VALUES (10)") == "");
        REQUIRE(connection.db().rollback());
        REQUIRE(connection.db().transaction());
        REQUIRE(exec(connection, "INSERT INTO t (id) VALUES (11)") == "");
        REQUIRE(connection.db().commit());
        QSqlQuery q(connection.db());
        REQUIRE(q.exec("SELECT string_agg(CAST(id AS VARCHAR), ',') FROM t"));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == "11");
    }

    SECTION("errors carry DuckDB's message; a second connection of the process shares the file")
    {
        const std::string error = exec(connection, "INSERT INTO t (id) VALUES (1), (1)");
        CHECK(error.find("Constraint Error") != std::string::npos);
        CHECK(exec(connection, "SELECT * FROM missing_table").find("missing_table") != std::string::npos);

        DatabaseConnection second;
        REQUIRE(openDatabase(second, url) == "");
        REQUIRE(exec(connection, "INSERT INTO t (id) VALUES (20)") == "");
        QSqlQuery q(second.db());
        REQUIRE(q.exec("SELECT count(*) FROM t"));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK(second.db().tables().contains("t"));
        CHECK(second.db().record("\"t\"").count() == 7);
        CHECK(second.db().record("\"absent\"").isEmpty());
    }
}
