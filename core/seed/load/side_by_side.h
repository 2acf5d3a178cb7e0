#pragma once

#include "core/seed/load/load_lane.h"
#include "core/seed/load/table_schedule.h"

#include <functional>
#include <optional>
#include <string>

namespace ss::seed {

// Opens one more connection to the run's database, on the calling thread; returns an empty string or the error.
using OpenConnection = std::function<std::string(DatabaseConnection&)>;

// Runs the schedule's tasks on `lanes` threads, each with a connection of its own (opened by `open` on that
// thread) and a lane on it. `run` returns false when no further task may start (a table failed or stopped). When
// the stop signal is raised before a task starts, `stopped` is told which task was next (none: others still run).
// `failed` hears why a lane could not be opened. Returns when every thread is done.
void runSideBySide(TableSchedule& schedule, std::size_t lanes, const OpenConnection& open, const LoaderOptions& loader, const SeedPlan& plan,
                   const StopSignal& stop, const std::function<bool(LoadLane&, std::size_t)>& run,
                   const std::function<void(std::optional<std::size_t>)>& stopped, const std::function<void(const std::string&)>& failed);

}  // namespace ss::seed
