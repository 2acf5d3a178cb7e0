#include "ui/diagram/diagram_export.h"

#include "core/diagram/diagram_pipeline.h"
#include "core/diagram/dot_export.h"
#include "core/diagram/mermaid_export.h"
#include "core/diagram/svg_export.h"
#include "core/util/atomic_file.h"
#include "ui/diagram/card_fonts.h"
#include "ui/diagram/card_item.h"
#include "ui/diagram/diagram_scene.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace ss::ui {

namespace {

constexpr double kMaxImageSide = 32000;        // PNG viewers and QImage both give up beyond this
constexpr double kMaxImagePixels = 180e6;      // about 720 MB of ARGB32: more would exhaust memory
constexpr double kMaxPdfSide = 14400;          // PDF viewers' page limit, in points (200 inches)

// Hides selection and search marks while exporting and restores them afterwards.
class CleanRender {
public:
    explicit CleanRender(DiagramScene& scene) : m_scene(scene), m_selected(scene.selectedItems())
    {
        m_scene.blockSignals(true);
        m_scene.clearSelection();
        for (int i = 0; i < static_cast<int>(scene.graph().cards.size()); ++i) {
            if (scene.card(i)->isHighlighted()) {
                m_highlighted = i;
                scene.card(i)->setHighlighted(false);
            }
        }
    }
    ~CleanRender()
    {
        for (auto* item : m_selected)
            item->setSelected(true);
        if (m_highlighted >= 0)
            m_scene.card(m_highlighted)->setHighlighted(true);
        m_scene.blockSignals(false);
    }

private:
    DiagramScene& m_scene;
    QList<QGraphicsItem*> m_selected;
    int m_highlighted = -1;
};

QString writeBytes(const QString& path, const QByteArray& bytes)
{
    const std::string error = writeFileAtomically(path.toStdString(), std::string_view(bytes.constData(), bytes.size()));
    return QString::fromStdString(error);
}

QString exportPdf(DiagramScene& scene, const QString& path)
{
    const QRectF source = scene.diagramRect();
    const double scale = std::min({1.0, kMaxPdfSide / source.width(), kMaxPdfSide / source.height()});
    const QSizeF page(source.width() * scale, source.height() * scale);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QStringLiteral("ER diagram"));
        writer.setCreator(QStringLiteral("Schema Studio"));
        QPainter painter;
        if (!painter.begin(&writer))
            return path + QStringLiteral(": could not start a PDF document");
        const CleanRender clean(scene);
        scene.render(&painter, QRectF(QPointF(0, 0), page), source);
        painter.end();
    }
    return writeBytes(path, buffer.data());
}

}  // namespace

QImage renderDiagramImage(DiagramScene& scene, qreal scale)
{
    const QRectF source = scene.diagramRect();
    const double w = std::max(1.0, source.width());
    const double h = std::max(1.0, source.height());
    scale = std::min({scale, kMaxImageSide / w, kMaxImageSide / h, std::sqrt(kMaxImagePixels / (w * h))});
    QImage image(QSize(static_cast<int>(std::ceil(w * scale)), static_cast<int>(std::ceil(h * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(toQColor(scene.diagramPalette().background));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const CleanRender clean(scene);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
    return image;
}

QString exportDiagram(DiagramScene& scene, DiagramFormat format, const QString& path, LayoutEngine engine)
{
    switch (format) {
    case DiagramFormat::Svg:
        return writeBytes(path, QByteArray::fromStdString(exportSvg(scene.graph(), scene.currentLayout(), scene.metrics(),
                                                                    scene.diagramPalette(), scene.diagramFonts())));
    case DiagramFormat::Dot:
        return writeBytes(path, QByteArray::fromStdString(
                                    exportDot(scene.graph(), engine, scene.diagramPalette(), scene.diagramFonts())));
    case DiagramFormat::Mermaid:
        return writeBytes(path, QByteArray::fromStdString(exportMermaid(scene.graph())));
    case DiagramFormat::Pdf:
        return exportPdf(scene, path);
    case DiagramFormat::Png: {
        const QImage image = renderDiagramImage(scene, 2.0);
        if (image.isNull())
            return path + QStringLiteral(": the diagram is too large to draw into an image; export SVG or PDF instead");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return path + QStringLiteral(": could not encode the PNG image");
        return writeBytes(path, buffer.data());
    }
    }
    return path + QStringLiteral(": unknown export format");
}

QString writeDiagramFile(const DiagramFileRequest& request)
{
    const DiagramFonts fonts;
    if (request.format == DiagramFormat::Dot)
        return writeBytes(request.path, QByteArray::fromStdString(exportDot(request.graph, request.engine, request.palette, fonts)));
    if (request.format == DiagramFormat::Mermaid)
        return writeBytes(request.path, QByteArray::fromStdString(exportMermaid(request.graph)));
    CardMetrics metrics = measureCards(request.graph, fonts);
    const LayoutResult laid = layoutDiagram(request.graph, metrics, request.engine, request.positions);
    if (!laid.ok())
        return QString::fromStdString(laid.error);
    DiagramScene scene;
    scene.setDiagramPalette(request.palette);
    scene.setDiagram(request.graph, laid.layout, std::move(metrics), fonts);
    return exportDiagram(scene, request.format, request.path, request.engine);
}

}  // namespace ss::ui
