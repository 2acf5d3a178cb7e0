#pragma once

#include "core/diagram/diagram_format.h"
#include "core/diagram/diagram_style.h"
#include "core/diagram/graphviz_layout.h"
#include "core/diagram/manual_positions.h"

#include <QImage>
#include <QString>

namespace ss::ui {

class DiagramScene;

// Writes the diagram the scene holds (dragged positions included) to `path`, atomically: SVG from the same
// geometry and palette, PNG and PDF rendered from the scene itself, DOT and Mermaid from the graph.
// Returns an empty string on success, else a message naming the file.
QString exportDiagram(DiagramScene& scene, DiagramFormat format, const QString& path, LayoutEngine engine);

// The scene drawn into an image at `scale` pixels per unit, reduced as needed to stay within what an image
// (and a PNG viewer) can hold. Selection and search marks are left out.
QImage renderDiagramImage(DiagramScene& scene, qreal scale);

// Everything `dbx diagram` does after reading the spec, synchronously: measure, lay out, apply dragged
// positions, build the scene and write the file. DOT and Mermaid need no layout and no GUI application;
// the other formats need a QApplication (the offscreen platform is enough).
struct DiagramFileRequest {
    ErGraph graph;
    LayoutEngine engine = LayoutEngine::Dot;
    ManualPositions positions;
    DiagramPalette palette = DiagramPalette::light();
    DiagramFormat format = DiagramFormat::Svg;
    QString path;
};
QString writeDiagramFile(const DiagramFileRequest& request);

}  // namespace ss::ui
