#include "apply/apply_support.h"

using namespace ss;

namespace {

QString demoSpec(const char* name)
{
    return QStringLiteral(SS_SOURCE_DIR "/schema_specs/") + QLatin1String(name);
}

}  // namespace

TEST_CASE("after the demo is applied, drift finds nothing and a second apply has nothing to do, in every dialect",
          "[apply][cli][drift]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "spectexts");
        const DbxRun applied = runDbx({"apply", "--target", demoSpec("loan_risk.yml"), "--db", db.url});
        INFO(applied.out.toStdString() << applied.err.toStdString());
        REQUIRE(applied.exitCode == 0);

        // PostgreSQL and MariaDB reword checks and views; what the spec wrote is recorded beside their wording.
        if (dialect != Dialect::Sqlite)
            CHECK(db.number("SELECT COUNT(*) FROM dbx_schema_texts") > 0);

        const DbxRun drift = runDbx({"drift", "--db", db.url, "--spec", demoSpec("loan_risk.yml"), "--no-cache"});
        INFO(drift.out.toStdString() << drift.err.toStdString());
        CHECK(drift.exitCode == 0);
        const DbxRun again = runDbx({"apply", "--target", demoSpec("loan_risk.yml"), "--db", db.url});
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains("nothing to apply"));

        // The spec's words come back in inspect too.
        const QString inspected = db.dir.filePath("inspected.yml");
        REQUIRE(runDbx({"inspect", "--db", db.url, "--out", inspected, "--no-cache"}).exitCode == 0);
        CHECK(readFile(inspected).contains("expression: quarter BETWEEN 1 AND 4"));

        // A check changed in the spec is a change; one changed behind the application's back is drift.
        const QString edited = db.write("edited.yml", readFile(demoSpec("loan_risk.yml"))
                                                          .replace("quarter BETWEEN 1 AND 4", "quarter BETWEEN 1 AND 5")
                                                          .toStdString());
        const DbxRun changed = runDbx({"drift", "--db", db.url, "--spec", edited, "--no-cache"});
        CHECK(changed.exitCode == 1);
        CHECK(changed.out.contains("add check ck_dim_date_quarter on dim_date (quarter BETWEEN 1 AND 5)"));
        if (dialect == Dialect::Sqlite)
            continue;  // SQLite cannot change a check in place
        db.exec("ALTER TABLE dim_date DROP CONSTRAINT ck_dim_date_month");
        db.exec("ALTER TABLE dim_date ADD CONSTRAINT ck_dim_date_month CHECK (month BETWEEN 0 AND 12)");
        const DbxRun behind = runDbx({"drift", "--db", db.url, "--spec", demoSpec("loan_risk.yml"), "--no-cache"});
        INFO(behind.out.toStdString());
        CHECK(behind.exitCode == 1);
        CHECK(behind.out.contains("add check ck_dim_date_month on dim_date (month BETWEEN 1 AND 12)"));
    }
}

TEST_CASE("a migration file carries its checks' and views' spec texts, so applying the file leaves no drift",
          "[apply][cli][drift]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "filetexts");
        const QString file = db.dir.filePath("0001_loan_risk.sql");
        const DbxRun planned = runDbx({"plan", "--target", demoSpec("loan_risk.yml"), "--db", db.url, "--out", file});
        INFO(planned.err.toStdString());
        REQUIRE(planned.exitCode == 0);
        CHECK(readFile(file).contains("-- view \"v_payments_by_region\"\n-- | SELECT c.region, d.year, d.quarter,"));
        const DbxRun applied = runDbx({"apply", file, "--db", db.url});
        INFO(applied.out.toStdString() << applied.err.toStdString());
        REQUIRE(applied.exitCode == 0);
        const DbxRun drift = runDbx({"drift", "--db", db.url, "--spec", demoSpec("loan_risk.yml"), "--no-cache"});
        INFO(drift.out.toStdString());
        CHECK(drift.exitCode == 0);
    }
}
