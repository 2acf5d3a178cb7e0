#include "core/diagram/diagram_pipeline.h"
#include "core/diagram/graphviz_layout.h"
#include "core/diagram/manual_positions.h"
#include "core/util/atomic_file.h"
#include "unit/diagram/diagram_test_support.h"
#include "support/synthetic_schema.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>
#include <thread>

using namespace ss;

namespace {

constexpr double kTolerance = 1.5;  // Graphviz rounds node centres to whole points

void checkNoOverlap(const DiagramLayout& layout)
{
    for (std::size_t i = 0; i < layout.cards.size(); ++i)
        for (std::size_t j = i + 1; j < layout.cards.size(); ++j) {
            INFO("cards " << i << " and " << j);
            CHECK_FALSE(layout.cards[i].intersects(layout.cards[j]));
        }
}

bool endsAtRow(PointF p, const RectF& card, const CardMetrics& m, int row)
{
    const double top = card.y + m.rowTop(row);
    const bool onSide = std::abs(p.x - card.x) <= kTolerance || std::abs(p.x - card.right()) <= kTolerance;
    return onSide && p.y >= top - kTolerance && p.y <= top + m.rowHeight + kTolerance;
}

void checkEdgesEndAtRows(const ErGraph& g, const DiagramLayout& layout, const CardMetrics& m)
{
    REQUIRE(layout.edges.size() == g.edges.size());
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const ErEdge& e = g.edges[i];
        const EdgePath& path = layout.edges[i];
        INFO("edge " << e.name);
        REQUIRE(path.points.size() >= 4);
        CHECK((path.points.size() - 1) % 3 == 0);
        CHECK(endsAtRow(path.start(), layout.cards[static_cast<std::size_t>(e.fromCard)], m, e.fromRow));
        CHECK(endsAtRow(path.end(), layout.cards[static_cast<std::size_t>(e.toCard)], m, e.toRow));
    }
}

void checkCardSizes(const ErGraph& g, const DiagramLayout& layout, const CardMetrics& m)
{
    REQUIRE(layout.cards.size() == g.cards.size());
    for (std::size_t i = 0; i < g.cards.size(); ++i) {
        CHECK(layout.cards[i].width == Approx(m.widths[i]));
        CHECK(layout.cards[i].height == Approx(m.cardHeight(g.cards[i])));
    }
}

}  // namespace

TEST_CASE("Layout: cards keep their measured size, never overlap, edges end at their rows")
{
    const auto engine = GENERATE(LayoutEngine::Dot, LayoutEngine::Neato, LayoutEngine::Fdp);
    INFO("engine " << toString(engine));
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    const CardMetrics m = testing::plainMetrics(g);
    const LayoutResult r = layoutErGraph(g, m, engine);
    REQUIRE(r.ok());
    checkCardSizes(g, r.layout, m);
    checkNoOverlap(r.layout);
    checkEdgesEndAtRows(g, r.layout, m);
    CHECK(r.layout.bounds.x >= -kTolerance);
    CHECK(r.layout.bounds.y >= -kTolerance);
}

TEST_CASE("Layout: dot lays a 60-table schema out left to right, facts before the dimensions they use")
{
    const ErGraph g = buildErGraph(testing::makeSyntheticSchema(60));
    const CardMetrics m = testing::plainMetrics(g);
    const LayoutResult r = layoutErGraph(g, m, LayoutEngine::Dot);
    REQUIRE(r.ok());
    checkNoOverlap(r.layout);
    checkEdgesEndAtRows(g, r.layout, m);
    for (const auto& e : g.edges)
        if (g.cards[static_cast<std::size_t>(e.fromCard)].kind == TableKind::Fact)
            CHECK(r.layout.cards[static_cast<std::size_t>(e.fromCard)].x < r.layout.cards[static_cast<std::size_t>(e.toCard)].x);
}

TEST_CASE("Layout: metrics that do not match the graph are an error, an empty graph is an empty layout")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    CardMetrics m = testing::plainMetrics(g);
    m.widths.pop_back();
    const LayoutResult bad = layoutErGraph(g, m, LayoutEngine::Dot);
    CHECK_FALSE(bad.ok());
    CHECK_THAT(bad.error, Catch::Contains("6 widths for 7 tables"));
    const LayoutResult empty = layoutErGraph(ErGraph{}, CardMetrics{}, LayoutEngine::Dot);
    CHECK(empty.ok());
    CHECK(empty.layout.cards.empty());
}

