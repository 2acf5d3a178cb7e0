#include "app/dbx/evolve_input.h"

#include "core/db/apply/process_identity.h"
#include "core/evolve/stored_analysis.h"
#include "core/project/project_folder.h"
#include "core/spec/yaml_loader.h"

#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <iostream>

namespace dbx {

namespace {

void printHuman(const ss::evolve::AnalysisResult& result, bool stored)
{
    std::cout << result.entities << " entities of " << result.types.size() << " type(s):";
    for (const auto& [type, count] : result.types)
        std::cout << " " << type << " " << count << ";";
    std::cout << "\n\n" << result.patterns.size() << " pattern(s)\n";
    for (const ss::evolve::Pattern& p : result.patterns)
        std::printf("  %-18s %3d%%  %s\n", toString(p.kind), static_cast<int>(p.confidence * 100 + 0.5), p.description.c_str());
    std::cout << "\n" << result.proposals.size() << " proposal(s)" << (stored ? ", stored for review" : "") << "\n";
    for (const ss::evolve::Proposal& p : result.proposals)
        std::printf("  [%-6s] %-12s %s\n               %s\n", toString(p.priority), toString(p.type), p.title.c_str(), p.id.c_str());
}

}  // namespace

int runEvolveAnalyze(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv,
                    {"source", "type-field", "db", "project", "entities-table", "id-column", "type-column", "attributes-column", "name-column",
                     "group-column", "timestamp-column", "min-coverage", "dialect"},
                    {"json", "help"}, error))
        return usageError("evolve analyze", error, kEvolveUsage);
    if (args.has("help")) {
        std::cout << kEvolveUsage << "\n";
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("evolve analyze", "unexpected argument '" + args.positionals().front() + "'", kEvolveUsage);
    ss::evolve::EntitySources sources;
    for (const std::string& source : args.values("source")) {
        ss::evolve::EntityFile file = ss::evolve::parseEntityFile(source, args.value("type-field"));
        if (!QFileInfo(QString::fromStdString(file.path)).isFile()) {
            std::cerr << "dbx evolve analyze: " << file.path << ": no such file\n";
            return kUsage;
        }
        sources.files.push_back(file);
    }
    const bool tableOptions = args.has("entities-table") || args.has("type-column") || args.has("attributes-column")
                              || args.has("id-column") || args.has("name-column") || args.has("group-column")
                              || args.has("timestamp-column");
    if (tableOptions && !args.has("db"))
        return usageError("evolve analyze", "an entities table is read from a database: give --db", kEvolveUsage);
    if (sources.files.empty() && !args.has("db"))
        return usageError("evolve analyze", "give --source FILE or --db (with its entities table)", kEvolveUsage);
    if (args.has("db") && (sources.files.empty() || tableOptions)) {
        ss::evolve::EntitiesTable table;
        table.table = args.value("entities-table", table.table);
        table.idColumn = args.value("id-column", table.idColumn);
        table.typeColumn = args.value("type-column", table.typeColumn);
        table.attributesColumn = args.value("attributes-column", table.attributesColumn);
        table.nameColumn = args.value("name-column", table.nameColumn);
        table.groupColumn = args.value("group-column", table.groupColumn);
        table.timestampColumn = args.value("timestamp-column", table.timestampColumn);
        sources.table = table;
    }
    ss::evolve::AnalysisOptions options;
    if (args.has("min-coverage")) {
        bool ok = false;
        options.minCoverage = QString::fromStdString(args.value("min-coverage")).toDouble(&ok);
        if (!ok || options.minCoverage <= 0 || options.minCoverage > 1)
            return usageError("evolve analyze", "--min-coverage is a share between 0 and 1 (0.5 = half the entities)", kEvolveUsage);
    }

    ss::DatabaseConnection connection;
    std::string currentSpecPath;
    ss::SchemaModel current;
    if (args.has("db")) {
        if (const int code = openEvolveDatabase("analyze", args, connection, currentSpecPath); code >= 0)
            return code;
        options.dialect = connection.dialect();
    } else {
        ss::Project project;
        if (ss::loadProject(args.value("project", "."), project).empty()) {
            options.dialect = ss::parseDialect(project.dialect).value_or(ss::Dialect::Sqlite);
            if (QFileInfo::exists(QString::fromStdString(project.currentSpecPath()))) {
                ss::LoadResult loaded = ss::loadSchemaFile(project.currentSpecPath());
                if (!loaded.ok()) {
                    std::cerr << "dbx evolve analyze: " << project.currentSpecPath()
                              << " does not load: " << loaded.diagnostics.front().message << "\n";
                    return kFindings;
                }
                current = std::move(loaded.model);
            }
        }
    }
    if (args.has("dialect")) {
        const auto dialect = ss::parseDialect(args.value("dialect"));
        if (!dialect)
            return usageError("evolve analyze", "unknown dialect '" + args.value("dialect") + "'", kEvolveUsage);
        if (args.has("db") && *dialect != connection.dialect())
            return usageError("evolve analyze", "--dialect is the database's own with --db", kEvolveUsage);
        options.dialect = *dialect;
    }

    ss::evolve::AnalysisResult result;
    const bool stored = args.has("db");
    if (stored) {
        ss::evolve::StoredAnalysis analysis =
            ss::evolve::analyzeAndStore(connection, sources, currentSpecPath, options, ss::currentProcess().userAtHost());
        if (!analysis.ok()) {
            std::cerr << "dbx evolve analyze: " << (analysis.error.empty() ? analysis.result.error : analysis.error) << "\n";
            return kFindings;
        }
        result = std::move(analysis.result);
    } else {
        result = ss::evolve::analyze(sources, nullptr, current, options);
        if (!result.error.empty()) {
            std::cerr << "dbx evolve analyze: " << result.error << "\n";
            return kFindings;
        }
    }
    if (args.has("json"))
        std::cout << indentedJson(ss::evolve::toJson(result));
    else
        printHuman(result, stored);
    return kOk;
}

}  // namespace dbx
