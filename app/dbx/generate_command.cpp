#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/database_input.h"

#include "core/export/full_ddl.h"
#include "core/export/model_generators.h"
#include "core/util/atomic_file.h"

#include <iostream>

namespace dbx {

namespace {

const char* kGenerateUsage =
    "Usage: dbx generate ddl --dialect sqlite|postgresql|mysql|duckdb (SPEC | --db URL) [--out FILE]\n"
    "       dbx generate models --lang pydantic|json-schema|typescript (SPEC | --db URL) [--out FILE]";

void printHelp()
{
    std::cout << kGenerateUsage
              << "\n\nGenerate an artifact of a spec (or of a live database as inspected).\n"
                 "  ddl             the complete DDL: every table, key, index, view and description, in order\n"
                 "  models          one typed model per table: Pydantic classes, a JSON Schema or TypeScript interfaces\n"
                 "  --dialect NAME  ddl: the database the statements are for\n"
                 "  --lang NAME     models: pydantic, json-schema or typescript\n"
                 "  --out FILE      write the artifact there (atomically); without it, print it\n"
                 "  --db URL        a live database (URL or an environment of --project DIR's dbx.yml)\n"
                 "Exit: 0 generated, 1 the spec has errors or the file could not be written, 2 usage error or "
                 "unreadable input.\n";
}

// The spec FILE after what to generate, or the database of --db. Returns an exit code, or -1 with `model` filled.
int loadModel(const Args& args, ss::SchemaModel& model, std::string& source)
{
    if (args.positionals().size() != (args.has("db") ? 1u : 2u))
        return usageError("generate", args.has("db") ? "give either a SPEC file or --db, not both"
                                                     : "expected what to generate and one SPEC file",
                          kGenerateUsage);
    return loadSpecOrDatabase("generate", args, kGenerateUsage, args.has("db") ? std::string() : args.positionals()[1],
                              model, source);
}

}  // namespace

int runGenerate(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "dialect", "lang", "out"}, {"help", "no-cache"}, error))
        return usageError("generate", error, kGenerateUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    const std::string what = args.positionals().empty() ? std::string() : args.positionals()[0];
    if (what != "ddl" && what != "models")
        return usageError("generate", "say what to generate: ddl or models", kGenerateUsage);

    std::string text;
    ss::SchemaModel model;
    std::string source;
    if (what == "ddl") {
        const auto dialect = ss::parseDialect(args.value("dialect"));
        if (!dialect)
            return usageError("generate", "ddl needs --dialect sqlite, postgresql, mysql or duckdb", kGenerateUsage);
        if (const int code = loadModel(args, model, source); code >= 0)
            return code;
        text = ss::fullDdl(model, *dialect);
    } else {
        const auto language = ss::parseModelLanguage(args.value("lang"));
        if (!language)
            return usageError("generate", "models needs --lang pydantic, json-schema or typescript", kGenerateUsage);
        if (const int code = loadModel(args, model, source); code >= 0)
            return code;
        text = ss::generateModels(model, *language);
    }

    if (!args.has("out")) {
        std::cout << text;
        return kOk;
    }
    const std::string out = args.value("out");
    if (std::string writeError = ss::writeFileAtomically(out, text); !writeError.empty()) {
        std::cerr << "dbx generate: " << writeError << "\n";
        return kFindings;
    }
    std::cout << out << ": " << what << " of " << model.tables.size() << " tables from " << source << "\n";
    return kOk;
}

}  // namespace dbx
