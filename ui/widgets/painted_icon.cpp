#include "ui/widgets/painted_icon.h"

#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ss::ui {

namespace {

class PaintedIconEngine : public QIconEngine {
public:
    explicit PaintedIconEngine(IconPainter paint) : paint_(std::move(paint)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled) painter->setOpacity(0.4);
        paint_(*painter, QRectF(rect), mode);
        painter->restore();
    }

    // QIconEngine's default leaves the pixmap uninitialised; icons need a transparent ground.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PaintedIconEngine(paint_); }

private:
    IconPainter paint_;
};

// A square of side s centred in the box, so that icons keep their shape in non-square rectangles.
QRectF square(const QRectF& box, qreal inset = 0.0)
{
    const qreal side = std::min(box.width(), box.height()) * (1.0 - 2.0 * inset);
    return QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
}

}  // namespace

QIcon paintedIcon(IconPainter paint)
{
    return QIcon(new PaintedIconEngine(std::move(paint)));
}

QIcon gridIcon(const QColor& ink, std::function<void(QPainter& painter)> paint)
{
    return paintedIcon([ink, paint = std::move(paint)](QPainter& p, const QRectF& box, QIcon::Mode) {
        const QRectF r = square(box);
        p.translate(r.topLeft());
        p.scale(r.width() / 24.0, r.height() / 24.0);
        p.setPen(QPen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        paint(p);
    });
}

QColor errorColor() { return QColor(0xd1, 0x24, 0x2f); }
QColor warningColor() { return QColor(0xd9, 0x8e, 0x04); }
QColor infoColor() { return QColor(0x09, 0x69, 0xda); }
QColor validColor() { return QColor(0x1a, 0x7f, 0x37); }

QIcon errorIcon()
{
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const QRectF r = square(box, 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(errorColor());
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, r.width() * 0.14, Qt::SolidLine, Qt::RoundCap));
        const qreal d = r.width() * 0.22;
        p.drawLine(r.center() + QPointF(-d, -d), r.center() + QPointF(d, d));
        p.drawLine(r.center() + QPointF(d, -d), r.center() + QPointF(-d, d));
    });
}

QIcon warningIcon()
{
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const QRectF r = square(box, 0.04);
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top() + r.height() * 0.06);
        triangle.lineTo(r.right(), r.bottom() - r.height() * 0.06);
        triangle.lineTo(r.left(), r.bottom() - r.height() * 0.06);
        triangle.closeSubpath();
        p.setPen(QPen(warningColor(), r.width() * 0.08, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(warningColor());
        p.drawPath(triangle);
        p.setPen(QPen(Qt::white, r.width() * 0.13, Qt::SolidLine, Qt::RoundCap));
        const qreal x = r.center().x();
        p.drawLine(QPointF(x, r.top() + r.height() * 0.38), QPointF(x, r.top() + r.height() * 0.64));
        p.drawPoint(QPointF(x, r.top() + r.height() * 0.80));
    });
}

QIcon infoIcon()
{
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const QRectF r = square(box, 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(infoColor());
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, r.width() * 0.14, Qt::SolidLine, Qt::RoundCap));
        const qreal x = r.center().x();
        p.drawPoint(QPointF(x, r.top() + r.height() * 0.28));
        p.drawLine(QPointF(x, r.top() + r.height() * 0.48), QPointF(x, r.top() + r.height() * 0.74));
    });
}

QIcon validIcon()
{
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const QRectF r = square(box, 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(validColor());
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, r.width() * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath tick;
        tick.moveTo(r.left() + r.width() * 0.28, r.top() + r.height() * 0.52);
        tick.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.68);
        tick.lineTo(r.left() + r.width() * 0.73, r.top() + r.height() * 0.36);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    });
}

QIcon appIcon()
{
    if (QImageReader::supportedImageFormats().contains("svg")) return QIcon(QStringLiteral(":/icons/schema-studio.svg"));
    // Geometry in the 64-unit box of resources/icons/schema-studio.svg: a fact table joined to four dimensions.
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const QRectF r = square(box);
        p.translate(r.topLeft());
        p.scale(r.width() / 64.0, r.height() / 64.0);
        QLinearGradient ground(0, 4, 0, 60);
        ground.setColorAt(0, QColor(0x2b, 0x7f, 0xd6));
        ground.setColorAt(1, QColor(0x1c, 0x4f, 0x9c));
        p.setPen(Qt::NoPen);
        p.setBrush(ground);
        p.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12);
        p.setPen(QPen(QColor(0xcf, 0xe3, 0xff), 3, Qt::SolidLine, Qt::RoundCap));
        for (const QPointF corner : {QPointF(17, 17), QPointF(47, 17), QPointF(17, 47), QPointF(47, 47)}) {
            p.drawLine(QPointF(32, 32), corner);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xcf, 0xe3, 0xff));
        for (const QPointF corner : {QPointF(10, 12), QPointF(40, 12), QPointF(10, 42), QPointF(40, 42)}) {
            p.drawRoundedRect(QRectF(corner, QSizeF(14, 10)), 2.5, 2.5);
        }
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(20, 24, 24, 16), 3, 3);
        p.setBrush(QColor(0x1c, 0x4f, 0x9c));
        p.drawRect(QRectF(20, 29, 24, 2));
    });
}

}  // namespace ss::ui
