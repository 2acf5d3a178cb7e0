#include "unit/seed/seed_test_support.h"

#include <QDate>
#include <map>
#include <set>

using namespace seedtest;

TEST_CASE("a date dimension is a real calendar: consecutive days with consistent attributes")
{
    const ss::SchemaModel model = loadDemoSpec("loan_risk.yml");
    const auto p = plan(model);
    const auto& table = p.tables[tableIndex(p, "dim_date")];
    CHECK(table.rows == QDate(2020, 1, 1).daysTo(QDate(2025, 12, 31)) + 1);
    const auto dates = columnValues(p, "dim_date", "full_date");
    const auto year = columnValues(p, "dim_date", "year");
    const auto quarter = columnValues(p, "dim_date", "quarter");
    const auto month = columnValues(p, "dim_date", "month");
    const auto monthName = columnValues(p, "dim_date", "month_name");
    const auto dow = columnValues(p, "dim_date", "day_of_week");
    const auto weekend = columnValues(p, "dim_date", "is_weekend");
    const auto week = columnValues(p, "dim_date", "week_of_year");
    const auto monthEnd = columnValues(p, "dim_date", "is_month_end");
    const auto fiscalYear = columnValues(p, "dim_date", "fiscal_year");
    const auto key = columnValues(p, "dim_date", "date_key");
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const QDate d = QDate::fromString(QString::fromStdString(dates[i]), Qt::ISODate);
        REQUIRE(d == QDate(2020, 1, 1).addDays(static_cast<qint64>(i)));
        REQUIRE(year[i] == std::to_string(d.year()));
        REQUIRE(month[i] == std::to_string(d.month()));
        REQUIRE(quarter[i] == std::to_string((d.month() - 1) / 3 + 1));
        REQUIRE(monthName[i] == QLocale::c().monthName(d.month()).toStdString());
        REQUIRE(dow[i] == std::to_string(d.dayOfWeek()));
        REQUIRE(weekend[i] == (d.dayOfWeek() >= 6 ? "true" : "false"));
        REQUIRE(week[i] == std::to_string(d.weekNumber()));
        REQUIRE(monthEnd[i] == (d.day() == d.daysInMonth() ? "true" : "false"));
        // The spec describes the fiscal year as starting in July.
        REQUIRE(fiscalYear[i] == std::to_string(d.month() >= 7 ? d.year() + 1 : d.year()));
        REQUIRE(key[i] == std::to_string(i + 1));
    }
}

TEST_CASE("a profile's calendar sets the first and last day")
{
    const ss::SchemaModel model = loadDemoSpec("retail_sales.yml");
    const auto p = plan(model, loadProfile("version: 1\ntables:\n  dim_date:\n    calendar: {start: 2024-02-27, end: 2024-03-02}\n"));
    CHECK(columnValues(p, "dim_date", "full_date") ==
          std::vector<std::string>{"2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"});
}

namespace {

const char* kCorrelated = "version: 1\n"
                          "entities:\n"
                          "  tables:\n"
                          "    - name: contract\n"
                          "      primary_key: [id]\n"
                          "      columns:\n"
                          "        - {name: id, type: INTEGER, nullable: false}\n"
                          "        - {name: first_name, type: VARCHAR(40)}\n"
                          "        - {name: last_name, type: VARCHAR(40)}\n"
                          "        - {name: email, type: VARCHAR(120)}\n"
                          "        - {name: region, type: VARCHAR(30), nullable: false}\n"
                          "        - {name: industry, type: VARCHAR(30), nullable: false}\n"
                          "        - {name: start_date, type: DATE, nullable: false}\n"
                          "        - {name: end_date, type: DATE}\n"
                          "        - {name: category, type: VARCHAR(20), nullable: false}\n"
                          "        - {name: cost, type: DECIMAL(10,2), nullable: false}\n"
                          "        - {name: price, type: DECIMAL(10,2), nullable: false}\n"
                          "        - {name: city, type: VARCHAR(40)}\n"
                          "        - {name: country, type: VARCHAR(40)}\n";

const char* kCorrelatedProfile = "version: 1\n"
                                 "tables:\n"
                                 "  contract:\n"
                                 "    rows: 20000\n"
                                 "    columns:\n"
                                 "      region: {generator: categorical, values: {Europe: 1, Asia: 1}}\n"
                                 "      industry:\n"
                                 "        generator: categorical\n"
                                 "        values: {Banking: 1, Retail: 1}\n"
                                 "        given: region\n"
                                 "        cases:\n"
                                 "          Asia: {values: {Mining: 3, Retail: 1}}\n"
                                 "      start_date: {generator: date, start: 2021-01-01, end: 2021-12-31}\n"
                                 "      end_date: {generator: offset, of: start_date, min: 30, max: 90, null_rate: 0.1}\n"
                                 "      category: {generator: categorical, values: {cheap: 1, dear: 1}}\n"
                                 "      cost:\n"
                                 "        generator: lognormal\n"
                                 "        median: 10\n"
                                 "        sigma: 0.2\n"
                                 "        given: category\n"
                                 "        cases:\n"
                                 "          dear: {median: 1000}\n"
                                 "      price: {generator: ratio, of: cost, min: 1.2, max: 1.5}\n"
                                 "      email: {generator: email, unique: true}\n";

}  // namespace

