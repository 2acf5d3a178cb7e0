// Lists, references, co-occurrence, dates and the indexes they suggest, each at its thresholds.
#include "support/evolve_support.h"

#include "core/evolve/detection.h"

using namespace evolve_test;
using namespace ss::evolve;

TEST_CASE("arrays of scalars and of objects become child tables keyed by their parent and position", "[evolve][patterns]")
{
    const AnalysisResult result = analyzeRecords(records("meeting", 8, [](int i) {
        return QJsonObject{{"tags", QJsonArray{"a", "b"}},
                           {"items", QJsonArray{QJsonObject{{"what", QString("x%1").arg(i)}, {"minutes", 5}}}}};
    }));
    const Proposal* tags = findProposal(result, "proposal-table-meeting_tags");
    REQUIRE(tags);
    const ss::Table& t = tags->change.tables.front();
    CHECK(t.primaryKey == std::vector<std::string>{"meeting_id", "position"});
    CHECK(t.findColumn("tag"));
    CHECK(t.foreignKeys.front().refTable == "meetings");
    CHECK(tags->dependsOn == std::vector<std::string>{"proposal-table-meetings"});
    CHECK(tags->backfill.kind == BackfillRecipe::Kind::Elements);
    const Proposal* items = findProposal(result, "proposal-table-meeting_items");
    REQUIRE(items);
    CHECK(items->change.tables.front().findColumn("what"));
    CHECK(items->change.tables.front().findColumn("minutes")->type == ss::DataType::of(ss::TypeKind::Integer));
}

TEST_CASE("a reference needs the share of resolving values: 8 of 10 is one, 7 of 10 is not", "[evolve][patterns]")
{
    const QJsonArray companies = records("company", 10, [](int i) { return QJsonObject{{"name", QString("Co %1").arg(i)}}; });
    for (int resolving : {8, 7}) {
        INFO(resolving);
        const QJsonArray people = records("person", 10, [&](int i) {
            return QJsonObject{{"company", i < resolving ? QString("Co %1").arg(i) : QString("Other %1").arg(i)}};
        });
        const AnalysisResult result = analyzeRecords(companies + people);
        const Proposal* r = findProposal(result, "proposal-relationship-people-company");
        if (resolving == 8) {
            REQUIRE(r);
            CHECK(r->supportingData.value("resolvedShare").toDouble() == Approx(0.8));
            CHECK(r->supportingData.value("relationship").toObject().value("to_columns").toArray()[0].toString() == "name");
            CHECK(r->priority == Priority::Low);  // values that resolve to nothing: the key would be refused
            CHECK(r->supportingData.value("unresolvedExamples").toArray().size() == 2);
            const Proposal* companiesTable = findProposal(result, "proposal-table-companies");
            REQUIRE(companiesTable);
            CHECK(companiesTable->change.tables.front().uniques.size() == 1);
            CHECK(findProposal(result, "proposal-index-people-company"));
        } else {
            CHECK_FALSE(r);
        }
    }
}

TEST_CASE("integers refer to another type only when the names say so", "[evolve][patterns]")
{
    const QJsonArray customers = records("customer", 10, [](int i) { return QJsonObject{{"id", i + 1}}; });
    const QJsonArray orders = records("order", 10, [](int i) {
        return QJsonObject{{"customer_id", i % 5 + 1}, {"quantity", i % 5 + 1}};
    });
    const AnalysisResult result = analyzeRecords(customers + orders);
    CHECK(findProposal(result, "proposal-relationship-orders-customer_id"));
    CHECK_FALSE(findProposal(result, "proposal-relationship-orders-quantity"));
}

TEST_CASE("types mentioned together more than chance become an association, below the thresholds not", "[evolve][patterns]")
{
    QJsonArray data;
    // 20 documents: meetings in 0-9, tasks in 0-9 too (together), people in 10-19 only.
    for (int d = 0; d < 20; ++d) {
        const QString doc = QString::number(d);
        if (d < 10) {
            data.append(QJsonObject{{"kind", "meeting"}, {"doc", doc}, {"room", "A"}});
            data.append(QJsonObject{{"kind", "task"}, {"doc", doc}, {"title", "t"}});
        } else {
            data.append(QJsonObject{{"kind", "person"}, {"doc", doc}, {"email", "e"}});
        }
    }
    // The documents come with the entities of a table; here the profile is fed the same entities directly.
    CollectionProfile profile;
    for (const QJsonValue& v : data) {
        Entity e;
        e.type = v.toObject().value("kind").toString().toStdString();
        e.group = v.toObject().value("doc").toString().toStdString();
        addEntity(profile, std::move(e), v.toObject());
    }
    AnalysisOptions options;
    const ss::SchemaModel empty;
    std::vector<EntityLayout> layouts = layoutEntities(profile, options, empty, {});
    DetectionContext context{profile, options, empty, layouts, {}, "document"};
    Findings findings;
    detectCoOccurrence(context, findings);
    REQUIRE(findings.proposals.size() == 1);
    const Proposal& p = findings.proposals.front();
    CHECK(p.id == "proposal-table-meeting_task_associations");
    CHECK(p.supportingData.value("lift").toDouble() == Approx(2.0));
    CHECK(p.supportingData.value("support").toDouble() == Approx(0.5));
    CHECK(p.change.tables.front().primaryKey == std::vector<std::string>{"meeting_id", "task_id", "document"});

    options.minLift = 2.01;
    Findings none;
    DetectionContext strict{profile, options, empty, layouts, {}, "document"};
    detectCoOccurrence(strict, none);
    CHECK(none.proposals.empty());
}

TEST_CASE("dates most entities carry make a temporal pattern and an index on the column", "[evolve][patterns]")
{
    const AnalysisResult result = analyzeRecords(records("meeting", 10, [](int i) {
        QJsonObject o{{"room", "A"}};
        if (i < 9)
            o["date"] = QString("2024-03-%1T10:00:00").arg(i + 10);
        return o;
    }));
    const Pattern* temporal = findPattern(result, PatternKind::Temporal);
    REQUIRE(temporal);
    CHECK(temporal->evidence.value("eventLike").toBool());
    CHECK(temporal->evidence.value("column").toString() == QStringLiteral("date"));
    const Proposal* index = findProposal(result, "proposal-index-meetings-date");
    REQUIRE(index);
    CHECK(index->dependsOn == std::vector<std::string>{"proposal-table-meetings"});
    CHECK(index->impact.value("after").toArray().size() == 1);  // previewed after the table it needs
    CHECK(index->sqlPreview.find("CREATE INDEX") != std::string::npos);
}
