#pragma once

namespace ss::ui {

// QSettings keys shared between the main window and start-up.
inline constexpr const char* kLastProjectKey = "lastProject";
inline constexpr const char* kLastSpecKey = "lastSpec";

}  // namespace ss::ui
