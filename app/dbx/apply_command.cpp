#include "app/dbx/apply_output.h"
#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/plan_input.h"

#include "core/db/apply/apply_engine.h"
#include "core/db/apply/target_script.h"
#include "core/db/project_database.h"
#include "core/project/current_spec.h"
#include "core/project/project_folder.h"

#include <QFileInfo>

#include <iostream>

namespace dbx {

namespace {

const char* kApplyUsage =
    "Usage: dbx apply MIGRATION.sql --db URL|ENVIRONMENT [--allow-breaking] [--dry-run] [--lock-timeout SECONDS] [--json]\n"
    "       dbx apply --target FILE --db URL|ENVIRONMENT [--allow-breaking] [--dry-run] [--lock-timeout SECONDS] [--json]\n"
    "                 [--record-current]";

void printHelp()
{
    std::cout << kApplyUsage
              << "\n\nApply a migration (written by dbx plan --out) to a database, or plan the target spec against the live\n"
                 "schema and apply that, recording it in the database's ledger (dbx_migrations).\n"
                 "  --db URL             the database (a URL or a dbx.yml environment; see dbx inspect)\n"
                 "  --project DIR        the project folder for --db (default: the current folder)\n"
                 "  --target FILE        plan this spec against the live schema and apply the result\n"
                 "  --record-current     with --target: once the database holds it, make the project's\n"
                 "                       schema_specs/current.yml that spec (plans and dbx drift start from it)\n"
                 "  --allow-breaking     run high-risk operations; a backup of what they lose is taken first\n"
                 "  --dry-run            check and print what would run; change nothing\n"
                 "  --lock-timeout SECS  wait at most this long for another apply to finish (default 10)\n"
                 "  --json               print the outcome as JSON (progress goes to stderr)\n"
                 "SQLite and PostgreSQL apply a migration in one transaction: it applies whole or not at all.\n"
                 "MySQL/MariaDB commit DDL statement by statement: each is journaled (dbx_migration_steps), and\n"
                 "applying the same file again after a failure or a crash resumes after the last statement that ran.\n"
                 "A migration already applied is not run again; one whose file changed since is refused.\n"
                 "Exit: 0 applied (or already applied, or dry run), 1 failed or refused, 2 usage error or unreadable\n"
                 "file, 3 high-risk operations refused without --allow-breaking.\n";
}

int exitCodeOf(const ss::ApplyOutcome& outcome)
{
    if (outcome.ok())
        return kOk;
    return outcome.status == ss::ApplyStatus::RefusedBreaking ? kRiskFound : kFindings;
}

// The database holds the target now: so does current.yml.
int recordCurrent(const ss::SchemaModel& applied, const std::string& specPath, const std::string& projectDir,
                  std::ostream& out)
{
    ss::Project project;
    std::string error = ss::loadProject(projectDir.empty() ? "." : projectDir, project);
    if (error.empty())
        error = ss::recordAppliedSpec(applied, specPath, project.currentSpecPath());
    if (!error.empty()) {
        std::cerr << "dbx apply: applied, but current.yml was not changed: " << error << "\n";
        return kFindings;
    }
    out << "recorded " << specPath << " as " << project.currentSpecPath() << "\n";
    return kOk;
}

}  // namespace

int runApply(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "target", "lock-timeout"}, {"allow-breaking", "dry-run", "json", "record-current", "help"}, error))
        return usageError("apply", error, kApplyUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    const auto& files = args.positionals();
    if (files.size() > 1)
        return usageError("apply", "one migration file at a time ('" + files[1] + "' is extra)", kApplyUsage);
    if (files.empty() == !args.has("target"))
        return usageError("apply", "give either a MIGRATION.sql file or --target FILE", kApplyUsage);
    if (!args.has("db"))
        return usageError("apply", "--db URL is required (the database to apply to)", kApplyUsage);
    if (args.has("record-current") && (!args.has("target") || args.has("dry-run")))
        return usageError("apply", "--record-current goes with --target FILE, and not with --dry-run", kApplyUsage);
    ss::ApplyOptions options;
    options.allowBreaking = args.has("allow-breaking");
    options.dryRun = args.has("dry-run");
    if (args.has("lock-timeout")) {
        bool ok = false;
        options.lockTimeoutSeconds = QString::fromStdString(args.value("lock-timeout")).toInt(&ok);
        if (!ok || options.lockTimeoutSeconds < 0)
            return usageError("apply", "--lock-timeout takes a whole number of seconds", kApplyUsage);
    }
    const bool json = args.has("json");

    const ss::UrlParseResult target = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!target.ok())
        return usageError("apply", target.error, kApplyUsage);

    ss::ScriptLoad load;
    ss::SchemaModel targetModel;
    if (!files.empty()) {
        if (!QFileInfo(QString::fromStdString(files.front())).isFile()) {
            std::cerr << "dbx apply: " << files.front() << ": no such file\n";
            return kUsage;
        }
        load = ss::loadMigrationScript(files.front());
        if (!load.ok()) {
            std::cerr << "dbx apply: refused: " << load.error << "\n";
            return kFindings;
        }
    } else if (const int code = loadSpecForPlanning("apply", args.value("target"), targetModel); code >= 0) {
        return code;
    }

    ss::DatabaseConnection connection;
    ss::OpenOptions open;
    open.createFile = !options.dryRun;
    if (std::string e = connection.open(target.url, open); !e.empty()) {
        std::cerr << "dbx apply: " << e << "\n";
        return kFindings;
    }
    if (files.empty()) {
        ss::LivePlan planned = ss::planAgainstDatabase(connection, targetModel, args.value("target"));
        if (!planned.ok()) {
            std::cerr << "dbx apply: " << planned.drift.error << "\n";
            return kFindings;
        }
        printPlanned(planned, json ? std::cerr : std::cout);
        load.script = std::move(planned.script);
    }

    std::ostream& progress = json ? std::cerr : std::cout;
    ApplyLog log;
    options.hooks.onStatement = [&](const ss::StatementProgress& p) { log.statement(p, progress); };
    options.hooks.onMessage = [](const std::string& m) { std::cerr << "dbx apply: " << m << "\n"; };
    const ss::ApplyOutcome outcome = ss::applyMigration(connection, load.script, options);
    if (json)
        printOutcomeJson(outcome, load.script, log, target.url.display(), std::cout);
    else
        printOutcome(outcome, load.script, std::cout);
    if (outcome.ok() && args.has("record-current"))
        return recordCurrent(targetModel, args.value("target"), args.value("project"), progress);
    return exitCodeOf(outcome);
}

}  // namespace dbx
