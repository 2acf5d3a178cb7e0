#include "core/seed/load/table_schedule.h"

#include <algorithm>

namespace ss::seed {

TableSchedule::TableSchedule(std::vector<ScheduledTask> tasks) : m_tasks(std::move(tasks)), m_state(m_tasks.size(), State::Waiting) {}

bool TableSchedule::mayStart(std::size_t task) const
{
    for (std::size_t before : m_tasks[task].after)
        if (before < m_tasks.size() && m_state[before] != State::Finished)
            return false;
    for (std::size_t other = 0; other < m_tasks.size(); ++other) {
        if (m_state[other] != State::Running)
            continue;
        for (const std::string& lock : m_tasks[task].locks)
            if (std::find(m_tasks[other].locks.begin(), m_tasks[other].locks.end(), lock) != m_tasks[other].locks.end())
                return false;
    }
    return true;
}

std::optional<std::size_t> TableSchedule::next()
{
    for (std::size_t task = 0; task < m_tasks.size(); ++task)
        if (m_state[task] == State::Waiting && mayStart(task)) {
            m_state[task] = State::Running;
            ++m_started;
            ++m_running;
            return task;
        }
    return std::nullopt;
}

void TableSchedule::finished(std::size_t task)
{
    if (task < m_tasks.size() && m_state[task] == State::Running) {
        m_state[task] = State::Finished;
        --m_running;
    }
}

}  // namespace ss::seed
