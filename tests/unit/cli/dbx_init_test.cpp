#include "support/run_dbx.h"

#include "core/project/project_folder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

TEST_CASE("dbx init creates a project folder named after the folder")
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("loan_risk"));
    const DbxRun r = runDbx({"init", dir + QLatin1Char('/')});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("created project 'loan_risk' in ")));
    for (const char* path : {"dbx.yml", "schema_specs/current.yml"}) CHECK(QFileInfo(QDir(dir).filePath(QLatin1String(path))).isFile());
    for (const char* path : {"schema_specs/proposals", "migrations", "seeding_profiles"}) CHECK(QFileInfo(QDir(dir).filePath(QLatin1String(path))).isDir());

    ss::Project project;
    REQUIRE(ss::loadProject(dir.toStdString(), project).empty());
    CHECK(project.name == "loan_risk");

    const DbxRun spec = runDbx({"validate", QDir(dir).filePath(QStringLiteral("schema_specs/current.yml"))});
    CHECK(spec.exitCode == 0);
}

TEST_CASE("dbx init --name names the project, a second init on the same folder is refused")
{
    QTemporaryDir dir;
    CHECK(runDbx({"init", dir.path(), "--name", "Retail Sales"}).exitCode == 0);
    ss::Project project;
    REQUIRE(ss::loadProject(dir.path().toStdString(), project).empty());
    CHECK(project.name == "Retail Sales");

    const DbxRun again = runDbx({"init", dir.path()});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("dbx.yml: already exists")));
}

TEST_CASE("dbx init without a folder is a usage error")
{
    const DbxRun r = runDbx({"init"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Usage: dbx init DIR")));
}
