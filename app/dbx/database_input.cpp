#include "app/dbx/database_input.h"

#include "app/dbx/spec_input.h"

#include "core/db/project_database.h"
#include "core/db/snapshot_cache.h"
#include "core/spec/spec_check.h"

#include <QString>
#include <QStringList>

#include <iostream>

namespace dbx {

namespace {

// `--schemas billing,audit`: the names as written, blanks around them dropped.
std::vector<std::string> schemaList(const std::string& text)
{
    std::vector<std::string> out;
    for (const QString& part : QString::fromStdString(text).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const std::string name = part.trimmed().toStdString(); !name.empty())
            out.push_back(name);
    return out;
}

}  // namespace

int inspectDatabaseArg(const std::string& command, const Args& args, const std::string& usage,
                       const std::vector<std::string>& specSchemas, InspectedDatabase& out)
{
    const ss::UrlParseResult target = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!target.ok())
        return usageError(command, target.error, usage);
    out.dialect = target.url.dialect;
    out.display = target.url.display();

    ss::DatabaseConnection connection;
    ss::OpenOptions open;
    open.readOnly = true;
    if (std::string error = connection.open(target.url, open); !error.empty()) {
        std::cerr << "dbx " << command << ": " << error << "\n";
        return kFindings;
    }
    ss::SnapshotCache cache(args.has("no-cache") ? std::string() : ss::SnapshotCache::defaultDirectory());
    ss::InspectOptions options;
    options.cache = args.has("no-cache") ? nullptr : &cache;
    options.readAlso(schemaList(args.value("schemas")));
    options.readAlso(specSchemas);
    out.result = ss::inspectDatabase(connection, options);
    if (!out.result.ok()) {
        std::cerr << "dbx " << command << ": " << out.result.error << "\n";
        return kFindings;
    }
    for (const auto& note : out.result.notes)
        std::cerr << "dbx " << command << ": note: " << note << "\n";
    return -1;
}

int loadSpecOrDatabase(const std::string& command, const Args& args, const std::string& usage, const std::string& specPath,
                       ss::SchemaModel& model, std::string& source)
{
    if (args.has("db")) {
        InspectedDatabase inspected;
        if (const int code = inspectDatabaseArg(command, args, usage, {}, inspected); code >= 0)
            return code;
        source = inspected.display;
        model = std::move(inspected.result.model);
        return -1;
    }
    source = specPath;
    return loadCleanSpec(command, specPath, model, kFindings);
}

int loadCleanSpec(const std::string& command, const std::string& specPath, ss::SchemaModel& model, int errorsExit)
{
    ss::LoadResult loaded = ss::checkSpecFile(specPath);
    printDiagnostics(specPath, loaded.diagnostics, std::cerr);
    if (hasReadProblem(loaded.diagnostics))
        return kUsage;
    if (!loaded.ok()) {
        std::cerr << "dbx " << command << ": " << specPath << " has errors; fix them first\n";
        return errorsExit;
    }
    model = std::move(loaded.model);
    return -1;
}

}  // namespace dbx
