#include "app/dbx/seed_progress.h"

#include <cmath>
#include <iostream>
#include <sstream>

namespace dbx {

namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr std::int64_t kLargeTable = 100'000;

std::string rateText(double rowsPerSecond)
{
    std::ostringstream out;
    out.precision(rowsPerSecond >= 100 ? 0 : 1);
    out << std::fixed << rowsPerSecond << " rows/s";
    return out.str();
}

std::string secondsText(double seconds)
{
    std::ostringstream out;
    out.precision(2);
    out << std::fixed << seconds << " s";
    return out.str();
}

// What a table does after its rows, as the progress says it.
std::string phaseText(ss::seed::LoadPhase phase)
{
    switch (phase) {
    case ss::seed::LoadPhase::Indexes: return "building indexes";
    case ss::seed::LoadPhase::Constraints: return "checking constraints";
    case ss::seed::LoadPhase::Analyze: return "analyzing";
    default: return ss::seed::toString(phase);
    }
}

}  // namespace

void SeedProgress::update(const ss::seed::TableProgress& progress)
{
    const bool rows = progress.phase == ss::seed::LoadPhase::Insert || progress.phase == ss::seed::LoadPhase::Update;
    if (m_terminal) {
        const auto now = std::chrono::steady_clock::now();
        if (progress.finished || !rows || now - m_lastDraw >= kRedrawInterval) {
            m_lastDraw = now;
            drawBar(progress);
        }
        return;
    }
    const std::string& name = m_plan.tables[progress.table].name;
    const char* what = progress.phase == ss::seed::LoadPhase::Update ? " (foreign keys closing a cycle)" : "";
    if (!rows && !progress.finished) {
        // The phases after the rows, for the tables whose phases take long enough to be waited for.
        if (progress.rowsTotal >= kLargeTable)
            std::cerr << name << ": " << phaseText(progress.phase) << "\n";
        return;
    }
    if (progress.finished) {
        std::cerr << name << what << ": " << progress.rowsDone << " rows in " << secondsText(progress.seconds) << " ("
                  << rateText(progress.rowsPerSecond) << ")\n";
        m_tenthsShown = 0;
        return;
    }
    if (progress.rowsTotal < kLargeTable)
        return;
    const int tenths = static_cast<int>(progress.rowsDone * 10 / progress.rowsTotal);
    if (tenths > m_tenthsShown && tenths < 10) {
        m_tenthsShown = tenths;
        std::cerr << name << what << ": " << progress.rowsDone << " of " << progress.rowsTotal << " rows ("
                  << rateText(progress.rowsPerSecond) << ")\n";
    }
}

void SeedProgress::drawBar(const ss::seed::TableProgress& progress)
{
    const bool rows = progress.phase == ss::seed::LoadPhase::Insert || progress.phase == ss::seed::LoadPhase::Update;
    const double share = progress.rowsTotal > 0 ? static_cast<double>(progress.rowsDone) / static_cast<double>(progress.rowsTotal) : 1;
    const int filled = static_cast<int>(std::lround(share * kBarWidth));
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kBarWidth - filled), '-');
    std::ostringstream line;
    line << "[" << progress.table + 1 << "/" << m_plan.tables.size() << "] " << m_plan.tables[progress.table].name
         << (progress.phase == ss::seed::LoadPhase::Update ? " (cycle keys)" : "") << " [" << bar << "] " << progress.rowsDone << "/"
         << progress.rowsTotal << "  " << (rows || progress.finished ? rateText(progress.rowsPerSecond) : phaseText(progress.phase));
    // \r returns to the line's start and \x1b[K clears what a longer previous line left.
    std::cerr << "\r" << line.str() << "\x1b[K";
    if (progress.finished)
        std::cerr << "\n";
    m_barShown = !progress.finished;
    std::cerr.flush();
}

void SeedProgress::close()
{
    if (m_barShown)
        std::cerr << "\n";
    m_barShown = false;
}

}  // namespace dbx
