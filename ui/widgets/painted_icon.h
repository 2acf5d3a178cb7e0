#pragma once

#include <QIcon>

#include <functional>

class QPainter;

namespace ss::ui {

// Icons are drawn with QPainter rather than loaded from SVG files: Qt's SVG image plugin is not among the
// project's dependencies, and painted icons stay sharp at every size and device pixel ratio.
using IconPainter = std::function<void(QPainter& painter, const QRectF& box, QIcon::Mode mode)>;
QIcon paintedIcon(IconPainter paint);
// A navigator icon drawn on a 24 × 24 grid with a pen of `ink` (1.8 units, round caps and joins, no brush),
// centred and scaled to whatever box it is shown in.
QIcon gridIcon(const QColor& ink, std::function<void(QPainter& painter)> paint);

// The icons shared by several widgets. Pages draw their own navigator icon with paintedIcon().
QIcon errorIcon();
QIcon warningIcon();
QIcon infoIcon();
QIcon validIcon();
// The mark of resources/icons/schema-studio.svg: the SVG itself where Qt can read SVG, else painted alike.
QIcon appIcon();

// Colours that mean the same thing everywhere (markers, squiggles, the status line).
QColor errorColor();
QColor warningColor();
QColor infoColor();
QColor validColor();

}  // namespace ss::ui
