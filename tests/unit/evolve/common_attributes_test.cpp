// Common attributes: the threshold's edges, nested objects, maps kept as JSON, too few entities.
#include "support/evolve_support.h"

using namespace evolve_test;
using namespace ss::evolve;

namespace {

const ss::Table& tableOf(const AnalysisResult& result, const std::string& id)
{
    const Proposal* p = findProposal(result, id);
    INFO(id);
    REQUIRE(p);
    REQUIRE(p->change.tables.size() == 1);
    return p->change.tables.front();
}

}  // namespace

TEST_CASE("an attribute in exactly the threshold's share is common, one entity fewer is not", "[evolve][patterns]")
{
    // 10 people: email in 5 (50%), phone in 4 (40%), role in all.
    const QJsonArray people = records("person", 10, [](int i) {
        QJsonObject o{{"role", i % 2 ? "CFO" : "Owner"}};
        if (i < 5)
            o["email"] = QString("p%1@example.org").arg(i);
        if (i < 4)
            o["phone"] = QString("555-%1").arg(i);
        return o;
    });
    const AnalysisResult result = analyzeRecords(people);
    const ss::Table& table = tableOf(result, "proposal-table-people");
    CHECK(table.findColumn("email"));
    CHECK(table.findColumn("email")->nullable);
    CHECK_FALSE(table.findColumn("phone"));
    CHECK_FALSE(table.findColumn("role")->nullable);
    CHECK(table.findColumn("person_id"));  // no id of their own: the position among the people

    AnalysisOptions lower;
    lower.minCoverage = 0.4;
    CHECK(tableOf(analyzeRecords(people, lower), "proposal-table-people").findColumn("phone"));
}

TEST_CASE("a type needs the minimum number of entities to be proposed", "[evolve][patterns]")
{
    const auto make = [](int i) { return QJsonObject{{"title", QString("t%1").arg(i)}}; };
    CHECK(findProposal(analyzeRecords(records("task", 3, make)), "proposal-table-tasks"));
    CHECK_FALSE(findProposal(analyzeRecords(records("task", 2, make)), "proposal-table-tasks"));
}

TEST_CASE("nested objects become columns named by their path, objects keyed by data stay JSON", "[evolve][patterns]")
{
    const QJsonArray countries = records("country", 30, [](int i) {
        QJsonObject translations;
        for (int k = 0; k < 25; ++k)
            translations[QString("l%1").arg(k)] = QJsonObject{{"common", QString("c%1").arg(i)}};
        return QJsonObject{{"name", QJsonObject{{"common", QString("Land %1").arg(i)}, {"official", QString("Republic %1").arg(i)}}},
                           {"translations", translations}};
    });
    const AnalysisResult result = analyzeRecords(countries);
    const ss::Table& table = tableOf(result, "proposal-table-countries");
    CHECK(table.findColumn("name_common"));
    CHECK(table.findColumn("name_official"));
    CHECK_FALSE(table.findColumn("name"));
    REQUIRE(table.findColumn("translations"));
    CHECK(table.findColumn("translations")->type == ss::DataType::of(ss::TypeKind::Json));
    CHECK_FALSE(table.findColumn("translations_l0_common"));
    const Proposal* p = findProposal(result, "proposal-table-countries");
    CHECK(p->backfill.kind == BackfillRecipe::Kind::Rows);
    CHECK(std::find(p->backfill.columns.begin(), p->backfill.columns.end(),
                    std::pair<std::string, std::string>{"name_common", "name.common"}) != p->backfill.columns.end());
}

TEST_CASE("a unique id attribute is the table's key", "[evolve][patterns]")
{
    const AnalysisResult result = analyzeRecords(records("order", 5, [](int i) {
        return QJsonObject{{"id", 100 + i}, {"total", 10.5 * i}};
    }));
    const ss::Table& table = tableOf(result, "proposal-table-orders");
    CHECK(table.primaryKey == std::vector<std::string>{"id"});
    CHECK(table.findColumn("id")->type == ss::DataType::of(ss::TypeKind::Integer));
}

TEST_CASE("type conflicts lower the confidence and are listed with examples", "[evolve][patterns]")
{
    const AnalysisResult result = analyzeRecords(records("task", 10, [](int i) {
        return QJsonObject{{"estimate", i == 3 ? QJsonValue("TBD") : QJsonValue(i)}};
    }));
    const Proposal* p = findProposal(result, "proposal-table-tasks");
    REQUIRE(p);
    CHECK(p->confidence < 1.0);
    const QJsonArray conflicts = p->supportingData.value("conflicts").toArray();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].toObject().value("attribute").toString() == QStringLiteral("estimate"));
    CHECK(p->rationale.find("several types") != std::string::npos);
}

TEST_CASE("analysing the same data twice gives the same ids, SQL and order", "[evolve][patterns]")
{
    const QJsonArray data = records("person", 6, [](int i) { return QJsonObject{{"email", QString("e%1").arg(i)}}; });
    const AnalysisResult a = analyzeRecords(data);
    const AnalysisResult b = analyzeRecords(data);
    REQUIRE(a.proposals.size() == b.proposals.size());
    for (std::size_t i = 0; i < a.proposals.size(); ++i) {
        CHECK(a.proposals[i].id == b.proposals[i].id);
        CHECK(a.proposals[i].sqlPreview == b.proposals[i].sqlPreview);
    }
    CHECK(a.proposals.front().sqlPreview.find("CREATE TABLE \"people\"") != std::string::npos);
}
