#include "ui/apply/status_colours.h"

#include "ui/widgets/painted_icon.h"

#include <QPalette>

namespace ss::ui {

QColor runStateColour(RunState state, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (state) {
    case RunState::Running: return dark ? QColor("#58a6ff") : QColor("#0969da");
    case RunState::Done: return dark ? QColor("#3fb950") : QColor("#1a7f37");
    case RunState::Failed: return dark ? QColor("#ff7b72") : QColor("#cf222e");
    case RunState::Skipped: return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QIcon runStateIcon(RunState state)
{
    switch (state) {
    case RunState::Running: return infoIcon();
    case RunState::Done: return validIcon();
    case RunState::Failed: return errorIcon();
    case RunState::Skipped: return warningIcon();
    }
    return {};
}

}  // namespace ss::ui
