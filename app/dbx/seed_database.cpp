#include "app/dbx/seed_database.h"

#include "app/dbx/seed_progress.h"
#include "core/db/database_connection.h"
#include "core/db/project_database.h"
#include "core/seed/load/seed_run.h"

#include <atomic>
#include <csignal>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace dbx {

namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler may only touch a lock-free atomic");

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true, std::memory_order_relaxed);
}

// Ctrl-C and SIGTERM ask the run to stop; the run then rolls back the table in progress and logs it.
class InterruptGuard {
public:
    InterruptGuard()
    {
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

std::string fixed(double value, int digits)
{
    std::ostringstream out;
    out.precision(digits);
    out << std::fixed << value;
    return out.str();
}

std::string resultJson(const ss::seed::SeedRunResult& r, const std::string& database, const ss::seed::SeedPlan& plan)
{
    std::string out = "{\"status\": \"" + std::string(toString(r.status)) + "\", \"run_id\": " +
                      (r.runId.empty() ? std::string("null") : "\"" + r.runId + "\"") + ", \"database\": \"" +
                      jsonEscape(database) + "\", \"method\": \"" + jsonEscape(r.method) + "\", \"connections\": " + std::to_string(r.lanes) +
                      ", \"seed\": " +
                      std::to_string(plan.seed) + ", \"rows\": " + std::to_string(r.rows) + ", \"seconds\": " +
                      fixed(r.seconds, 3) + ", \"rows_per_second\": " + fixed(r.rowsPerSecond, 0) + ", \"analyze_seconds\": " +
                      fixed(r.analyzeSeconds, 3) + ", \"detail\": \"" +
                      jsonEscape(r.detail) + "\", \"tables\": [";
    for (std::size_t i = 0; i < r.tables.size(); ++i) {
        const ss::seed::TableLoadResult& t = r.tables[i];
        out += std::string(i ? ", " : "") + "{\"name\": \"" + jsonEscape(t.name) + "\", \"planned_rows\": " +
               std::to_string(t.plannedRows) + ", \"rows\": " + std::to_string(t.rows) + ", \"status\": \"" +
               toString(t.status) + "\", \"seconds\": " + fixed(t.seconds, 3) + ", \"load_seconds\": " + fixed(t.loadSeconds, 3) +
               ", \"index_seconds\": " + fixed(t.indexSeconds, 3) + ", \"constraint_seconds\": " + fixed(t.constraintSeconds, 3) + "}";
    }
    return out + "]}";
}

// "(load 1.52 s, indexes 0.31 s, constraints 0.40 s)" when indexes or constraints were put back after the rows.
std::string phaseTimes(const ss::seed::TableLoadResult& t)
{
    if (t.indexSeconds + t.constraintSeconds < 0.005)
        return {};
    return "  (load " + fixed(t.loadSeconds, 2) + " s, indexes " + fixed(t.indexSeconds, 2) + " s, constraints " +
           fixed(t.constraintSeconds, 2) + " s)";
}

void printHuman(const ss::seed::SeedRunResult& r, const std::string& database, const ss::seed::SeedPlan& plan)
{
    if (r.ok()) {
        std::cout << "seeded " << database << " (seed " << plan.seed << ", " << r.method
                  << (r.lanes > 1 ? " on " + std::to_string(r.lanes) + " connections" : std::string()) << "): " << r.tables.size()
                  << " tables, " << r.rows << " rows in " << fixed(r.seconds, 2) << " s (" << fixed(r.rowsPerSecond, 0)
                  << " rows/s); run " << r.runId << " in dbx_runs\n";
    } else {
        std::cout << "seeding " << database << " " << toString(r.status) << ": " << r.rows << " rows stayed"
                  << (r.runId.empty() ? std::string() : "; run " + r.runId + " in dbx_runs") << "\n";
    }
    std::size_t width = 5;
    std::size_t digits = 1;
    for (const auto& t : r.tables) {
        width = std::max(width, t.name.size());
        digits = std::max(digits, std::to_string(t.rows).size());
    }
    for (const auto& t : r.tables)
        std::cout << "  " << t.name << std::string(width - t.name.size() + 2 + digits - std::to_string(t.rows).size(), ' ') << t.rows
                  << " rows  "
                  << toString(t.status) << (t.status == ss::seed::TableStatus::Loaded ? "  " + fixed(t.seconds, 2) + " s" + phaseTimes(t) : "")
                  << "\n";
    if (r.analyzeSeconds > 0)
        std::cout << "  statistics refreshed in " << fixed(r.analyzeSeconds, 2) << " s\n";
}

}  // namespace

int seedIntoDatabase(const Args& args, const ss::seed::SeedPlan& plan, std::size_t batchSize, const std::string& usage)
{
    const ss::UrlParseResult target = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!target.ok())
        return usageError("seed", target.error, usage);
    const std::string database = target.url.display();
    ss::DatabaseConnection connection;
    if (std::string error = connection.open(target.url); !error.empty()) {
        std::cerr << "dbx seed: " << error << "\n";
        return kFindings;
    }
    const bool json = args.has("json");
    SeedProgress progress(plan, isatty(STDERR_FILENO) != 0);
    ss::seed::LoadOptions options;
    options.batchSize = batchSize;
    options.replace = args.has("replace");
    options.cancel = &g_interrupted;
    options.onProgress = [&progress](const ss::seed::TableProgress& p) { progress.update(p); };
    options.openConnection = [url = target.url](ss::DatabaseConnection& more) { return more.open(url); };
    g_interrupted = false;
    ss::seed::SeedRunResult result;
    {
        InterruptGuard guard;
        result = ss::seed::seedDatabase(connection, plan, options);
    }
    progress.close();
    if (json)
        std::cout << resultJson(result, database, plan) << "\n";
    else if (!result.runId.empty())
        printHuman(result, database, plan);
    if (!result.ok())
        std::cerr << "dbx seed: " << result.detail << "\n";
    if (result.schemaMissing)
        std::cerr << "dbx seed: hint: dbx apply --target " << args.value("spec") << " --db " << args.value("db") << "\n";
    return result.ok() ? kOk : kFindings;
}

}  // namespace dbx
