#include "apply/apply_support.h"

#include "core/spec/yaml_loader.h"

using namespace ss;

namespace {

const char* kPartitioned = R"(version: 1
entities:
  tables:
    - name: visit_log
      primary_key: [visit_id, visited_on]
      columns:
        - {name: visit_id, type: BIGINT, nullable: false}
        - {name: visited_on, type: DATE, nullable: false}
        - {name: page, type: VARCHAR(200)}
      partitioning: {strategy: RANGE, column: visited_on}
    - name: session_token
      primary_key: [session_id]
      columns:
        - {name: session_id, type: INTEGER, nullable: false}
      partitioning: {strategy: HASH, column: session_id}
)";

}  // namespace

TEST_CASE("partitioned tables: PostgreSQL creates and inspects them, the others say they are left unpartitioned",
          "[apply][cli][partitioning]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "partitions");
        const QString spec = db.write("partitioned.yml", kPartitioned);

        const DbxRun planned = runDbx({"plan", "--target", spec, "--db", db.url});
        INFO(planned.out.toStdString() << planned.err.toStdString());
        REQUIRE(planned.exitCode == 0);
        const DbxRun applied = runDbx({"apply", "--target", spec, "--db", db.url});
        INFO(applied.out.toStdString() << applied.err.toStdString());
        REQUIRE(applied.exitCode == 0);
        db.exec("INSERT INTO visit_log (visit_id, visited_on, page) VALUES (1, '2024-03-01', '/'), (2, '2025-07-09', '/a')");
        db.exec("INSERT INTO session_token (session_id) VALUES (1), (2), (3), (4), (5)");
        CHECK(db.number("SELECT COUNT(*) FROM visit_log") == 2);
        CHECK(db.number("SELECT COUNT(*) FROM session_token") == 5);

        const QString inspected = db.dir.filePath("inspected.yml");
        REQUIRE(runDbx({"inspect", "--db", db.url, "--out", inspected, "--no-cache"}).exitCode == 0);
        const LoadResult model = loadSchemaFile(inspected.toStdString());
        REQUIRE(model.ok());
        const Table* visits = model.model.findTable("visit_log");
        const Table* tokens = model.model.findTable("session_token");
        REQUIRE(visits);
        REQUIRE(tokens);
        if (dialect == Dialect::PostgreSql) {
            CHECK(planned.out.contains("rows go to the default partition visit_log_default"));
            CHECK(db.number("SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'session_token'::regclass") == 4);
            CHECK(db.number("SELECT COUNT(*) FROM visit_log_default") == 2);
            REQUIRE(visits->partitioning);
            CHECK(*visits->partitioning == Partitioning{"RANGE", "visited_on", visits->partitioning->loc});
            REQUIRE(tokens->partitioning);
            CHECK(tokens->partitioning->strategy == "HASH");
            CHECK(model.model.tables.size() == 2);  // the partitions are not tables of the schema
        } else {
            CHECK(planned.out.contains("is kept in the spec only"));
            CHECK_FALSE(visits->partitioning);
        }

        const DbxRun drift = runDbx({"drift", "--db", db.url, "--spec", spec, "--no-cache"});
        INFO(drift.out.toStdString());
        CHECK(drift.exitCode == 0);
    }
}
