// Explore only reads: requests to change data and SQL typed in are refused before anything is read, and a
// statement that would write never reaches the database whatever its first word.
#include <catch2/catch.hpp>

#include "core/query/read_only_runner.h"
#include "core/query/refusal.h"

#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

using ss::query::readOnlyViolation;
using ss::query::refusalOf;

TEST_CASE("refusal: requests to change data or the schema", "[query][refusal]")
{
    for (const char* question : {"delete all customers", "Drop table orders", "please remove the companies in Europe",
                                 "can you update every balance to 0", "truncate fact_loan_payments", "insert a new company",
                                 "set every price to 1", "create table x", "wipe the payments", "Rename dim_company to firms",
                                 "alter the payments table", "grant all on orders to bob"}) {
        INFO(question);
        CHECK_FALSE(refusalOf(question).empty());
    }
}

TEST_CASE("refusal: SQL typed in is not run", "[query][refusal]")
{
    for (const char* question : {"SELECT * FROM dim_company", "select count(*) from orders; drop table orders",
                                 "WITH x AS (SELECT 1) SELECT * FROM x", "DELETE FROM orders", "update orders set total = 0",
                                 "insert into orders values (1)"}) {
        INFO(question);
        CHECK_FALSE(refusalOf(question).empty());
    }
}

TEST_CASE("refusal: questions that mention changes are still questions", "[query][refusal]")
{
    for (const char* question : {"how many customers were deleted last year", "number of updated orders by region",
                                 "add up the principal paid by region", "total principal paid by region",
                                 "which products changed price", "count of dropped calls per month"}) {
        INFO(question);
        CHECK(refusalOf(question).empty());
    }
}

TEST_CASE("read-only guard: only one SELECT that reads", "[query][refusal]")
{
    CHECK(readOnlyViolation("SELECT a FROM t WHERE b = ? LIMIT 10").empty());
    CHECK(readOnlyViolation("WITH p AS (SELECT 1 AS x) SELECT x FROM p").empty());
    CHECK(readOnlyViolation("SELECT 'update' AS \"delete\" FROM t").empty());
    CHECK_FALSE(readOnlyViolation("DELETE FROM t").empty());
    CHECK_FALSE(readOnlyViolation("SELECT 1; DROP TABLE t").empty());
    CHECK_FALSE(readOnlyViolation("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d").empty());
    CHECK_FALSE(readOnlyViolation("SELECT * FROM t INTO OUTFILE '/tmp/x'").empty());
    CHECK_FALSE(readOnlyViolation("SELECT * FROM t FOR UPDATE").empty());
    CHECK_FALSE(readOnlyViolation("PRAGMA writable_schema = 1").empty());
}

TEST_CASE("a query that does not end is stopped by the timeout, or by the cancel flag, and says so", "[query][refusal]")
{
    QTemporaryDir dir;
    ss::DatabaseConnection connection;
    ss::OpenOptions create;
    create.createFile = true;
    REQUIRE(ss::openDatabase(connection, ("sqlite:" + dir.path() + "/endless.sqlite").toStdString(), {}, create) == "");
    ss::query::BuiltQuery endless;
    endless.sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c";
    endless.columns = {"n"};
    ss::query::RunOptions timed;
    timed.timeoutMs = 300;
    const ss::query::ResultRows stopped = ss::query::runReadOnly(connection, endless, timed);
    CHECK(stopped.cancelled);
    CHECK(stopped.error.find("time limit") != std::string::npos);
    std::atomic<bool> cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    ss::query::RunOptions cancellable;
    cancellable.cancel = &cancel;
    const ss::query::ResultRows cancelled = ss::query::runReadOnly(connection, endless, cancellable);
    canceller.join();
    CHECK(cancelled.cancelled);
    CHECK(cancelled.error.find("cancelled") == 0);
    // The connection is usable afterwards: the transaction was rolled back.
    ss::query::BuiltQuery one;
    one.sql = "SELECT 1";
    one.columns = {"one"};
    const ss::query::ResultRows after = ss::query::runReadOnly(connection, one);
    CHECK(after.error.empty());
    REQUIRE(after.rows.size() == 1);
}
