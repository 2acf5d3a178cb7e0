// Real collections nobody here wrote: world-countries (npm) and Debian's iso-codes.
#include "support/evolve_support.h"

using namespace evolve_test;
using namespace ss::evolve;

namespace {

AnalysisResult analyzeFile(const std::string& source)
{
    EntitySources sources;
    sources.files.push_back(parseEntityFile(source));
    AnalysisResult result = analyze(sources, nullptr, {}, {});
    INFO(result.error);
    REQUIRE(result.ok());
    return result;
}

const ss::Column& column(const ss::Table& table, const char* name)
{
    INFO(name);
    REQUIRE(table.findColumn(name));
    return *table.findColumn(name);
}

}  // namespace

TEST_CASE("world-countries: nested names, lists as child tables, borders referring to cca3, maps kept as JSON", "[evolve][real]")
{
    const AnalysisResult result = analyzeFile(worldCountries().toStdString());
    CHECK(result.entities == 250);
    const Proposal* countries = findProposal(result, "proposal-table-countries");
    REQUIRE(countries);
    const ss::Table& t = countries->change.tables.front();
    CHECK(column(t, "name_common").type.isText());
    CHECK(column(t, "name_official").type.isText());
    CHECK(column(t, "area").type.kind == ss::TypeKind::Decimal);
    CHECK(column(t, "landlocked").type == ss::DataType::of(ss::TypeKind::Boolean));
    CHECK(column(t, "un_member").type == ss::DataType::of(ss::TypeKind::Boolean));
    CHECK(column(t, "ccn3").type.isText());  // "004": codes keep their zeros
    for (const char* map : {"translations", "currencies", "languages", "name_native"})
        CHECK(column(t, map).type == ss::DataType::of(ss::TypeKind::Json));
    REQUIRE(t.uniques.size() == 1);
    CHECK(t.uniques.front().columns == std::vector<std::string>{"cca3"});

    for (const char* child : {"proposal-table-country_borders", "proposal-table-country_tld", "proposal-table-country_capital",
                              "proposal-table-country_alt_spellings", "proposal-table-country_latlng"})
        CHECK(findProposal(result, child));
    const ss::Table& latlng = findProposal(result, "proposal-table-country_latlng")->change.tables.front();
    CHECK(column(latlng, "latlng").type.isNumeric());
    const Proposal* borders = findProposal(result, "proposal-relationship-country_borders-border");
    REQUIRE(borders);
    const QJsonObject relationship = borders->supportingData.value("relationship").toObject();
    CHECK(relationship.value("to_table").toString() == QStringLiteral("countries"));
    CHECK(relationship.value("to_columns").toArray()[0].toString() == QStringLiteral("cca3"));
    CHECK(relationship.value("resolved_share").toDouble() == Approx(1.0));
    CHECK(relationship.value("cardinality").toString() == QStringLiteral("many-to-one"));
}

TEST_CASE("Debian's iso-codes: ISO 3166-1 countries and ISO 4217 currencies as tables of codes", "[evolve][real]")
{
    const AnalysisResult countries = analyzeFile("country=/usr/share/iso-codes/json/iso_3166-1.json");
    CHECK(countries.entities >= 249);
    const Proposal* p = findProposal(countries, "proposal-table-countries");
    REQUIRE(p);
    const ss::Table& t = p->change.tables.front();
    CHECK(column(t, "alpha_2").type == ss::DataType::varchar(10));
    CHECK(column(t, "numeric").type.isText());  // "004"
    CHECK(column(t, "official_name").nullable);  // 173 of 249 countries have one
    CHECK_FALSE(t.findColumn("common_name"));     // 11 of 249
    CHECK(p->supportingData.value("coverage").toArray().size() == 7);

    const AnalysisResult currencies = analyzeFile("/usr/share/iso-codes/json/iso_4217.json");
    const Proposal* c = findProposal(currencies, "proposal-table-iso_4217");
    REQUIRE(c);
    CHECK(column(c->change.tables.front(), "alpha_3").type.isText());
}
