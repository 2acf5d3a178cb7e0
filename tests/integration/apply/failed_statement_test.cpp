#include "apply/apply_support.h"

using namespace ss;

TEST_CASE("A migration whose last statement fails changes nothing where DDL is transactional", "[apply][fault]")
{
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::PostgreSql}) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "lastfails");
        db.exec("CREATE TABLE kept (id INTEGER PRIMARY KEY)");
        const SchemaModel before = inspectScratch(db.scratch).model;
        const QString file = db.write("0001_fails.sql", handWrittenMigration(dialect, scriptBody(dialect, {
            "CREATE TABLE t1 (x INTEGER)", "INSERT INTO t1 VALUES (1)", "DROP TABLE kept", "CREATE TABLE t1 (y INTEGER)"})));

        const DbxRun run = runDbx({"apply", file, "--db", db.url});
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains("statement 4 (CREATE TABLE t1 (y INTEGER)) failed"));
        CHECK(run.err.contains("rolled the migration back"));

        CHECK(inspectScratch(db.scratch).model == before);
        CHECK_FALSE(db.hasTable("t1"));
        CHECK(db.hasTable("kept"));
        CHECK(db.text("SELECT status FROM dbx_migrations WHERE id = '0001_fails'") == "failed");
        CHECK(db.text("SELECT error FROM dbx_migrations WHERE id = '0001_fails'").contains("statement 4"));
    }
}

TEST_CASE("MariaDB: the journal names the failed statement, and a re-run resumes after the cause is removed",
          "[apply][fault][mysql]")
{
    ApplyTarget db(Dialect::MySql, "resume");
    db.exec("CREATE TABLE t3 (conflict INT)");
    const QString file = db.write("0001_three.sql", handWrittenMigration(Dialect::MySql, scriptBody(Dialect::MySql, {
        "CREATE TABLE t1 (x INT)", "CREATE TABLE t2 (x INT)", "CREATE TABLE t3 (x INT)"})));

    const DbxRun failed = runDbx({"apply", file, "--db", db.url});
    INFO(failed.out.toStdString() << failed.err.toStdString());
    REQUIRE(failed.exitCode == 1);
    CHECK(failed.out.contains("statement 3 (CREATE TABLE t3 (x INT)) failed"));
    CHECK(failed.out.contains("statements 1 to 2 are applied"));
    CHECK(db.hasTable("t1"));
    CHECK(db.hasTable("t2"));
    CHECK(db.text("SELECT status FROM dbx_migrations WHERE id = '0001_three'") == "failed");
    CHECK(db.text("SELECT GROUP_CONCAT(CONCAT(statement_index, ':', status) ORDER BY statement_index) "
                  "FROM dbx_migration_steps WHERE migration_id = '0001_three'") == "1:applied,2:applied,3:failed");
    CHECK(db.text("SELECT first_line FROM dbx_migration_steps WHERE migration_id = '0001_three' AND statement_index = 3") ==
          "CREATE TABLE t3 (x INT)");
    CHECK(db.text("SELECT error FROM dbx_migration_steps WHERE migration_id = '0001_three' AND statement_index = 3").contains("already exists"));

    db.exec("DROP TABLE t3");
    const DbxRun resumed = runDbx({"apply", file, "--db", db.url});
    INFO(resumed.out.toStdString() << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.err.contains("statements 1 to 2 of 3 ran:\n  1. CREATE TABLE t1 (x INT)\n  2. CREATE TABLE t2 (x INT)"));
    CHECK(resumed.err.contains("statement 3 (CREATE TABLE t3 (x INT)) failed"));
    CHECK(resumed.err.contains("resuming from statement 3"));
    CHECK(resumed.out.contains("skipped"));
    CHECK(resumed.out.contains("resumed from statement 3"));
    CHECK(db.number("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                    "AND TABLE_NAME = 't3' AND COLUMN_NAME = 'x'") == 1);
    CHECK(db.text("SELECT status FROM dbx_migrations WHERE id = '0001_three'") == "applied");
    CHECK(db.number("SELECT COUNT(*) FROM dbx_migration_steps WHERE migration_id = '0001_three' AND status = 'applied'") == 3);
}

TEST_CASE("MariaDB: a part-applied migration whose file changed is refused, listing what ran", "[apply][fault][mysql]")
{
    {
        ApplyTarget other(Dialect::MySql, "changed");
        other.exec("CREATE TABLE t2 (conflict INT)");
        const std::string body = scriptBody(Dialect::MySql, {"CREATE TABLE t1 (x INT)", "CREATE TABLE t2 (x INT)"});
        const QString path = other.write("0001_two.sql", handWrittenMigration(Dialect::MySql, body));
        REQUIRE(runDbx({"apply", path, "--db", other.url}).exitCode == 1);
        const std::string edited = body + "CREATE TABLE t9 (x INT);\n";
        other.write("0001_two.sql", handWrittenMigration(Dialect::MySql, edited));
        const DbxRun refused = runDbx({"apply", path, "--db", other.url});
        INFO(refused.out.toStdString() << refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.contains("statement 1 of 2 ran:\n  1. CREATE TABLE t1 (x INT)"));
        CHECK(refused.out.contains(QString::fromStdString(migrationChecksum(body))));
        CHECK(refused.out.contains(QString::fromStdString(migrationChecksum(edited))));
        CHECK_FALSE(other.hasTable("t9"));
    }
}
