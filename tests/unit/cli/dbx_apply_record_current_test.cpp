#include "support/run_dbx.h"

#include <QFile>

TEST_CASE("dbx apply --target --record-current makes current.yml the applied spec, so drift finds nothing")
{
    QTemporaryDir project;
    REQUIRE(runDbx({"init", project.path()}).exitCode == 0);
    const QString specs = project.filePath("schema_specs");
    const QString next = specs + "/loan_risk.yml";
    QFile::remove(specs + "/current.yml");
    REQUIRE(QFile::copy(SS_SOURCE_DIR "/schema_specs/current.yml", specs + "/current.yml"));
    REQUIRE(QFile::copy(SS_SOURCE_DIR "/schema_specs/loan_risk.yml", next));
    REQUIRE(runDbx({"apply", "--target", specs + "/current.yml", "--db", "local"}, project.path()).exitCode == 0);

    const DbxRun applied =
        runDbx({"apply", "--target", next, "--db", "local", "--allow-breaking", "--record-current"}, project.path());
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains("recorded " + next + " as "));
    CHECK(readFile(specs + "/current.yml") == readFile(next));
    const DbxRun drift = runDbx({"drift", "--db", "local", "--spec", specs + "/current.yml"}, project.path());
    CHECK(drift.exitCode == 0);

    const DbxRun refused = runDbx({"apply", "--target", next, "--db", "local", "--record-current", "--dry-run"}, project.path());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("--record-current goes with --target FILE, and not with --dry-run"));
}

TEST_CASE("dbx apply --record-current is not taken when the apply is refused")
{
    QTemporaryDir project;
    REQUIRE(runDbx({"init", project.path()}).exitCode == 0);
    const QString specs = project.filePath("schema_specs");
    QFile::remove(specs + "/current.yml");
    REQUIRE(QFile::copy(SS_SOURCE_DIR "/schema_specs/current.yml", specs + "/current.yml"));
    REQUIRE(QFile::copy(SS_SOURCE_DIR "/schema_specs/loan_risk.yml", specs + "/loan_risk.yml"));
    REQUIRE(runDbx({"apply", "--target", specs + "/current.yml", "--db", "local"}, project.path()).exitCode == 0);
    const QByteArray before = readFile(specs + "/current.yml");

    const DbxRun refused = runDbx({"apply", "--target", specs + "/loan_risk.yml", "--db", "local", "--record-current"}, project.path());
    CHECK(refused.exitCode == 3);  // a high-risk change without --allow-breaking
    CHECK_FALSE(refused.out.contains("recorded"));
    CHECK(readFile(specs + "/current.yml") == before);
}
