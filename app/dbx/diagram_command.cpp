#include "app/dbx/cli_args.h"
#include "app/dbx/database_input.h"
#include "app/dbx/commands.h"
#include "app/dbx/spec_input.h"

#include "core/diagram/er_graph.h"
#include "core/spec/spec_check.h"
#include "ui/diagram/diagram_export.h"

#include <QApplication>

#include <charconv>
#include <iostream>
#include <memory>

namespace dbx {

namespace {

const char* kDiagramUsage =
    "Usage: dbx diagram (FILE | --db URL) --out FILE [--format svg|png|pdf|dot|mermaid]\n"
    "                   [--focus TABLE [--depth N]] [--engine dot|neato|fdp] [--theme light|dark]";

void printHelp()
{
    std::cout << kDiagramUsage << "\n\nDraw the ER diagram of a spec: one card per table, one edge per foreign key.\n"
                 "  --out FILE      where to write the diagram (written atomically)\n"
                 "  --format F      svg, png, pdf, dot or mermaid; default: from the --out extension\n"
                 "                  (.svg .png .pdf .dot/.gv .mmd)\n"
                 "  --focus TABLE   only TABLE and its neighbours\n"
                 "  --depth N       with --focus: how many foreign keys away neighbours may be (default 1)\n"
                 "  --engine E      Graphviz layout: dot (layered, left to right; default), neato, fdp\n"
                 "  --theme T       light (default) or dark colours\n"
                 "  --db URL        diagram a live database (URL or an environment of --project DIR's dbx.yml)\n"
                 "Tables dragged in the GUI keep their place: positions are read from FILE.layout.json.\n"
                 "Exit: 0 written, 1 the spec has errors, 2 usage error or unreadable input.\n";
}

// A QApplication on the offscreen platform: text is measured and drawn with real fonts, no display needed.
std::unique_ptr<QApplication> offscreenApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "dbx";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

}  // namespace

int runDiagram(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "format", "out", "focus", "depth", "engine", "theme"}, {"help", "no-cache"},
                    error))
        return usageError("diagram", error, kDiagramUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    const bool live = args.has("db");
    if (live ? !args.positionals().empty() : args.positionals().size() != 1)
        return usageError("diagram", live ? "give either a spec FILE or --db, not both" : "expected exactly one spec FILE",
                          kDiagramUsage);
    const std::string out = args.value("out");
    if (out.empty())
        return usageError("diagram", "--out FILE is required", kDiagramUsage);

    ss::ui::DiagramFileRequest request;
    request.path = QString::fromStdString(out);
    const auto format = args.has("format") ? ss::parseDiagramFormat(args.value("format")) : ss::diagramFormatFromPath(out);
    if (!format)
        return usageError("diagram", args.has("format") ? "unknown --format '" + args.value("format") + "'"
                                                        : "cannot tell the format from '" + out + "'; pass --format",
                          kDiagramUsage);
    request.format = *format;
    const auto engine = ss::parseLayoutEngine(args.value("engine", "dot"));
    if (!engine)
        return usageError("diagram", "unknown --engine '" + args.value("engine") + "' (dot, neato or fdp)", kDiagramUsage);
    request.engine = *engine;
    const std::string theme = args.value("theme", "light");
    if (theme != "light" && theme != "dark")
        return usageError("diagram", "unknown --theme '" + theme + "' (light or dark)", kDiagramUsage);
    request.palette = theme == "dark" ? ss::DiagramPalette::dark() : ss::DiagramPalette::light();
    int depth = 1;
    const std::string depthText = args.value("depth", "1");
    const auto parsed = std::from_chars(depthText.data(), depthText.data() + depthText.size(), depth);
    if (parsed.ec != std::errc() || parsed.ptr != depthText.data() + depthText.size() || depth < 0)
        return usageError("diagram", "--depth needs a whole number of at least 0", kDiagramUsage);
    if (args.has("depth") && !args.has("focus"))
        return usageError("diagram", "--depth only applies with --focus TABLE", kDiagramUsage);

    // A live database is drawn as inspected; a spec file must load without errors first.
    std::string source;
    ss::SchemaModel model;
    if (live) {
        InspectedDatabase inspected;
        if (const int code = inspectDatabaseArg("diagram", args, kDiagramUsage, {}, inspected); code >= 0)
            return code;
        source = inspected.display;
        model = std::move(inspected.result.model);
    } else {
        source = args.positionals()[0];
        ss::LoadResult loaded = ss::checkSpecFile(source);
        printDiagnostics(source, loaded.diagnostics, std::cerr);
        if (hasReadProblem(loaded.diagnostics))
            return kUsage;
        if (!loaded.ok()) {
            std::cerr << "dbx diagram: " << source << " has errors; fix them before drawing it\n";
            return kFindings;
        }
        model = std::move(loaded.model);
    }

    request.graph = ss::buildErGraph(model);
    if (args.has("focus")) {
        const std::string table = args.value("focus");
        request.graph = ss::focusErGraph(request.graph, table, depth);
        if (request.graph.cards.empty())
            return usageError("diagram", "--focus: no table named '" + table + "' in " + source, kDiagramUsage);
    } else if (const std::string positionsError =
                   live ? std::string() : ss::readManualPositions(ss::layoutFilePath(source), request.positions);
               !positionsError.empty()) {
        std::cerr << "dbx diagram: " << positionsError << "\n";
        return kUsage;
    }

    std::unique_ptr<QApplication> app;
    if (request.format != ss::DiagramFormat::Dot && request.format != ss::DiagramFormat::Mermaid)
        app = offscreenApplication();
    const QString writeError = ss::ui::writeDiagramFile(request);
    if (!writeError.isEmpty()) {
        std::cerr << "dbx diagram: " << writeError.toStdString() << "\n";
        return kUsage;
    }
    std::cout << out << ": " << ss::toString(request.format) << " diagram of " << request.graph.cards.size()
              << " tables and " << request.graph.edges.size() << " relationships\n";
    return kOk;
}

}  // namespace dbx
