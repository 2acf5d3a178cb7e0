#include "apply/apply_support.h"

#include "core/db/apply/apply_lock.h"
#include "core/db/apply/process_identity.h"

#include <memory>

using namespace ss;

namespace {

// Holds the apply lock the way dbx does, from the test's own connection: an advisory lock (PostgreSQL) or GET_LOCK
// (MySQL) on the scratch connection, the engine's own lock for SQLite. Returns how dbx names the holder.
QString holdLock(ApplyTarget& db, DatabaseConnection& sqliteHolder, std::unique_ptr<ApplyLock>& sqliteLock)
{
    switch (db.dialect()) {
    case Dialect::PostgreSql:
        db.exec("SELECT pg_advisory_lock(" + std::to_string(postgresApplyLockKey()) + ")");
        return "PostgreSQL session " + db.text("SELECT pg_backend_pid()") + " of user";
    case Dialect::MySql:
        REQUIRE(db.number("SELECT GET_LOCK('" + mysqlApplyLockName(db.scratch.databaseName().toStdString()) + "', 0)") == 1);
        return "connection " + db.text("SELECT CONNECTION_ID()") + " of";
    case Dialect::Sqlite: break;
    case Dialect::DuckDb: FAIL("DuckDB has no scratch database here");
    }
    REQUIRE(openDatabase(sqliteHolder, db.url.toStdString()).empty());
    sqliteLock = std::make_unique<ApplyLock>(sqliteHolder);
    REQUIRE(sqliteLock->acquire(0, [](const std::string&) {}).empty());
    const ProcessIdentity me = currentProcess();
    return QString::fromStdString("process " + std::to_string(me.pid) + " of " + me.user + " on " + me.host);
}

void releaseLock(ApplyTarget& db, ApplyLock* sqliteLock)
{
    switch (db.dialect()) {
    case Dialect::PostgreSql: db.exec("SELECT pg_advisory_unlock(" + std::to_string(postgresApplyLockKey()) + ")"); break;
    case Dialect::MySql: db.exec("DO RELEASE_LOCK('" + mysqlApplyLockName(db.scratch.databaseName().toStdString()) + "')"); break;
    case Dialect::Sqlite: REQUIRE(sqliteLock->release().empty()); break;
    case Dialect::DuckDb: FAIL("DuckDB has no scratch database here");
    }
}

}  // namespace

TEST_CASE("Two applies at once: the second waits a bounded time and refuses naming the holder, or runs once the "
          "first ends",
          "[apply][fault][lock]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "lock");
        const QString file = db.write("0001_one.sql", handWrittenMigration(dialect, scriptBody(dialect, {
            "CREATE TABLE one (x " + intType(dialect) + ")"})));
        DatabaseConnection sqliteHolder;
        std::unique_ptr<ApplyLock> sqliteLock;
        const QString holder = holdLock(db, sqliteHolder, sqliteLock);

        const DbxRun refused = runDbx({"apply", file, "--db", db.url, "--lock-timeout", "1"});
        INFO(refused.out.toStdString() << refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("waiting up to 1 s for the apply lock, held by " + holder));
        CHECK(refused.out.contains("another apply is running on"));
        CHECK(refused.out.contains("gave up after 1 s"));
        CHECK_FALSE(db.hasTable("one"));

        BackgroundDbx waiting({"apply", file, "--db", db.url, "--lock-timeout", "60"});
        REQUIRE(waiting.waitFor("waiting up to 60 s for the apply lock"));
        CHECK_FALSE(db.hasTable("one"));
        releaseLock(db, sqliteLock.get());
        const int code = waiting.finish();
        INFO(waiting.output.toStdString());
        CHECK(code == 0);
        CHECK(waiting.output.contains("applied migration 0001_one"));
        CHECK(db.hasTable("one"));
    }
}
