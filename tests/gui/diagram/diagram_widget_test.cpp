#include "core/diagram/manual_positions.h"
#include "core/spec/yaml_loader.h"
#include "ui/diagram/card_item.h"
#include "ui/diagram/diagram_export.h"
#include "ui/diagram/diagram_scene.h"
#include "ui/diagram/diagram_view.h"
#include "ui/diagram/diagram_widget.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>
#include <numeric>
#include <memory>

using namespace ss;
using namespace ss::ui;

namespace {

const QString kStar = QStringLiteral(SS_SOURCE_DIR "/tests/data/star_schema.yml");

std::shared_ptr<const SchemaModel> starModel()
{
    LoadResult loaded = loadSchemaFile(kStar.toStdString());
    REQUIRE(loaded.ok());
    return std::make_shared<const SchemaModel>(std::move(loaded.model));
}

// A diagram widget on screen (offscreen platform) showing the star schema, its spec copied into `dir`.
struct ShownDiagram {
    QTemporaryDir dir;
    QString spec = dir.filePath(QStringLiteral("star.yml"));
    DiagramWidget widget;

    ShownDiagram()
    {
        REQUIRE(QFile::copy(kStar, spec));
        widget.resize(1280, 860);
        widget.show();
        show(starModel());
    }
    void show(std::shared_ptr<const SchemaModel> model)
    {
        QSignalSpy applied(&widget, &DiagramWidget::layoutApplied);
        widget.setModel(std::move(model), spec);
        waitForLayout(applied);
    }
    void waitForLayout(QSignalSpy& applied)
    {
        while (applied.isEmpty())
            REQUIRE(applied.wait(60000));
        REQUIRE_FALSE(widget.isBusy());
    }
    QPoint viewportPointOf(const QString& table, QPointF offset)
    {
        CardItem* card = widget.scene()->findCard(table);
        REQUIRE(card);
        return widget.view()->mapFromScene(card->scenePos() + offset);
    }
};

void sendMouse(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                      buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

int countPixels(const QImage& image, QColor colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++count;
    return count;
}

}  // namespace

TEST_CASE("Diagram widget: the star schema is laid out off the UI thread and drawn offscreen")
{
    ShownDiagram d;
    DiagramScene* scene = d.widget.scene();
    CHECK(scene->graph().cards.size() == 7);
    CHECK(scene->graph().edges.size() == 8);
    CHECK(d.widget.statusText().contains(QStringLiteral("7 tables")));

    const QImage image = renderDiagramImage(*scene, 1.0);
    REQUIRE_FALSE(image.isNull());
    const DiagramPalette palette = scene->diagramPalette();
    CHECK(countPixels(image, toQColor(palette.dimensionHeader)) > 500);
    CHECK(countPixels(image, toQColor(palette.factHeader)) > 200);
    CHECK(countPixels(image, toQColor(palette.tableHeader)) > 100);

    // The window itself paints too (view, legend, overview).
    const QImage window = d.widget.grab().toImage();
    CHECK(countPixels(window, toQColor(palette.dimensionHeader)) > 50);
}

TEST_CASE("Diagram widget: search centres and marks a table, the editor is told")
{
    ShownDiagram d;
    QSignalSpy activated(&d.widget, &DiagramWidget::tableActivated);
    CHECK(d.widget.search(QStringLiteral("OFFICER")));
    CardItem* officer = d.widget.scene()->findCard(QStringLiteral("dim_officer"));
    CHECK(officer->isHighlighted());
    CHECK(officer->isSelected());
    const QRectF visible = d.widget.view()->mapToScene(d.widget.view()->viewport()->rect()).boundingRect();
    CHECK(visible.contains(officer->sceneBoundingRect()));
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toString() == QStringLiteral("dim_officer"));

    CHECK_FALSE(d.widget.search(QStringLiteral("no such table")));
    CHECK(d.widget.statusText().contains(QStringLiteral("No table matches")));
}

TEST_CASE("Diagram widget: selecting from outside does not echo back, clicking a card does")
{
    ShownDiagram d;
    QSignalSpy activated(&d.widget, &DiagramWidget::tableActivated);
    d.widget.selectTable(QStringLiteral("dim_loan"));
    CHECK(d.widget.scene()->findCard(QStringLiteral("dim_loan"))->isSelected());
    CHECK(activated.isEmpty());

    d.widget.selectTable(QStringLiteral("dim_date"));
    const QPoint p = d.viewportPointOf(QStringLiteral("dim_date"), QPointF(30, 10));
    QWidget* viewport = d.widget.view()->viewport();
    d.widget.selectTable(QStringLiteral("dim_company"));
    sendMouse(viewport, QEvent::MouseButtonPress, p, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, p, Qt::NoButton);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toString() == QStringLiteral("dim_date"));
}

