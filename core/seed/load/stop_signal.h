#pragma once

#include <atomic>

namespace ss::seed {

// Asks the tables of a run to stop: the user's cancel, or a table of the run failing while others load beside
// it. Read before every batch and between phases, and by what interrupts a running statement.
class StopSignal {
public:
    explicit StopSignal(const std::atomic<bool>* cancel = nullptr) : m_cancel(cancel) {}

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool raised() const { return cancelled() || m_halted.load(std::memory_order_relaxed); }
    void halt() { m_halted.store(true, std::memory_order_relaxed); }

private:
    const std::atomic<bool>* m_cancel;
    std::atomic<bool> m_halted{false};
};

}  // namespace ss::seed