TEST_CASE("Layout: layouts on several threads at once all succeed")
{
    const ErGraph g = buildErGraph(testing::makeSyntheticSchema(40));
    const CardMetrics m = testing::plainMetrics(g);
    const LayoutResult reference = layoutErGraph(g, m, LayoutEngine::Dot);
    std::vector<LayoutResult> results(4);
    std::vector<std::thread> threads;
    for (auto& result : results)
        threads.emplace_back([&] { result = layoutErGraph(g, m, LayoutEngine::Dot); });
    for (auto& t : threads)
        t.join();
    for (const auto& result : results) {
        REQUIRE(result.ok());
        REQUIRE(result.layout.cards.size() == reference.layout.cards.size());
        for (std::size_t i = 0; i < result.layout.cards.size(); ++i)
            CHECK(result.layout.cards[i].x == reference.layout.cards[i].x);
    }
}

TEST_CASE("Manual positions: pinned cards stay where they were dropped, the others make room")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    const CardMetrics m = testing::plainMetrics(g);
    const LayoutResult plain = layoutErGraph(g, m, LayoutEngine::Dot);
    REQUIRE(plain.ok());

    // Drop dim_officer right on top of dim_company.
    const RectF company = plain.layout.cards[static_cast<std::size_t>(g.cardIndex("dim_company"))];
    ManualPositions pins;
    pins.tables["dim_officer"] = {company.x + 10, company.y + 5};
    const LayoutResult pinned = layoutDiagram(g, m, LayoutEngine::Dot, pins);
    REQUIRE(pinned.ok());
    const RectF officer = pinned.layout.cards[static_cast<std::size_t>(g.cardIndex("dim_officer"))];
    CHECK(officer.x == company.x + 10);
    CHECK(officer.y == company.y + 5);
    checkNoOverlap(pinned.layout);
    checkEdgesEndAtRows(g, pinned.layout, m);
    // A card nothing pushed keeps Graphviz's place and its edges keep Graphviz's splines.
    const std::size_t payments = static_cast<std::size_t>(g.cardIndex("fact_loan_payments"));
    CHECK(pinned.layout.cards[payments].x == plain.layout.cards[payments].x);
    CHECK(pinned.layout.cards[payments].y == plain.layout.cards[payments].y);
}

TEST_CASE("Manual positions: a table added later is placed without moving the pinned ones")
{
    SchemaModel model = testing::loadStarSchema();
    const ErGraph before = buildErGraph(model);
    const LayoutResult first = layoutErGraph(before, testing::plainMetrics(before), LayoutEngine::Dot);
    ManualPositions pins;
    for (std::size_t i = 0; i < before.cards.size(); ++i)
        pins.tables[before.cards[i].name] = {first.layout.cards[i].x, first.layout.cards[i].y};

    Table added = *model.findTable("review_note");
    added.name = "loan_attachment";
    added.foreignKeys.pop_back();
    model.tables.push_back(added);
    const ErGraph after = buildErGraph(model);
    const CardMetrics m = testing::plainMetrics(after);
    const LayoutResult second = layoutDiagram(after, m, LayoutEngine::Dot, pins);
    REQUIRE(second.ok());
    for (std::size_t i = 0; i < before.cards.size(); ++i) {
        CHECK(second.layout.cards[i].x == first.layout.cards[i].x);
        CHECK(second.layout.cards[i].y == first.layout.cards[i].y);
    }
    checkNoOverlap(second.layout);
    checkEdgesEndAtRows(after, second.layout, m);
}

TEST_CASE("Manual positions: the layout file round-trips and bad files are reported")
{
    QTemporaryDir dir;
    const std::string spec = dir.filePath("star.yml").toStdString();
    const std::string file = layoutFilePath(spec);
    CHECK(file == spec + ".layout.json");

    ManualPositions read;
    CHECK(readManualPositions(file, read).empty());  // no file yet: nothing dragged
    CHECK(read.empty());

    ManualPositions written;
    written.tables["dim_date"] = {120, -40};
    written.tables["fact_loan_payments"] = {0, 300};
    REQUIRE(writeManualPositions(file, written).empty());
    REQUIRE(readManualPositions(file, read).empty());
    CHECK(read.tables == written.tables);

    REQUIRE(writeFileAtomically(file, "{not json").empty());
    const std::string error = readManualPositions(file, read);
    CHECK_THAT(error, Catch::Contains(file) && Catch::Contains("not valid JSON"));
    REQUIRE(writeFileAtomically(file, R"({"tables": {"dim_date": {"x": "left"}}})").empty());
    CHECK_THAT(readManualPositions(file, read), Catch::Contains("dim_date"));
}
