#pragma once

#include "core/diagram/diagram_format.h"
#include "core/diagram/graphviz_layout.h"

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

}  // namespace ss::ui
