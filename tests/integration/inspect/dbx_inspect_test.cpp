#include "inspect/inspect_support.h"
#include "support/run_dbx.h"
#include "support/spec_files.h"

#include "core/project/project_folder.h"
#include "core/util/atomic_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ss;

TEST_CASE("dbx inspect writes the live schema, and dbx plan --db against it plans nothing", "[inspect][cli]")
{
    const SchemaModel spec = loadSpec("schema_specs/loan_risk.yml");
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        INFO("dialect " << toString(dialect));
        ScratchDatabase scratch(dialect, "cli");
        requireOpen(scratch);
        createFromModel(scratch, spec);
        const QString url = QString::fromStdString(scratchDatabaseUrl(scratch));
        QTemporaryDir dir;
        const QString out = dir.filePath("live.yml");

        const DbxRun inspect = runDbx({"inspect", "--db", url, "--out", out, "--no-cache"});
        INFO(inspect.err.toStdString());
        REQUIRE(inspect.exitCode == 0);
        CHECK(inspect.err.contains("wrote"));
        LoadResult written = loadSchemaFile(out.toStdString());
        REQUIRE(written.ok());
        CHECK(written.model == inspectScratch(scratch).model);

        const DbxRun plan = runDbx({"plan", "--target", out, "--db", url, "--json", "--no-cache"});
        INFO(plan.err.toStdString());
        REQUIRE(plan.exitCode == 0);
        const QJsonObject report = QJsonDocument::fromJson(plan.out.toUtf8()).object();
        CHECK(report.value("operations").toArray().isEmpty());

        const DbxRun impact = runDbx({"impact", "schema_specs/loan_risk.yml", "--db", url, "--json", "--no-cache"},
                                     SS_SOURCE_DIR);
        INFO(impact.err.toStdString());
        CHECK(impact.exitCode == 0);

        const DbxRun json = runDbx({"inspect", "--db", url, "--json", "--no-cache"});
        const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
        CHECK(summary.value("dialect").toString() == toString(dialect));
        CHECK(summary.value("tables").toInt() == static_cast<int>(spec.tables.size()));
        CHECK(summary.value("spec").toString().toStdString() == saveSchemaYaml(written.model));

        // Schemas are PostgreSQL's: elsewhere asking for one says that nothing more is read.
        const DbxRun schemas = runDbx({"inspect", "--db", url, "--schemas", "sales", "--no-cache"});
        CHECK(schemas.exitCode == 0);
        CHECK(schemas.err.contains("the schemas asked for are not read") == (dialect != Dialect::PostgreSql));
    }
}

TEST_CASE("dbx inspect takes a project environment, resolves relative SQLite paths and never prints a password",
          "[inspect][cli]")
{
    QTemporaryDir dir;
    const std::string project = dir.filePath("shop").toStdString();
    REQUIRE(createProject(project, "Shop").empty());

    SECTION("the default environment is a SQLite file inside the project")
    {
        const DbxRun missing = runDbx({"inspect", "--db", "local", "--project", QString::fromStdString(project)});
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains(QString::fromStdString(project + "/local.sqlite")));
    }
    SECTION("a server environment named in dbx.yml")
    {
        ScratchDatabase scratch(Dialect::PostgreSql, "env");
        requireOpen(scratch);
        createFromModel(scratch, loadSpec("schema_specs/loan_risk.yml"));
        REQUIRE(writeFileAtomically(project + "/dbx.yml", "name: Shop\ndialect: postgresql\ndefault_environment: dev\n"
                                                          "environments:\n  dev: {url: \"" +
                                                              scratchDatabaseUrl(scratch) + "\"}\n")
                    .empty());
        const DbxRun run = runDbx({"inspect", "--db", "dev", "--no-cache"}, QString::fromStdString(project));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains("fact_loan_payments"));
    }
    SECTION("a password in the URL is refused without being echoed")
    {
        const DbxRun run = runDbx({"inspect", "--db", "postgresql://ann:s3cret@127.0.0.1:1/db"});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.contains("s3cret"));
        CHECK(run.err.contains("ann:***@"));
    }
    SECTION("an unreachable server is named, with where the password was looked for")
    {
        const DbxRun run = runDbx({"inspect", "--db", "postgresql://ann@127.0.0.1:1/warehouse", "--no-cache"});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains("127.0.0.1:1"));
        CHECK(run.err.contains("database 'warehouse'"));
    }
}
