#include "core/diagram/dot_export.h"
#include "core/diagram/graphviz_layout.h"
#include "core/diagram/mermaid_export.h"
#include "core/diagram/svg_export.h"
#include "core/util/atomic_file.h"
#include "unit/diagram/diagram_test_support.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>

using namespace ss;

TEST_CASE("SVG export: well-formed XML with one group per table")
{
    SchemaModel model = testing::loadStarSchema();
    model.tables[0].columns[1].name = "a<b & \"c\"";  // text that must be escaped
    const ErGraph g = buildErGraph(model);
    const CardMetrics m = testing::plainMetrics(g);
    const LayoutResult r = layoutErGraph(g, m, LayoutEngine::Dot);
    REQUIRE(r.ok());
    const std::string svg = exportSvg(g, r.layout, m, DiagramPalette::dark(), DiagramFonts{});

    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    std::set<std::string> tables;
    int relationships = 0;
    bool sawEscapedText = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("g")) {
            const QString cls = xml.attributes().value(QLatin1String("class")).toString();
            if (cls.startsWith(QLatin1String("table ")))
                CHECK(tables.insert(xml.attributes().value(QLatin1String("data-table")).toString().toStdString()).second);
            if (cls == QLatin1String("relationship"))
                ++relationships;
        } else if (xml.name() == QLatin1String("text") && xml.readElementText() == QLatin1String("a<b & \"c\"")) {
            sawEscapedText = true;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(tables.size() == g.cards.size());
    for (const auto& card : g.cards)
        CHECK(tables.count(card.name) == 1);
    CHECK(relationships == static_cast<int>(g.edges.size()));
    CHECK(sawEscapedText);
}

TEST_CASE("Mermaid export: every entity and every relationship is named")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    const std::string mermaid = exportMermaid(g);
    CHECK(mermaid.rfind("erDiagram\n", 0) == 0);
    for (const auto& card : g.cards)
        CHECK_THAT(mermaid, Catch::Contains("    " + card.name + " {\n"));
    for (const auto& e : g.edges)
        CHECK_THAT(mermaid, Catch::Contains(": \"" + e.name + "\"\n"));
    // Cardinalities: payments to company is zero-or-many to exactly one over a non-identifying key; the
    // note's unique loan key is zero-or-one; the part of the fact's key is identifying.
    CHECK_THAT(mermaid, Catch::Contains("fact_loan_payments }o..|| dim_company"));
    CHECK_THAT(mermaid, Catch::Contains("fact_loan_payments }o--|| dim_loan"));
    CHECK_THAT(mermaid, Catch::Contains("review_note |o..|| dim_loan"));
    CHECK_THAT(mermaid, Catch::Contains("review_note }o..o| review_note"));
    CHECK_THAT(mermaid, Catch::Contains("INTEGER loan_key PK, FK"));
    CHECK_THAT(mermaid, Catch::Contains("DECIMAL interest_rate \"DECIMAL(6,4), nullable\""));
    CHECK(mermaidName("order lines!") == "order_lines_");
}

TEST_CASE("DOT export: the real dot tool lays it out again")
{
    SchemaModel model = testing::loadStarSchema();
    model.tables[0].columns[2].name = "<weird & name>";
    const ErGraph g = buildErGraph(model);
    const auto engine = GENERATE(LayoutEngine::Dot, LayoutEngine::Neato);
    const std::string dot = exportDot(g, engine, DiagramPalette::light(), DiagramFonts{});
    for (std::size_t i = 0; i < g.cards.size(); ++i)
        CHECK_THAT(dot, Catch::Contains("  n" + std::to_string(i) + " [label=<"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("star.dot"));
    REQUIRE(writeFileAtomically(file.toStdString(), dot).empty());
    QProcess process;
    process.start(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), file});
    REQUIRE(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    INFO(err.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(err.isEmpty());  // no syntax errors, no unknown ports
    const QByteArray svg = process.readAllStandardOutput();
    CHECK(svg.contains("<svg"));
    CHECK(svg.contains("dim_company"));
    CHECK(svg.contains("&lt;weird &amp; name&gt;"));
}
