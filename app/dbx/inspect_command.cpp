#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/database_input.h"

#include "core/spec/yaml_writer.h"
#include "core/util/atomic_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

namespace dbx {

namespace {

const char* kInspectUsage = "Usage: dbx inspect --db URL|ENVIRONMENT [--project DIR] [--schemas LIST] [--out FILE] [--json] [--no-cache]";

void printHelp()
{
    std::cout << kInspectUsage
              << "\n\nRead a live database's schema and print it as a spec (canonical YAML).\n"
                 "  --db URL          sqlite:///abs/path.db, sqlite:relative.db, postgresql://user@host:port/db,\n"
                 "                    mysql://user@host:port/db (mariadb:// too), or an environment named in dbx.yml\n"
                 "  --project DIR     the project folder: its environments, and the base of relative SQLite paths\n"
                 "                    (default: the current folder)\n"
                 "  --schemas LIST    PostgreSQL: also read these schemas (comma-separated) beside the current one\n"
                 "                    and those dbx apply put tables in; their tables get `schema:` in the spec\n"
                 "  --out FILE        write the spec to FILE (atomically) instead of printing it\n"
                 "  --json            print {\"database\", \"dialect\", \"tables\", \"views\", \"from_cache\", \"notes\", "
                 "\"out\", \"spec\"}\n"
                 "  --no-cache        read the catalog even when the snapshot cache says nothing changed\n"
                 "Passwords never go into a URL: PGPASSWORD / MYSQL_PWD / DBX_PASSWORD, ~/.pgpass, or\n"
                 "~/.config/schema-studio/credentials (the .pgpass format) supply them.\n"
                 "Dimensions and facts are inferred from names (dim_, fact_) and foreign-key shape; change them in the spec.\n"
                 "Exit: 0 inspected, 1 the database could not be reached or read or FILE written, 2 usage error.\n";
}

}  // namespace

int runInspect(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "out", "schemas"}, {"json", "no-cache", "help"}, error))
        return usageError("inspect", error, kInspectUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("inspect", "unexpected argument '" + args.positionals().front() + "'", kInspectUsage);
    if (!args.has("db"))
        return usageError("inspect", "--db URL is required (the database to read)", kInspectUsage);

    InspectedDatabase inspected;
    if (const int code = inspectDatabaseArg("inspect", args, kInspectUsage, {}, inspected); code >= 0)
        return code;
    const ss::SchemaModel& model = inspected.result.model;
    const std::string spec = ss::saveSchemaYaml(model);

    if (args.has("out")) {
        if (std::string writeError = ss::writeFileAtomically(args.value("out"), spec); !writeError.empty()) {
            std::cerr << "dbx inspect: " << writeError << "\n";
            return kFindings;
        }
        if (!args.has("json"))
            std::cerr << "dbx inspect: wrote " << args.value("out") << " (" << model.tables.size() << " tables, "
                      << model.views.size() << " views)\n";
    }
    if (args.has("json")) {
        QJsonArray notes;
        for (const auto& n : inspected.result.notes)
            notes.append(QString::fromStdString(n));
        QJsonObject report{{"database", QString::fromStdString(inspected.display)},
                           {"dialect", ss::toString(inspected.dialect)},
                           {"tables", static_cast<int>(model.tables.size())},
                           {"views", static_cast<int>(model.views.size())},
                           {"from_cache", inspected.result.fromCache},
                           {"notes", notes},
                           {"out", args.has("out") ? QJsonValue(QString::fromStdString(args.value("out"))) : QJsonValue()},
                           {"spec", args.has("out") ? QJsonValue() : QJsonValue(QString::fromStdString(spec))}};
        std::cout << QJsonDocument(report).toJson(QJsonDocument::Indented).toStdString();
    } else if (!args.has("out")) {
        std::cout << spec;
    }
    return kOk;
}

}  // namespace dbx
