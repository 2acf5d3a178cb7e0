// ER diagram: graph build + Graphviz layout + scene population for a generated 500-table schema (and the
// 2,000-table figure), beside `dot -Tsvg` of the DOT file we export for the same graph, in the same run.

#include "core/diagram/diagram_pipeline.h"
#include "core/diagram/dot_export.h"
#include "core/spec/yaml_loader.h"
#include "core/util/atomic_file.h"
#include "support/spec_generator.h"
#include "ui/diagram/card_fonts.h"
#include "ui/diagram/diagram_scene.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Figures {
    std::size_t tables = 0;
    std::size_t edges = 0;
    double ours = 0;  // build + measure + layout + scene
    double dot = 0;
};

Figures measure(int tables, int runs, const QTemporaryDir& dir)
{
    bench::GeneratedSpecShape shape;
    shape.tables = tables;
    shape.columnsPerTable = 10;
    shape.foreignKeysPerTable = 2;
    const ss::LoadResult loaded = ss::loadSchemaYaml(bench::generateSpec(shape));
    if (!loaded.ok()) {
        std::fprintf(stderr, "generated spec does not load\n");
        std::exit(1);
    }
    Figures f;
    ss::ErGraph shown;
    f.ours = bench::medianSeconds(runs, [&] {
        ss::ErGraph graph = ss::buildErGraph(loaded.model);
        ss::CardMetrics metrics = ss::ui::measureCards(graph, ss::DiagramFonts{});
        const ss::LayoutResult laid = ss::layoutDiagram(graph, metrics, ss::LayoutEngine::Dot, {});
        if (!laid.ok()) {
            std::fprintf(stderr, "layout failed: %s\n", laid.error.c_str());
            std::exit(1);
        }
        ss::ui::DiagramScene scene;
        scene.setDiagram(graph, laid.layout, std::move(metrics), ss::DiagramFonts{});
        shown = std::move(graph);
    });
    f.tables = shown.cards.size();
    f.edges = shown.edges.size();

    const QString file = dir.filePath(QStringLiteral("er_%1.dot").arg(tables));
    const std::string dot = ss::exportDot(shown, ss::LayoutEngine::Dot, ss::DiagramPalette::light(), ss::DiagramFonts{});
    if (const std::string error = ss::writeFileAtomically(file.toStdString(), dot); !error.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        std::exit(1);
    }
    f.dot = bench::medianSeconds(runs, [&] {
        QProcess process;
        process.start(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), file, QStringLiteral("-o"), QStringLiteral("/dev/null")});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            std::fprintf(stderr, "dot failed: %s\n", process.readAllStandardError().constData());
            std::exit(1);
        }
    });
    return f;
}

void report(const Figures& f)
{
    std::printf("%zu tables, %zu foreign keys: ours %.3f s, dot -Tsvg %.3f s, ratio %.2fx\n", f.tables, f.edges, f.ours,
                f.dot, f.ours / f.dot);
}

}  // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    report(measure(500, 5, dir));
    report(measure(2000, 1, dir));
    return 0;
}
