#pragma once

#include "core/diagram/diagram_style.h"

#include <QWidget>

namespace ss::ui {

// What the colours and marks mean: table kinds, key markers, nullability and the crow's-foot ends.
class DiagramLegend : public QWidget {
    Q_OBJECT

public:
    explicit DiagramLegend(QWidget* parent = nullptr);

    void setDiagramPalette(const DiagramPalette& palette);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    DiagramPalette m_palette = DiagramPalette::light();
};

}  // namespace ss::ui
