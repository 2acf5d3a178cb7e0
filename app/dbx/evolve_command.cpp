#include "app/dbx/commands.h"
#include "app/dbx/evolve_input.h"

#include "core/db/project_database.h"
#include "core/project/project_folder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

namespace dbx {

const char* kEvolveUsage =
    "Usage: dbx evolve analyze (--source [TYPE=]FILE ... [--type-field F] | --db URL|ENV [--entities-table T ...]) [--min-coverage 0.5]\n"
    "                          [--dialect D] [--project DIR] [--json]\n"
    "       dbx evolve list|history|stats|tables --db URL|ENV [--status S] [--proposal ID] [--json]\n"
    "       dbx evolve show ID --db URL|ENV [--json]\n"
    "       dbx evolve approve|reject|rollback ID --db URL|ENV [--reviewer NAME] [--notes TEXT] [--project DIR] [--json]\n"
    "       dbx evolve sample --db URL|ENV [--project DIR]";

namespace {

void printHelp()
{
    std::cout << kEvolveUsage << "\n\n"
                 "The database proposes its own evolution from its data: attributes common to most entities of a type,\n"
                 "lists inside them, references between types, types mentioned together, dates. Each becomes a\n"
                 "proposal (a table, column, relationship or index) with its evidence, SQL and impact, which nothing\n"
                 "applies until a reviewer approves it.\n"
                 "  analyze    read the entities and propose; with --db the proposals are stored for review\n"
                 "             --source [TYPE=]FILE  a JSON array or NDJSON file (repeatable); without TYPE the\n"
                 "                                   file's name (singular) is the records' type\n"
                 "             --type-field NAME     ...or each record's member NAME, for files of several types\n"
                 "             --entities-table T    a table of the database holding entities (default\n"
                 "                                   knowledge_entities), with --id-column, --type-column,\n"
                 "                                   --attributes-column (JSON), --name-column, --group-column (the\n"
                 "                                   document: co-occurrence), --timestamp-column\n"
                 "             --min-coverage X      share of a type's entities an attribute needs (default 0.5)\n"
                 "  list       the stored proposals (--status pending|rejected|implemented|rolled_back|failed)\n"
                 "  show ID    one proposal with its evidence, SQL preview and impact\n"
                 "  approve ID apply it through the ledger, fill the new table from the entities, record it in\n"
                 "             current.yml; any failure undoes the change\n"
                 "  reject ID  set it aside, with --notes\n"
                 "  rollback ID  undo an implemented proposal (a backup of what it drops is taken first)\n"
                 "  history    every action with who, when, the SQL and the outcome (--proposal ID)\n"
                 "  stats      counts by status, type and priority; approvals, rollbacks, failures\n"
                 "  tables     the tables proposals created (the registry)\n"
                 "  sample     add the demo's knowledge_entities table, filled with sample entities\n"
                 "Exit: 0 done, 1 the action failed or was refused, 2 usage error.\n";
}

}  // namespace

int openEvolveDatabase(const std::string& command, const Args& args, ss::DatabaseConnection& connection,
                       std::string& currentSpecPath, bool createFile)
{
    if (!args.has("db"))
        return usageError("evolve " + command, "--db URL is required (the project's database)", kEvolveUsage);
    const ss::UrlParseResult url = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!url.ok())
        return usageError("evolve " + command, url.error, kEvolveUsage);
    ss::OpenOptions options;
    options.createFile = createFile;
    if (std::string error = connection.open(url.url, options); !error.empty()) {
        std::cerr << "dbx evolve " << command << ": " << error << "\n";
        return kFindings;
    }
    // Outside a project folder there is no current.yml to keep: changes start from the database as it is.
    const std::string dir = args.value("project", ".");
    ss::Project project;
    if (QFileInfo::exists(QString::fromStdString(dir + "/dbx.yml")) && ss::loadProject(dir, project).empty())
        currentSpecPath = project.currentSpecPath();
    return -1;
}

std::string indentedJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
}

int runEvolve(const std::vector<std::string>& argv)
{
    if (argv.empty() || argv.front() == "--help" || argv.front() == "-h") {
        if (argv.empty())
            return usageError("evolve", "which step? analyze, list, show, approve, reject, rollback, history, stats, tables or sample",
                              kEvolveUsage);
        printHelp();
        return kOk;
    }
    const std::string sub = argv.front();
    const std::vector<std::string> rest(argv.begin() + 1, argv.end());
    if (sub == "analyze")
        return runEvolveAnalyze(rest);
    if (sub == "approve" || sub == "reject" || sub == "rollback")
        return runEvolveReview(sub, rest);
    if (sub == "list" || sub == "show" || sub == "history" || sub == "stats" || sub == "tables")
        return runEvolveList(sub, rest);
    if (sub == "sample")
        return runEvolveSample(rest);
    return usageError("evolve", "unknown step '" + sub + "'", kEvolveUsage);
}

}  // namespace dbx
