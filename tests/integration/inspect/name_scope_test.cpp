// Index and unique constraint names are scoped per table on MySQL and MariaDB: a database that uses one name on
// several tables (Roundcube's `expires_index`) is inspected, validated, planned against and re-created.
#include "inspect/inspect_support.h"
#include "support/run_dbx.h"

#include "core/spec/validator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ss;

namespace {

void exec(ScratchDatabase& scratch, const QString& sql)
{
    const QString error = execSql(scratch.db(), sql);
    INFO(sql.toStdString() << "\n" << error.toStdString());
    REQUIRE(error.isEmpty());
}

}  // namespace

TEST_CASE("MariaDB index and unique names repeated across tables survive inspect, validate, plan and re-creation",
          "[inspect][round-trip][names]")
{
    ScratchDatabase source(Dialect::MySql, "name_scope");
    requireOpen(source);
    exec(source, "CREATE TABLE cache (cache_id INT NOT NULL PRIMARY KEY, cache_key VARCHAR(128) NOT NULL, "
                 "expires DATETIME NULL, UNIQUE KEY key_unique (cache_key), KEY expires_index (expires))");
    exec(source, "CREATE TABLE cache_shared (cache_id INT NOT NULL PRIMARY KEY, cache_key VARCHAR(128) NOT NULL, "
                 "expires DATETIME NULL, UNIQUE KEY key_unique (cache_key), KEY expires_index (expires))");
    exec(source, "CREATE TABLE session (sess_id VARCHAR(128) NOT NULL PRIMARY KEY, expires DATETIME NULL, "
                 "KEY expires_index (expires))");

    const InspectResult inspected = inspectScratch(source);
    for (const char* table : {"cache", "cache_shared", "session"}) {
        const Table* t = inspected.model.findTable(table);
        REQUIRE(t);
        CHECK(std::any_of(t->indexes.begin(), t->indexes.end(),
                          [](const Index& ix) { return ix.name == "expires_index"; }));
    }

    std::size_t warnings = 0;
    for (const Diagnostic& d : validate(inspected.model)) {
        INFO(d.message);
        CHECK(d.severity != Severity::Error);
        if (d.ruleId == "duplicate-name")
            ++warnings;
    }
    CHECK(warnings == 3);  // the second and third expires_index, the second key_unique

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString spec = dir.filePath("roundcube_like.yml");
    QFile file(spec);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(saveSchemaYaml(inspected.model)));
    file.close();
    const DbxRun validated = runDbx({"validate", spec});
    INFO(validated.out.toStdString() << validated.err.toStdString());
    CHECK(validated.exitCode == 0);
    const DbxRun planned =
        runDbx({"plan", "--target", spec, "--db", QString::fromStdString(scratchDatabaseUrl(source))});
    INFO(planned.out.toStdString() << planned.err.toStdString());
    CHECK(planned.exitCode == 0);

    checkRoundTrip(source, "name_scope");
}
