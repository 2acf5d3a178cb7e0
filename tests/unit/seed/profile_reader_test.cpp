#include "unit/seed/seed_test_support.h"

#include "core/seed/profile_writer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace seedtest;

namespace {

const char* kFull = "version: 1\n"
                    "seed: 1234\n"
                    "tables:\n"
                    "  dim_date:\n"
                    "    calendar: {start: 2021-01-01, end: 2021-12-31}\n"
                    "  dim_company:\n"
                    "    rows: 500\n"
                    "    columns:\n"
                    "      company_id: {generator: pattern, pattern: \"CO-{seq:06}\", start: 10, unique: true}\n"
                    "      region: {generator: categorical, values: {Europe: 3, \"North America\": 2, Asia: 1}}\n"
                    "      industry:\n"
                    "        generator: categorical\n"
                    "        values: [Banking, Retail]\n"
                    "        given: region\n"
                    "        cases:\n"
                    "          Asia: {values: {Mining: 2, Retail: 1}}\n"
                    "      annual_revenue: {generator: lognormal, median: 5000000, sigma: 1.5, min: 0, null_rate: 0.05}\n"
                    "      onboarded_at:\n"
                    "        generator: timestamp\n"
                    "        start: 2020-01-01\n"
                    "        end: \"2024-06-30 18:00:00\"\n"
                    "        trend: 0.5\n"
                    "        seasonality: [1, 1, 1, 1, 1, 1, 0.5, 0.5, 1, 1, 1.5, 2]\n"
                    "  fact_loan_payments:\n"
                    "    rows: {per: dim_company, factor: 20}\n"
                    "    columns:\n"
                    "      company_key: {generator: reference, distribution: zipf, s: 1.1}\n";

std::vector<ss::Diagnostic> errorsOf(const std::string& text)
{
    std::vector<ss::Diagnostic> errors;
    for (const auto& d : ss::seed::loadSeedProfileYaml(text).diagnostics)
        if (d.severity == ss::Severity::Error)
            errors.push_back(d);
    return errors;
}

}  // namespace

TEST_CASE("a full profile loads: seed, rows, multiples, calendar, generators, cases")
{
    const auto r = ss::seed::loadSeedProfileYaml(kFull);
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const auto& p = r.profile;
    CHECK(p.seed == 1234u);
    REQUIRE(p.tables.size() == 3);
    CHECK(p.tables[0].calendarStart == "2021-01-01");
    CHECK(p.tables[0].calendarEnd == "2021-12-31");
    CHECK(p.tables[1].rows == 500);
    CHECK(p.tables[2].per == "dim_company");
    CHECK(p.tables[2].factor == 20);
    const auto* company = p.findTable("DIM_COMPANY");
    REQUIRE(company);
    const auto* region = company->findColumn("region");
    REQUIRE(region);
    REQUIRE(region->spec.values.size() == 3);
    CHECK(region->spec.values[1].value == "North America");
    CHECK(region->spec.values[1].weight == 2);
    const auto* industry = company->findColumn("industry");
    CHECK(industry->spec.given == "region");
    REQUIRE(industry->spec.cases.size() == 1);
    CHECK(industry->spec.cases[0].value == "Asia");
    CHECK(industry->spec.cases[0].spec.values.size() == 2);
    CHECK(company->findColumn("onboarded_at")->spec.seasonality.size() == 12);
    CHECK(company->findColumn("annual_revenue")->spec.nullRate == 0.05);
    CHECK(company->findColumn("company_id")->spec.unique);
}

TEST_CASE("saving gives canonical text that loads back to the same profile")
{
    const auto loaded = ss::seed::loadSeedProfileYaml(kFull).profile;
    const std::string saved = ss::seed::saveSeedProfile(loaded);
    const auto again = ss::seed::loadSeedProfileYaml(saved);
    INFO(saved);
    REQUIRE(again.ok());
    CHECK(again.diagnostics.empty());
    CHECK(again.profile == loaded);
    CHECK(ss::seed::saveSeedProfile(again.profile) == saved);
    CHECK(saved.find("      company_id: {generator: pattern, start: 10, pattern: \"CO-{seq:06}\", unique: true}\n") !=
          std::string::npos);
}

