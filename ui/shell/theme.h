#pragma once

namespace ss::ui {

enum class Theme { Light, Dark };

// Fusion style with a light or dark palette and a font readable at presentation size (at least 10 pt).
void applyTheme(Theme theme);
Theme currentTheme();

// The theme chosen last time (QSettings), light by default.
Theme savedTheme();
void saveTheme(Theme theme);

}  // namespace ss::ui
