#pragma once

#include <QPixmap>
#include <QWidget>

namespace ss::ui {

class DiagramScene;
class DiagramView;

// An overview of the whole diagram with the part the view shows outlined; click or drag to move the view.
// The scene is drawn once into a pixmap per layout, so following the view costs nothing.
class DiagramMinimap : public QWidget {
    Q_OBJECT

public:
    DiagramMinimap(DiagramView* view, QWidget* parent = nullptr);

    // Redraws the overview after the scene changed (a new layout, a dragged card, another palette).
    void refresh();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF imageRect() const;  // where the pixmap sits in the widget
    void centreViewAt(QPointF widgetPos);

    DiagramView* m_view;
    QPixmap m_overview;
    QRectF m_sceneRect;
};

}  // namespace ss::ui
