#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"

#include "core/db/project_database.h"
#include "core/db/run_log.h"
#include "core/project/project_folder.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace dbx {

namespace {

const char* kRunsUsage = "Usage: dbx runs [--db URL|ENV] [--project DIR] [--phase KIND] [--json]";

void printJson(const std::vector<ss::RunRecord>& runs)
{
    std::cout << "[";
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const ss::RunRecord& r = runs[i];
        std::cout << (i ? ",\n " : "") << "{\"runId\": \"" << jsonEscape(r.runId) << "\", \"phase\": \"" << jsonEscape(r.kind)
                  << "\", \"step\": \"" << jsonEscape(r.phase) << "\", \"status\": \"" << jsonEscape(r.status)
                  << "\", \"startedAt\": \"" << jsonEscape(r.startedAt) << "\", \"finishedAt\": \"" << jsonEscape(r.finishedAt)
                  << "\", \"durationMs\": " << r.durationMs << ", \"rows\": " << r.rows << ", \"model\": \""
                  << jsonEscape(r.model) << "\", \"tokensIn\": " << r.tokensIn << ", \"tokensOut\": " << r.tokensOut
                  << ", \"rowsPerSecond\": " << r.rowsPerSecond << ", \"detail\": \"" << jsonEscape(r.detail) << "\"}";
    }
    std::cout << "]\n";
}

void printHuman(const std::vector<ss::RunRecord>& runs)
{
    if (runs.empty()) {
        std::cout << "no runs logged\n";
        return;
    }
    std::printf("%-24s %-7s %-10s %10s %10s  %s\n", "started (UTC)", "phase", "status", "time", "rows", "model / detail");
    for (const ss::RunRecord& r : runs) {
        std::string what = r.model.empty() ? r.detail
                                           : r.model + " (" + std::to_string(r.tokensIn) + " + " + std::to_string(r.tokensOut) +
                                                 " tokens) " + r.detail;
        if (what.size() > 90)
            what = what.substr(0, 87) + "...";
        std::printf("%-24s %-7s %-10s %8.2f s %10lld  %s\n", r.startedAt.c_str(), r.kind.c_str(), r.status.c_str(),
                    static_cast<double>(r.durationMs) / 1000.0, static_cast<long long>(r.rows), what.c_str());
    }
}

}  // namespace

int runRuns(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "phase"}, {"json", "help"}, error))
        return usageError("runs", error, kRunsUsage);
    if (args.has("help")) {
        std::cout << kRunsUsage << "\n\nLists the runs logged in a database's dbx_runs, newest first.\n"
                     "  --db URL|ENV   the database (default: the project's default environment)\n"
                     "  --phase KIND   only design, plan, apply, seed, ask or evolve runs\n"
                     "  --json         [{runId, phase, step, status, startedAt, finishedAt, durationMs, rows, model,\n"
                     "                  tokensIn, tokensOut, rowsPerSecond, detail}]\n";
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("runs", "unexpected argument '" + args.positionals().front() + "'", kRunsUsage);
    std::string database = args.value("db");
    if (database.empty()) {
        ss::Project project;
        const std::string dir = args.has("project") ? args.value("project") : ".";
        if (std::string failed = ss::loadProject(dir, project); !failed.empty())
            return usageError("runs", failed, kRunsUsage);
        if (!std::filesystem::exists(std::filesystem::path(project.dir) / ss::kProjectFileName))
            return usageError("runs", project.dir + " has no dbx.yml: name the database with --db URL|ENV", kRunsUsage);
        database = project.defaultEnvironment;
    }
    const ss::UrlParseResult target = ss::resolveDatabase(database, args.value("project"));
    if (!target.ok())
        return usageError("runs", target.error, kRunsUsage);
    ss::DatabaseConnection connection;
    ss::OpenOptions open;
    open.readOnly = true;
    if (std::string openError = connection.open(target.url, open); !openError.empty()) {
        std::cerr << "dbx runs: " << openError << "\n";
        return kFindings;
    }
    std::vector<ss::RunRecord> runs;
    if (std::string listError = ss::RunLog(connection).list(args.value("phase"), runs); !listError.empty()) {
        std::cerr << "dbx runs: " << listError << "\n";
        return kFindings;
    }
    if (args.has("json"))
        printJson(runs);
    else
        printHuman(runs);
    return kOk;
}

}  // namespace dbx
