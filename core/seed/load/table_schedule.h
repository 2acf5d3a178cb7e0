#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ss::seed {

// One piece of a run that holds a transaction of its own: loading a table, or refreshing its statistics.
struct ScheduledTask {
    std::vector<std::size_t> after;  // tasks that must be finished first (a table's referenced tables are loaded)
    std::vector<std::string> locks;  // what it holds exclusively while it runs (tables, by name)
};

// Which tasks may run now, for several connections working side by side: a task starts once the tasks it comes
// after are finished and none of its locks is held by a running task, so that two transactions never wait on
// each other's locks. Among the tasks that may start, the first in the list goes first; with one connection the
// tasks run in list order.
class TableSchedule {
public:
    explicit TableSchedule(std::vector<ScheduledTask> tasks);

    // The next task that may start now (marked running), or none.
    std::optional<std::size_t> next();
    void finished(std::size_t task);

    bool allStarted() const { return m_started == m_tasks.size(); }
    std::size_t running() const { return m_running; }

private:
    bool mayStart(std::size_t task) const;

    enum class State { Waiting, Running, Finished };
    std::vector<ScheduledTask> m_tasks;
    std::vector<State> m_state;
    std::size_t m_started = 0;
    std::size_t m_running = 0;
};

}  // namespace ss::seed
