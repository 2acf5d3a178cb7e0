#include "inspect/inspect_support.h"
#include "support/spec_files.h"

#include "core/db/snapshot_cache.h"

#include <QTemporaryDir>

using namespace ss;

TEST_CASE("an unchanged database is read once, a schema change invalidates the snapshot", "[inspect][cache]")
{
    const SchemaModel spec = loadSpec("schema_specs/loan_risk.yml");
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql}) {
        INFO("dialect " << toString(dialect));
        ScratchDatabase scratch(dialect, "cache");
        requireOpen(scratch);
        createFromModel(scratch, spec);
        QTemporaryDir folder;
        SnapshotCache cache(folder.path().toStdString());

        const InspectResult first = inspectScratch(scratch, &cache);
        CHECK_FALSE(first.fromCache);
        CHECK(first.catalogQueries > 2);

        const InspectResult second = inspectScratch(scratch, &cache);
        CHECK(second.fromCache);
        CHECK(second.catalogQueries == 1);  // the fingerprint alone
        CHECK(second.model == first.model);

        SECTION("another process finds the snapshot on disk")
        {
            SnapshotCache fresh(folder.path().toStdString());
            const InspectResult fromDisk = inspectScratch(scratch, &fresh);
            CHECK(fromDisk.fromCache);
            CHECK(fromDisk.model == first.model);
        }
        SECTION("a new column is seen at once")
        {
            REQUIRE(execSql(scratch.db(), "ALTER TABLE dim_branch ADD COLUMN manager VARCHAR(60)").isEmpty());
            const InspectResult changed = inspectScratch(scratch, &cache);
            CHECK_FALSE(changed.fromCache);
            CHECK(changed.model.findTable("dim_branch")->findColumn("manager"));
            CHECK(inspectScratch(scratch, &cache).fromCache);
        }
        SECTION("a new index is seen at once")
        {
            REQUIRE(execSql(scratch.db(), "CREATE INDEX ix_dim_branch_city ON dim_branch (city)").isEmpty());
            const InspectResult changed = inspectScratch(scratch, &cache);
            CHECK_FALSE(changed.fromCache);
            const auto& indexes = changed.model.findTable("dim_branch")->indexes;
            CHECK(std::any_of(indexes.begin(), indexes.end(), [](const Index& ix) { return ix.name == "ix_dim_branch_city"; }));
        }
        SECTION("rows written are not a schema change")
        {
            REQUIRE(execSql(scratch.db(), "INSERT INTO dim_branch (branch_code, branch_name, city, region, country_code) "
                                          "VALUES ('B1', 'Main', 'Lyon', 'EMEA', 'FR')")
                        .isEmpty());
            CHECK(inspectScratch(scratch, &cache).fromCache);
        }
    }
}
