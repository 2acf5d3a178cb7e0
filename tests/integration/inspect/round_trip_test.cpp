// Inspect -> save -> plan -> re-create -> inspect, on the demo schema and on real-world schemas that open-source
// projects ship for each dialect (Debian packages of the test group, loaded with the native clients).
#include "inspect/inspect_support.h"
#include "support/packaged_sql.h"
#include "support/spec_files.h"

#include <QFileInfo>

using namespace ss;

namespace {

std::size_t foreignKeyCount(const SchemaModel& m)
{
    std::size_t n = 0;
    for (const auto& t : m.tables)
        n += t.foreignKeys.size();
    return n;
}

const Dialect kDialects[] = {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql};

}  // namespace

TEST_CASE("the demo schema survives inspect, save, plan and re-creation in every dialect", "[inspect][round-trip]")
{
    const SchemaModel spec = loadSpec("schema_specs/loan_risk.yml");
    for (const Dialect dialect : kDialects) {
        INFO("dialect " << toString(dialect));
        ScratchDatabase source(dialect, "demo");
        requireOpen(source);
        createFromModel(source, spec);

        const InspectResult inspected = inspectScratch(source);
        CHECK(inspected.model.tables.size() == spec.tables.size());
        CHECK(inspected.model.views.size() == spec.views.size());
        for (const auto& t : spec.tables) {
            INFO("table " << t.name);
            const Table* found = inspected.model.findTable(t.name);
            REQUIRE(found);
            CHECK(found->kind == t.kind);
            CHECK(found->columns.size() == t.columns.size());
            CHECK(found->foreignKeys.size() == t.foreignKeys.size());
            CHECK(found->surrogateKey == t.surrogateKey);
        }
        checkRoundTrip(source, "demo");
    }
}

TEST_CASE("inspection reads keys, actions, defaults, comments and roles from a live database", "[inspect]")
{
    const SchemaModel spec = loadSpec("schema_specs/loan_risk.yml");
    for (const Dialect dialect : kDialects) {
        INFO("dialect " << toString(dialect));
        ScratchDatabase scratch(dialect, "details");
        requireOpen(scratch);
        createFromModel(scratch, spec);
        const SchemaModel m = inspectScratch(scratch).model;

        const Table* company = m.findTable("dim_company");
        REQUIRE(company);
        CHECK(company->kind == TableKind::Dimension);
        CHECK(company->surrogateKey == "company_key");
        CHECK(company->findColumn("company_key")->identity);
        CHECK(company->naturalKey == std::vector<std::string>{"company_id"});
        REQUIRE(company->findColumn("is_public")->defaultValue);
        CHECK(company->findColumn("onboarded_at")->defaultValue->kind == DefaultValue::Kind::Expression);
        CHECK(company->findColumn("company_name")->type == DataType::varchar(200));
        CHECK(company->findColumn("annual_revenue")->type == DataType::decimal(18, 2));
        if (dialect != Dialect::Sqlite) {
            CHECK(company->description == "One row per borrowing company");
            CHECK(company->findColumn("company_id")->description == "Business identifier from the CRM");
        }

        const Table* payments = m.findTable("fact_loan_payments");
        REQUIRE(payments);
        CHECK(payments->kind == TableKind::Fact);
        CHECK(payments->primaryKey == std::vector<std::string>{"loan_id", "payment_number", "payment_date"});
        CHECK(payments->findColumn("principal_paid")->aggregation == Aggregation::Sum);
        CHECK(payments->columns.back().isMeasure());
        CHECK_FALSE(payments->findColumn("company_key")->isMeasure());
        CHECK(payments->findColumn("payment_channel")->defaultValue ==
              DefaultValue{DefaultValue::Kind::String, "transfer"});
        for (const auto& fk : spec.findTable("fact_loan_payments")->foreignKeys) {
            INFO("foreign key on " << fk.columns.front());
            const auto found = std::find_if(payments->foreignKeys.begin(), payments->foreignKeys.end(),
                                            [&](const ForeignKey& f) { return f.columns == fk.columns; });
            REQUIRE(found != payments->foreignKeys.end());
            CHECK(found->refTable == fk.refTable);
            CHECK(found->onDelete == fk.onDelete);
        }
        const Table* rating = m.findTable("dim_risk_rating");
        REQUIRE(rating);
        REQUIRE(rating->checks.size() == 1);
        if (dialect != Dialect::Sqlite)
            CHECK(rating->checks.front().name == "ck_dim_risk_rating_pd");
        CHECK(std::any_of(m.tables.begin(), m.tables.end(),
                          [](const Table& t) { return t.findColumn("principal_paid") != nullptr; }));
    }
}

TEST_CASE("Zabbix's PostgreSQL schema (173 tables, 226 foreign keys) round-trips", "[inspect][round-trip][real-world]")
{
    ScratchDatabase source(Dialect::PostgreSql, "zabbix");
    requireOpen(source);
    loadPackagedSql(source, packagedSql("/usr/share/zabbix-server-pgsql/schema.sql.gz", "zabbix-server-pgsql"));
    const InspectResult inspected = inspectScratch(source);
    CHECK(inspected.model.tables.size() == 173);
    CHECK(foreignKeyCount(inspected.model) == 226);
    checkRoundTrip(source, "zabbix");
}

TEST_CASE("MediaWiki's schema (58 tables) round-trips in SQLite, PostgreSQL and MariaDB", "[inspect][round-trip][real-world]")
{
    const QString dir = "/usr/share/mediawiki/maintenance/";
    const std::pair<Dialect, QString> schemas[] = {
        {Dialect::Sqlite, dir + "sqlite/tables-generated.sql"},
        {Dialect::PostgreSql, dir + "postgres/tables-generated.sql"},
        {Dialect::MySql, dir + "tables-generated.sql"},
    };
    for (const auto& [dialect, file] : schemas) {
        INFO("dialect " << toString(dialect));
        ScratchDatabase source(dialect, "mediawiki");
        requireOpen(source);
        loadPackagedSql(source, packagedSql(file, "mediawiki"));
        CHECK(inspectScratch(source).model.tables.size() == 58);
        checkRoundTrip(source, "mediawiki");
    }
}
