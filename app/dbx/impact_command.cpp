#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/plan_input.h"

#include "core/plan/impact_report.h"

#include <QJsonDocument>

#include <iostream>

namespace dbx {

namespace {

const char* kImpactUsage = "Usage: dbx impact FILE (--current FILE | --db URL) [--summary-only] [--json]";

}  // namespace

int runImpact(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"current", "db", "project"}, {"summary-only", "json", "no-cache", "help"}, error))
        return usageError("impact", error, kImpactUsage);
    if (args.has("help")) {
        std::cout << kImpactUsage
                  << "\n\nThe risk report of turning the current schema into FILE: every operation with its risk\n"
                     "(safe, medium, high) and the rules behind it, then a summary.\n"
                     "  --current FILE   the schema as it is now\n"
                     "  --db URL         or read it from a live database (a URL or a dbx.yml environment)\n"
                     "  --summary-only   print only the summary\n"
                     "  --json           print {\"operations\": [...], \"summary\": {...}}\n"
                     "Exit: 0 reported, 1 spec errors, 2 usage error or unreadable file.\n";
        return kOk;
    }
    if (args.positionals().size() > 1)
        return usageError("impact", "expected one target FILE", kImpactUsage);
    const std::string target = args.positionals().empty() ? std::string() : args.positionals().front();

    PlanInputs inputs;
    if (const int code = loadPlanInputs("impact", target, args, kImpactUsage, inputs); code >= 0)
        return code;
    // Without a database the spec's declared types stay types, as a dialect that has them plans them.
    const ss::Plan plan = planOf(inputs, inputs.databaseDialect.value_or(ss::Dialect::PostgreSql));

    if (args.has("json")) {
        QJsonObject report{{"summary", ss::summaryJson(plan)}};
        if (!args.has("summary-only"))
            report.insert("operations", ss::operationsJson(plan));
        std::cout << QJsonDocument(report).toJson(QJsonDocument::Indented).toStdString();
    } else {
        std::cout << ss::formatImpactText(plan, args.has("summary-only"));
    }
    return kOk;
}

}  // namespace dbx
