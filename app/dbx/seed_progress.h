#pragma once

#include "core/seed/load/seed_run.h"
#include "core/seed/seed_plan.h"

#include <chrono>
#include <cstdio>

namespace dbx {

// Shows a seeding run's progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (one per
// table as it ends, and one per tenth of a large table), so logs of scripted runs stay readable.
class SeedProgress {
public:
    SeedProgress(const ss::seed::SeedPlan& plan, bool terminal) : m_plan(plan), m_terminal(terminal) {}

    void update(const ss::seed::TableProgress& progress);
    // Ends the bar's line, if one is drawn.
    void close();

private:
    void drawBar(const ss::seed::TableProgress& progress);

    const ss::seed::SeedPlan& m_plan;
    bool m_terminal;
    bool m_barShown = false;
    int m_tenthsShown = 0;
    std::chrono::steady_clock::time_point m_lastDraw{};
};

}  // namespace dbx
