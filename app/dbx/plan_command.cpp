#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/plan_input.h"
#include "app/dbx/run_logging.h"
#include "app/dbx/spec_input.h"

#include "core/plan/impact_report.h"
#include "core/sql/dialect_names.h"
#include "core/sql/migration_file.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <iostream>

namespace dbx {

namespace {

const char* kPlanUsage =
    "Usage: dbx plan --target FILE (--current FILE | --db URL [--schemas A,B]) [--dialect sqlite|postgresql|mysql|duckdb] [--out FILE.sql] "
    "[--impact-meta] [--json] [--fail-on-risk safe|medium|high]";

void printHelp()
{
    std::cout << kPlanUsage
              << "\n\nCompare the target spec with the current one: the ordered operations, the risk of each, and the SQL.\n"
                 "  --target FILE        the schema you want\n"
                 "  --current FILE       the schema as it is now\n"
                 "  --db URL             or read it from a live database (a URL or a dbx.yml environment; see dbx inspect)\n"
                 "  --project DIR        the project folder for --db (default: the current folder)\n"
                 "  --schemas A,B        with a PostgreSQL --db, more schemas to read beside the current one and those\n"
                 "                       the target's tables are in\n"
                 "  --dialect NAME       sqlite (default), postgresql, mysql (MariaDB too) or duckdb; with --db, the database's\n"
                 "  --out FILE.sql       write the migration: a header with versions and checksum, then the SQL\n"
                 "  --impact-meta        with --out, also write FILE.sql.impact.json (every operation, its risk and reasons)\n"
                 "  --json               print {\"operations\": [...], \"sql\": \"...\", \"summary\": {...}}\n"
                 "  --fail-on-risk LEVEL exit 3 when an operation is at LEVEL or above\n"
                 "Exit: 0 planned, 1 spec errors or the migration could not be written, 2 usage error or unreadable "
                 "file, 3 risk at or above --fail-on-risk.\n";
}

void printHuman(const ss::Plan& plan, const ss::Migration& migration)
{
    std::cout << ss::formatImpactText(plan, false);
    if (plan.empty())
        return;
    std::cout << "\nSQL (" << ss::toString(migration.dialect) << "):\n" << migration.body(plan);
}

}  // namespace

int runPlan(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"target", "current", "dialect", "out", "fail-on-risk", "db", "project", "schemas"},
                    {"impact-meta", "json", "no-cache", "help"}, error))
        return usageError("plan", error, kPlanUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("plan", "unexpected argument '" + args.positionals().front() + "'", kPlanUsage);
    auto dialect = ss::parseDialect(args.value("dialect", "sqlite"));
    if (!dialect)
        return usageError("plan", "unknown dialect '" + args.value("dialect") + "'", kPlanUsage);
    ss::RiskLevel failLevel = ss::RiskLevel::High;
    const bool failOnRisk = args.has("fail-on-risk");
    if (failOnRisk && !ss::parseRiskLevel(args.value("fail-on-risk"), failLevel))
        return usageError("plan", "--fail-on-risk takes safe, medium or high", kPlanUsage);
    if (args.has("impact-meta") && !args.has("out"))
        return usageError("plan", "--impact-meta writes a sidecar beside the migration: give --out FILE.sql too", kPlanUsage);

    const std::string startedAt = ss::utcTimestampNow();
    QElapsedTimer clock;
    clock.start();
    PlanInputs inputs;
    if (const int code = loadPlanInputs("plan", args.value("target"), args, kPlanUsage, inputs); code >= 0)
        return code;
    if (inputs.databaseDialect && !args.has("dialect"))
        dialect = inputs.databaseDialect;
    if (const auto naming = ss::namesTheDialectCannotHold(inputs.target, *dialect); !naming.empty()) {
        printDiagnostics(args.value("target"), naming, std::cerr);
        if (ss::hasErrors(naming)) {
            std::cerr << "dbx plan: " << args.value("target") << " does not render for " << ss::productName(*dialect) << "\n";
            return kFindings;
        }
    }

    const ss::Plan plan = planOf(inputs, *dialect);
    const ss::Migration migration = ss::renderMigration(plan, *dialect);
    if (args.has("db")) {
        ss::RunRecord run;
        run.kind = "plan";
        run.status = "finished";
        run.startedAt = startedAt;
        run.durationMs = clock.elapsed();
        run.rows = static_cast<std::int64_t>(plan.operations.size());
        run.detail = args.value("target") + ": " + std::to_string(plan.operations.size()) + " operation(s)" +
                     (plan.empty() ? "" : ", highest risk " + std::string(ss::toString(plan.summary().highest())));
        logRunIn("plan", args.value("db"), args.value("project"), run);
    }

    if (args.has("json"))
        std::cout << QJsonDocument(ss::planJson(plan, migration)).toJson(QJsonDocument::Indented).toStdString();
    else
        printHuman(plan, migration);

    if (args.has("out")) {
        const std::string out = args.value("out");
        if (const std::string writeError =
                ss::writeMigration(out, plan, migration, args.has("impact-meta"), ss::currentTimestampUtc());
            !writeError.empty()) {
            std::cerr << "dbx plan: " << writeError << "\n";
            return kFindings;
        }
        std::cerr << "dbx plan: wrote " << out << (args.has("impact-meta") ? " and " + out + ".impact.json" : "") << "\n";
    }

    if (failOnRisk && !plan.empty() && plan.summary().highest() >= failLevel) {
        std::cerr << "dbx plan: an operation is at or above the '" << ss::toString(failLevel) << "' risk level\n";
        return kRiskFound;
    }
    return kOk;
}

}  // namespace dbx
