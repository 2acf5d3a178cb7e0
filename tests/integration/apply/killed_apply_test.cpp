#include "apply/apply_support.h"

using namespace ss;

namespace {

// Ten tables, a statement that takes seconds, ten more tables: killed while the slow one runs, the process has
// committed (MySQL) or journaled the first ten and nothing after them.
std::string longMigration(Dialect dialect)
{
    std::vector<std::string> statements;
    for (int i = 1; i <= 10; ++i)
        statements.push_back("CREATE TABLE k" + std::to_string(i) + " (x " + intType(dialect) + ")");
    statements.push_back(slowStatement(dialect));
    for (int i = 11; i <= 20; ++i)
        statements.push_back("CREATE TABLE k" + std::to_string(i) + " (x " + intType(dialect) + ")");
    return handWrittenMigration(dialect, scriptBody(dialect, statements));
}

int createdTables(ApplyTarget& db)
{
    int n = 0;
    for (const auto& name : db.tables())
        n += name.rfind("k", 0) == 0 ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("A dbx apply killed with SIGKILL mid-migration leaves a ledger that tells the truth, and the re-run completes",
          "[apply][fault][kill]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "killed");
        const QString file = db.write("0001_long.sql", longMigration(dialect));

        {
            BackgroundDbx child({"apply", file, "--db", db.url});
            REQUIRE(child.waitFor("[10/21] applied"));
            child.process.kill();  // SIGKILL: no handler, no cleanup
            REQUIRE(child.process.waitForFinished());
            CHECK(child.process.exitStatus() == QProcess::CrashExit);
        }

        if (dialect == Dialect::MySql) {
            CHECK(createdTables(db) == 10);
            CHECK(db.text("SELECT status FROM dbx_migrations WHERE id = '0001_long'") == "running");
            CHECK(db.number("SELECT COUNT(*) FROM dbx_migration_steps WHERE migration_id = '0001_long' "
                            "AND status = 'applied'") == 10);
        } else {
            CHECK(createdTables(db) == 0);
        }

        const DbxRun rerun = runDbx({"apply", file, "--db", db.url, "--lock-timeout", "60"});
        INFO(rerun.out.toStdString() << rerun.err.toStdString());
        REQUIRE(rerun.exitCode == 0);
        CHECK(rerun.err.contains("migration 0001_long (started"));
        CHECK(rerun.err.contains("did not finish"));
        if (dialect == Dialect::MySql) {
            CHECK(rerun.err.contains("statements 1 to 10 of 21 ran"));
            CHECK(rerun.err.contains("  10. CREATE TABLE k10 (x INT)"));
            CHECK(rerun.err.contains("resuming from statement 11"));
            CHECK(rerun.out.contains("resumed from statement 11"));
            CHECK(db.number("SELECT COUNT(*) FROM dbx_migration_steps WHERE migration_id = '0001_long' "
                            "AND status = 'applied'") == 21);
        } else {
            CHECK(rerun.err.contains("rolled the migration back: none of it was applied"));
            CHECK(rerun.out.contains("21 of 21 statements"));
        }
        CHECK(createdTables(db) == 20);
        CHECK(db.text("SELECT status FROM dbx_migrations WHERE id = '0001_long'") == "applied");
    }
}
