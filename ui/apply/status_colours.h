#pragma once

#include <QColor>
#include <QIcon>

class QPalette;

namespace ss::ui {

// How a run's state reads in the log and the ledger: a colour readable on the palette's base (light or dark)
// and the matching icon.
enum class RunState { Running, Done, Failed, Skipped };

QColor runStateColour(RunState state, const QPalette& palette);
QIcon runStateIcon(RunState state);

}  // namespace ss::ui