TEST_CASE("correlated columns: industry given region, cost given category, price over cost, end after start")
{
    const auto p = plan(loadSpec(kCorrelated), loadProfile(kCorrelatedProfile));
    const auto region = columnValues(p, "contract", "region");
    const auto industry = columnValues(p, "contract", "industry");
    std::map<std::string, std::map<std::string, int>> byRegion;
    for (std::size_t i = 0; i < region.size(); ++i)
        byRegion[region[i]][industry[i]] += 1;
    CHECK(byRegion["Europe"].count("Mining") == 0);
    CHECK(byRegion["Asia"].count("Banking") == 0);
    CHECK(chiSquare({static_cast<double>(byRegion["Asia"]["Mining"]), static_cast<double>(byRegion["Asia"]["Retail"])},
                    {3, 1}) < chiSquareCritical(1));
    CHECK(chiSquare({static_cast<double>(byRegion["Europe"]["Banking"]), static_cast<double>(byRegion["Europe"]["Retail"])},
                    {1, 1}) < chiSquareCritical(1));

    const auto category = columnValues(p, "contract", "category");
    const auto cost = columnValues(p, "contract", "cost");
    const auto price = columnValues(p, "contract", "price");
    const auto start = columnValues(p, "contract", "start_date");
    const auto end = columnValues(p, "contract", "end_date");
    int nulls = 0;
    for (std::size_t i = 0; i < cost.size(); ++i) {
        const double c = std::stod(cost[i]);
        REQUIRE((category[i] == "dear" ? c > 200 : c < 50));
        const double ratio = std::stod(price[i]) / c;
        REQUIRE(ratio >= 1.2 - 0.01 / c);
        REQUIRE(ratio <= 1.5 + 0.01 / c);
        if (end[i] == "NULL") {
            ++nulls;
            continue;
        }
        const qint64 gap = QDate::fromString(QString::fromStdString(start[i]), Qt::ISODate)
                               .daysTo(QDate::fromString(QString::fromStdString(end[i]), Qt::ISODate));
        REQUIRE(gap >= 30);
        REQUIRE(gap <= 90);
    }
    const double n = static_cast<double>(end.size());
    CHECK(std::fabs(nulls / n - 0.1) <= kZ * std::sqrt(0.09 / n));
}

TEST_CASE("one row's person and place agree across columns, unique e-mails never repeat")
{
    const auto p = plan(loadSpec(kCorrelated), loadProfile(kCorrelatedProfile));
    const auto first = columnValues(p, "contract", "first_name");
    const auto last = columnValues(p, "contract", "last_name");
    const auto email = columnValues(p, "contract", "email");
    const auto city = columnValues(p, "contract", "city");
    const auto country = columnValues(p, "contract", "country");
    std::set<std::string> seen;
    std::map<std::string, std::set<std::string>> countriesOfCity;
    for (std::size_t i = 0; i < email.size(); ++i) {
        REQUIRE(seen.insert(email[i]).second);
        if (last[i] != "NULL") {
            std::string lower = QString::fromStdString(last[i]).toLower().toStdString();
            REQUIRE(email[i].find(lower) != std::string::npos);
        }
        if (city[i] != "NULL" && country[i] != "NULL")
            countriesOfCity[city[i]].insert(country[i]);
    }
    for (const auto& [c, countries] : countriesOfCity) {
        INFO(c);
        CHECK(countries.size() == 1);
    }
    CHECK(first.size() == email.size());
}
