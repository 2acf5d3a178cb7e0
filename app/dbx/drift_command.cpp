#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/plan_input.h"

#include "core/db/apply/drift.h"
#include "core/db/project_database.h"
#include "core/db/snapshot_cache.h"
#include "core/plan/impact_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

namespace dbx {

namespace {

const char* kDriftUsage = "Usage: dbx drift --db URL|ENVIRONMENT --spec FILE [--project DIR] [--json] [--no-cache]";

void printHelp()
{
    std::cout << kDriftUsage
              << "\n\nCompare a live database with the spec it should match: the operations that would bring it there,\n"
                 "each with its risk.\n"
                 "  --db URL        the database (a URL or a dbx.yml environment; see dbx inspect)\n"
                 "  --spec FILE     the spec the database should match\n"
                 "  --project DIR   the project folder for --db (default: the current folder)\n"
                 "  --json          print {\"in_sync\", \"database\", \"spec\", \"operations\": [...], \"summary\", \"notes\"}\n"
                 "  --no-cache      read the catalog even when the snapshot cache says nothing changed\n"
                 "Exit: 0 in sync, 1 drifted, 2 usage error, an unreadable or invalid spec, or an unreachable database.\n";
}

}  // namespace

int runDrift(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "spec", "project"}, {"json", "no-cache", "help"}, error))
        return usageError("drift", error, kDriftUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("drift", "unexpected argument '" + args.positionals().front() + "'", kDriftUsage);
    if (!args.has("db") || !args.has("spec"))
        return usageError("drift", "both --db URL and --spec FILE are required", kDriftUsage);

    ss::SchemaModel spec;
    if (loadSpecForPlanning("drift", args.value("spec"), spec) >= 0)
        return kUsage;
    const ss::UrlParseResult target = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!target.ok())
        return usageError("drift", target.error, kDriftUsage);
    ss::DatabaseConnection connection;
    ss::OpenOptions open;
    open.readOnly = true;
    if (std::string e = connection.open(target.url, open); !e.empty()) {
        std::cerr << "dbx drift: " << e << "\n";
        return kUsage;
    }
    ss::SnapshotCache cache(args.has("no-cache") ? std::string() : ss::SnapshotCache::defaultDirectory());
    const ss::DriftReport report = ss::detectDrift(connection, spec, args.has("no-cache") ? nullptr : &cache);
    if (!report.ok()) {
        std::cerr << "dbx drift: " << report.error << "\n";
        return kUsage;
    }

    if (args.has("json")) {
        QJsonArray notes;
        for (const auto& n : report.notes)
            notes.append(QString::fromStdString(n));
        const QJsonObject root{{"in_sync", !report.drifted()},
                               {"database", QString::fromStdString(target.url.display())},
                               {"spec", QString::fromStdString(args.value("spec"))},
                               {"operations", ss::operationsJson(report.plan)},
                               {"summary", ss::summaryJson(report.plan)},
                               {"notes", notes}};
        std::cout << QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
    } else {
        for (const auto& n : report.notes)
            std::cerr << "dbx drift: note: " << n << "\n";
        if (report.drifted())
            std::cout << target.url.display() << " has drifted from " << args.value("spec")
                      << "; bringing it back takes:\n"
                      << ss::formatImpactText(report.plan, false);
        else
            std::cout << target.url.display() << " matches " << args.value("spec") << "\n";
    }
    return report.drifted() ? kFindings : kOk;
}

}  // namespace dbx
