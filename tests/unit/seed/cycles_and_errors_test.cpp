#include "support/cycle_spec.h"
#include "unit/seed/seed_test_support.h"

#include <set>

using namespace seedtest;
using testspec::cycleSpec;

TEST_CASE("a cycle is broken at a nullable foreign key, filled by the update pass with existing keys")
{
    const auto p = plan(loadSpec(cycleSpec(true)));
    REQUIRE(p.tables.size() == 2);
    CHECK(p.tables[0].name == "department");
    CHECK(p.tables[0].hasDeferred);
    CHECK(p.tables[1].hasDeferred);  // the self-reference of employee

    for (const auto& v : columnValues(p, "department", "head_id"))
        REQUIRE(v == "NULL");
    std::set<std::string> employees;
    for (const auto& v : columnValues(p, "employee", "id"))
        employees.insert(v);
    const auto updates = allRows(p, "department", 64, ss::seed::SeedPass::Update);
    REQUIRE(static_cast<std::int64_t>(updates.size()) == p.tables[0].rows);
    int set = 0;
    for (const std::string& row : updates) {
        const std::string head = row.substr(row.find('|') + 1);
        if (head == "NULL")
            continue;
        ++set;
        REQUIRE(employees.count(head) == 1);
    }
    CHECK(set > 0);
    CHECK(allRows(p, "employee", 1000, ss::seed::SeedPass::Update).front().find('|') != std::string::npos);
}

TEST_CASE("a cycle of NOT NULL foreign keys is refused with the foreign key's location")
{
    const ss::SchemaModel model = loadSpec(cycleSpec(false));
    const auto r = ss::seed::planSeeding(model, {});
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.specDiagnostics.size() == 1);
    CHECK(r.specDiagnostics[0].message.find("reference each other through NOT NULL") != std::string::npos);
    CHECK(r.specDiagnostics[0].loc.line == 10);
}

TEST_CASE("the plan refuses profiles that cannot hold, at the profile's line and column")
{
    const ss::SchemaModel model = loadDemoSpec("current.yml");
    auto errorsOf = [&](const std::string& profile) {
        const auto r = ss::seed::planSeeding(model, loadProfile(profile));
        CHECK_FALSE(r.ok());
        return r.profileDiagnostics;
    };
    auto d = errorsOf("version: 1\ntables:\n  dim_comapny: {rows: 5}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "the profile names table 'dim_comapny', which the spec does not have");
    CHECK((d[0].loc.line == 3 && d[0].loc.column == 3));

    d = errorsOf("version: 1\ntables:\n  dim_company:\n    columns:\n      regoin: {generator: region}\n");
    REQUIRE(d.size() == 1);
    CHECK((d[0].loc.line == 5 && d[0].loc.column == 7));

    d = errorsOf("version: 1\ntables:\n  dim_company:\n    columns:\n"
                 "      company_id: {generator: categorical, values: [a, b]}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("natural key of dim_company, so its values must be distinct") != std::string::npos);
    CHECK(d[0].loc.line == 5);

    d = errorsOf("version: 1\ntables:\n  fact_loan_payments:\n    columns:\n"
                 "      company_key: {generator: uniform, min: 1, max: 10}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("its generator must be reference") != std::string::npos);

    d = errorsOf("version: 1\ntables:\n  dim_company:\n    rows: 50\n    columns:\n"
                 "      company_id: {generator: pattern, pattern: \"C{seq:02}\"}\n"
                 "      annual_revenue: {generator: uniform, min: 1, max: 1.09, unique: true}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("50 rows but only 10 distinct values") != std::string::npos);
    CHECK(d[0].loc.line == 7);

    d = errorsOf("version: 1\ntables:\n  dim_branch:\n    columns:\n      branch_code: {generator: pattern, pattern: \"BRANCH-{seq:08}\"}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("values reach 15 characters") != std::string::npos);

    d = errorsOf("version: 1\ntables:\n  dim_company:\n    columns:\n      region: {generator: region, null_rate: 0.5}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "dim_company.region is NOT NULL, so its null_rate must be 0");
}

TEST_CASE("row counts: fixed, a multiple of another table's, scaled, calendars keep one row per day")
{
    const ss::SchemaModel model = loadDemoSpec("current.yml");
    const auto profile = loadProfile("version: 1\ntables:\n  dim_company: {rows: 40}\n"
                                     "  fact_loan_originations: {rows: {per: dim_company, factor: 2.5}}\n");
    const auto p = plan(model, profile, {std::nullopt, 3});
    CHECK(p.findTable("dim_company")->rows == 120);
    CHECK(p.findTable("fact_loan_originations")->rows == 300);
    CHECK(p.findTable("dim_date")->rows == 2192);
    CHECK(p.findTable("dim_branch")->rows == 300);
    CHECK(p.seed == ss::seed::kDefaultSeed);
    CHECK(plan(model, loadProfile("version: 1\nseed: 9\n")).seed == 9);
    CHECK(plan(model, loadProfile("version: 1\nseed: 9\n"), {11, 1}).seed == 11);
}