TEST_CASE("Diagram widget: focus mode shows a table and its neighbours")
{
    ShownDiagram d;
    QSignalSpy applied(&d.widget, &DiagramWidget::layoutApplied);
    d.widget.setFocusTable(QStringLiteral("dim_officer"), 2);
    d.waitForLayout(applied);
    CHECK(d.widget.scene()->graph().cards.size() == 4);
    CHECK(d.widget.scene()->findCard(QStringLiteral("dim_officer"))->isHighlighted());

    applied.clear();
    d.widget.setFocusTable({}, 1);
    d.waitForLayout(applied);
    CHECK(d.widget.scene()->graph().cards.size() == 7);
}

TEST_CASE("Diagram widget: a dragged table keeps its place in the layout file, its edges follow")
{
    ShownDiagram d;
    d.widget.view()->resetZoom();
    d.widget.selectTable(QStringLiteral("dim_officer"));
    QWidget* viewport = d.widget.view()->viewport();
    const QPoint from = d.viewportPointOf(QStringLiteral("dim_officer"), QPointF(40, 10));
    const QPoint to = from + QPoint(-60, 90);
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 6; ++step)
        sendMouse(viewport, QEvent::MouseMove, from + (to - from) * step / 6, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::NoButton);

    DiagramScene* scene = d.widget.scene();
    const int officer = scene->graph().cardIndex("dim_officer");
    const RectF moved = scene->currentLayout().cards[static_cast<std::size_t>(officer)];
    ManualPositions saved;
    REQUIRE(readManualPositions(layoutFilePath(d.spec.toStdString()), saved).empty());
    REQUIRE(saved.tables.count("dim_officer") == 1);
    CHECK(saved.tables["dim_officer"].x == Approx(std::round(moved.x)));
    CHECK(saved.tables["dim_officer"].y == Approx(std::round(moved.y)));

    for (std::size_t i = 0; i < scene->graph().edges.size(); ++i) {
        const ErEdge& e = scene->graph().edges[i];
        if (e.toCard != officer)
            continue;
        const PointF end = scene->currentLayout().edges[i].end();
        CHECK((std::abs(end.x - moved.x) < 0.01 || std::abs(end.x - moved.right()) < 0.01));
        CHECK(end.y == Approx(moved.y + scene->metrics().rowCentre(e.toRow)));
    }

    // Opening the spec again puts the table where it was dropped.
    DiagramWidget again;
    QSignalSpy applied(&again, &DiagramWidget::layoutApplied);
    again.setModel(starModel(), d.spec);
    while (applied.isEmpty())
        REQUIRE(applied.wait(60000));
    const RectF restored = again.scene()->currentLayout().cards[static_cast<std::size_t>(officer)];
    CHECK(restored.x == Approx(std::round(moved.x)));
    CHECK(restored.y == Approx(std::round(moved.y)));
}

TEST_CASE("Diagram widget: exports every format from the scene on screen")
{
    ShownDiagram d;
    for (auto format : {DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf, DiagramFormat::Dot, DiagramFormat::Mermaid}) {
        const QString path = d.dir.filePath(QStringLiteral("out.") + QString::fromLatin1(toString(format)));
        d.widget.exportTo(format, path);
        INFO(d.widget.statusText().toStdString());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.size() > 500);
    }
    const QImage png(d.dir.filePath(QStringLiteral("out.png")));
    REQUIRE_FALSE(png.isNull());
    CHECK(png.width() >= static_cast<int>(d.widget.scene()->diagramRect().width()));
}

TEST_CASE("Diagram widget: dark palette follows the application palette")
{
    ShownDiagram d;
    QPalette dark = d.widget.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    d.widget.setPalette(dark);
    CHECK(d.widget.scene()->diagramPalette().background == DiagramPalette::dark().background);
    CHECK(d.widget.scene()->backgroundBrush().color() == toQColor(DiagramPalette::dark().background));
}

TEST_CASE("Diagram widget: the bundled demo schema renders offscreen with every table and relationship")
{
    LoadResult loaded = loadSchemaFile(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    REQUIRE(loaded.ok());
    const std::size_t fks = std::accumulate(loaded.model.tables.begin(), loaded.model.tables.end(), std::size_t{0},
                                            [](std::size_t n, const Table& t) { return n + t.foreignKeys.size(); });
    DiagramWidget widget;
    widget.resize(1280, 860);
    widget.show();
    QSignalSpy applied(&widget, &DiagramWidget::layoutApplied);
    widget.setModel(std::make_shared<const SchemaModel>(loaded.model), {});
    while (applied.isEmpty())
        REQUIRE(applied.wait(60000));
    CHECK(widget.scene()->graph().cards.size() == loaded.model.tables.size());
    CHECK(widget.scene()->graph().edges.size() == fks);
    const QImage image = renderDiagramImage(*widget.scene(), 1.0);
    REQUIRE_FALSE(image.isNull());
    CHECK(countPixels(image, toQColor(widget.scene()->diagramPalette().factHeader)) > 500);
}
