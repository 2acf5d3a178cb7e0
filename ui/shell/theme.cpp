#include "ui/shell/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

namespace ss::ui {

namespace {

constexpr int kMinimumPointSize = 10;
const char* const kThemeKey = "theme";

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor("#f3f4f6"));
    p.setColor(QPalette::WindowText, QColor("#1f2328"));
    p.setColor(QPalette::Base, QColor("#ffffff"));
    p.setColor(QPalette::AlternateBase, QColor("#f6f8fa"));
    p.setColor(QPalette::ToolTipBase, QColor("#fffbe6"));
    p.setColor(QPalette::ToolTipText, QColor("#1f2328"));
    p.setColor(QPalette::PlaceholderText, QColor("#6e7781"));
    p.setColor(QPalette::Text, QColor("#1f2328"));
    p.setColor(QPalette::Button, QColor("#e9ebef"));
    p.setColor(QPalette::ButtonText, QColor("#1f2328"));
    p.setColor(QPalette::BrightText, QColor("#cf222e"));
    p.setColor(QPalette::Highlight, QColor("#2f6fd0"));
    p.setColor(QPalette::HighlightedText, QColor("#ffffff"));
    p.setColor(QPalette::Link, QColor("#0969da"));
    p.setColor(QPalette::Mid, QColor("#c8ccd2"));
    p.setColor(QPalette::Dark, QColor("#a0a6ae"));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor("#8c959f"));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor("#8c959f"));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor("#8c959f"));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor("#26282c"));
    p.setColor(QPalette::WindowText, QColor("#e6edf3"));
    p.setColor(QPalette::Base, QColor("#1e1f22"));
    p.setColor(QPalette::AlternateBase, QColor("#2a2c31"));
    p.setColor(QPalette::ToolTipBase, QColor("#30343a"));
    p.setColor(QPalette::ToolTipText, QColor("#e6edf3"));
    p.setColor(QPalette::PlaceholderText, QColor("#8b949e"));
    p.setColor(QPalette::Text, QColor("#e6edf3"));
    p.setColor(QPalette::Button, QColor("#33363b"));
    p.setColor(QPalette::ButtonText, QColor("#e6edf3"));
    p.setColor(QPalette::BrightText, QColor("#ff7b72"));
    p.setColor(QPalette::Highlight, QColor("#3d7bd9"));
    p.setColor(QPalette::HighlightedText, QColor("#ffffff"));
    p.setColor(QPalette::Link, QColor("#58a6ff"));
    p.setColor(QPalette::Light, QColor("#3d4148"));
    p.setColor(QPalette::Midlight, QColor("#34373c"));
    p.setColor(QPalette::Mid, QColor("#2b2e33"));
    p.setColor(QPalette::Dark, QColor("#1a1b1e"));
    p.setColor(QPalette::Shadow, QColor("#0d0e10"));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor("#6e7681"));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor("#6e7681"));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor("#6e7681"));
    return p;
}

Theme applied = Theme::Light;

}  // namespace

void applyTheme(Theme theme)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = QApplication::font();
    if (font.pointSizeF() < kMinimumPointSize) {
        font.setPointSize(kMinimumPointSize);
        QApplication::setFont(font);
    }
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    applied = theme;
}

Theme currentTheme()
{
    return applied;
}

Theme savedTheme()
{
    return QSettings().value(QLatin1String(kThemeKey)).toString() == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QLatin1String(kThemeKey), theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

}  // namespace ss::ui
