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

struct RoleColour {
    QPalette::ColorGroup group;
    QPalette::ColorRole role;
    const char* light;
    const char* dark;
};

// Both palettes side by side, so that a role given one is never forgotten in the other.
constexpr RoleColour kRoleColours[] = {
    {QPalette::All, QPalette::Window, "#f3f4f6", "#26282c"},
    {QPalette::All, QPalette::WindowText, "#1f2328", "#e6edf3"},
    {QPalette::All, QPalette::Base, "#ffffff", "#1e1f22"},
    {QPalette::All, QPalette::AlternateBase, "#f6f8fa", "#2a2c31"},
    {QPalette::All, QPalette::ToolTipBase, "#fffbe6", "#30343a"},
    {QPalette::All, QPalette::ToolTipText, "#1f2328", "#e6edf3"},
    {QPalette::All, QPalette::PlaceholderText, "#6e7781", "#8b949e"},
    {QPalette::All, QPalette::Text, "#1f2328", "#e6edf3"},
    {QPalette::All, QPalette::Button, "#e9ebef", "#33363b"},
    {QPalette::All, QPalette::ButtonText, "#1f2328", "#e6edf3"},
    {QPalette::All, QPalette::BrightText, "#cf222e", "#ff7b72"},
    {QPalette::All, QPalette::Highlight, "#2f6fd0", "#3d7bd9"},
    {QPalette::All, QPalette::HighlightedText, "#ffffff", "#ffffff"},
    {QPalette::All, QPalette::Link, "#0969da", "#58a6ff"},
    {QPalette::All, QPalette::Light, "#ffffff", "#3d4148"},
    {QPalette::All, QPalette::Midlight, "#eceef1", "#34373c"},
    {QPalette::All, QPalette::Mid, "#c8ccd2", "#2b2e33"},
    {QPalette::All, QPalette::Dark, "#a0a6ae", "#1a1b1e"},
    {QPalette::All, QPalette::Shadow, "#6e7781", "#0d0e10"},
    {QPalette::Disabled, QPalette::Text, "#8c959f", "#6e7681"},
    {QPalette::Disabled, QPalette::WindowText, "#8c959f", "#6e7681"},
    {QPalette::Disabled, QPalette::ButtonText, "#8c959f", "#6e7681"},
};

QPalette paletteFor(Theme theme)
{
    QPalette palette;
    for (const RoleColour& c : kRoleColours) {
        palette.setColor(c.group, c.role, QColor(QLatin1String(theme == Theme::Dark ? c.dark : c.light)));
    }
    return palette;
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
    QApplication::setPalette(paletteFor(theme));
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