TEST_CASE("the inferred profile of every demo spec saves, loads and plans to the same rows")
{
    for (const char* name : {"current.yml", "loan_risk.yml", "retail_sales.yml"}) {
        INFO(name);
        const ss::SchemaModel model = loadDemoSpec(name);
        const auto first = plan(model, {}, {std::nullopt, 0.02});
        const std::string text = ss::seed::saveSeedProfile(first.effectiveProfile);
        const auto reloaded = ss::seed::loadSeedProfileYaml(text);
        INFO(text);
        REQUIRE(reloaded.ok());
        CHECK(reloaded.diagnostics.empty());
        const auto second = plan(model, reloaded.profile, {std::nullopt, 0.02});
        for (const auto& t : first.tables)
            CHECK(allRows(second, t.name, 500) == allRows(first, t.name, 500));
    }
}

TEST_CASE("the demo's own seeding profile loads cleanly and plans against its spec")
{
    const auto loaded = ss::seed::loadSeedProfileFile(SS_SOURCE_DIR "/seeding_profiles/loan_risk.yml");
    for (const auto& d : loaded.diagnostics)
        UNSCOPED_INFO(d.loc.line << ":" << d.loc.column << ": " << d.message);
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    const auto p = plan(loadDemoSpec("loan_risk.yml"), loaded.profile);
    CHECK(p.tables[tableIndex(p, "dim_risk_rating")].rows == 20);
    const auto industries = columnValues(p, "dim_company", "industry");
    const auto regions = columnValues(p, "dim_company", "region");
    for (std::size_t i = 0; i < regions.size(); ++i)
        if (regions[i] == "Middle East & Africa")
            REQUIRE((industries[i] == "Energy" || industries[i] == "Mining" || industries[i] == "Construction" ||
                     industries[i] == "Retail"));
}

TEST_CASE("profile errors carry the line and column of the offending value")
{
    auto e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: gaussian}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].ruleId == "unknown-generator");
    CHECK((e[0].loc.line == 5 && e[0].loc.column == 22));

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: normal, median: 3}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "generator normal does not read `median`");
    CHECK(e[0].hint == "it reads: mean, stddev, min, max");
    CHECK((e[0].loc.line == 5 && e[0].loc.column == 38));

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: date, start: 2024-02-30, end: 2024-03-01}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message.find("must be a date written YYYY-MM-DD, found '2024-02-30'") != std::string::npos);
    CHECK(e[0].loc.column == 35);

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: pattern, pattern: \"X-{seq:0}\"}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message.find("(at character 3)") != std::string::npos);

    e = errorsOf("version: 1\ntables:\n  t:\n    rows: -5\n");
    REQUIRE(e.size() == 1);
    CHECK((e[0].loc.line == 4 && e[0].loc.column == 11));

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: boolean, probability: 1.5}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "`probability` must be between 0 and 1");

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: uniform, min: 5, max: 1}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "`min` is more than `max`");

    e = errorsOf("version: 1\ntables:\n  t: {rows: 1}\n  t: {rows: 2}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].ruleId == "duplicate-key");
    CHECK(e[0].loc.line == 4);

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: categorical, values: {a: x}}\n");
    REQUIRE(e.size() == 2);
    CHECK(e[1].message == "`values` needs at least one value with a positive weight");
    CHECK(e[0].message == "`weight` must be a number");

    e = errorsOf("version: 1\ntables: [a, b]\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].loc.line == 2);

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: text, given: x}\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message.find("`given` needs `cases`") != std::string::npos);

    e = errorsOf("version: 1\nseed: [1]\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].loc.line == 2);

    e = errorsOf("version: 1\ntables:\n  t:\n    columns:\n      c: {generator: sequence\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].ruleId == "yaml-syntax");

    e = errorsOf("");
    REQUIRE(e.size() == 1);
    CHECK(e[0].message.find("empty") != std::string::npos);
}

TEST_CASE("unknown keys are warnings that name the expected ones")
{
    const auto r = ss::seed::loadSeedProfileYaml("version: 1\ntables:\n  t:\n    rowz: 4\n");
    CHECK(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == ss::Severity::Warning);
    CHECK(r.diagnostics[0].hint == "expected one of: rows, calendar, columns");
}

TEST_CASE("a profile file is written atomically and read back")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("p.yml").toStdString();
    const auto profile = ss::seed::loadSeedProfileYaml(kFull).profile;
    CHECK(ss::seed::saveSeedProfileFile(path, profile).empty());
    const auto back = ss::seed::loadSeedProfileFile(path);
    CHECK(back.ok());
    CHECK(back.profile == profile);
    const auto missing = ss::seed::loadSeedProfileFile(dir.filePath("none.yml").toStdString());
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].ruleId == "io");
}
