#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/database_input.h"

#include "core/export/data_dictionary.h"
#include "core/util/atomic_file.h"

#include <filesystem>
#include <iostream>

namespace dbx {

namespace {

const char* kDocsUsage = "Usage: dbx docs (SPEC | --db URL) --out FILE.md|DIR";

void printHelp()
{
    std::cout << kDocsUsage
              << "\n\nWrite a Markdown data dictionary: the ER diagram (Mermaid), the tables by role with their columns,\n"
                 "keys, defaults, descriptions, measures and grain, foreign keys, indexes and checks, and the views\n"
                 "with their SQL. An unchanged spec gives the same bytes.\n"
                 "  --out FILE.md   the file to write (atomically)\n"
                 "  --out DIR       an existing folder: the file is DIR/<warehouse>.md\n"
                 "  --db URL        document a live database (URL or an environment of --project DIR's dbx.yml)\n"
                 "Exit: 0 written, 1 the spec has errors or the file could not be written, 2 usage error or "
                 "unreadable input.\n";
}

}  // namespace

int runDocs(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "out"}, {"help", "no-cache"}, error))
        return usageError("docs", error, kDocsUsage);
    if (args.has("help")) {
        printHelp();
        return kOk;
    }
    const bool live = args.has("db");
    if (live ? !args.positionals().empty() : args.positionals().size() != 1)
        return usageError("docs", live ? "give either a SPEC file or --db, not both" : "expected exactly one SPEC file",
                          kDocsUsage);
    if (!args.has("out"))
        return usageError("docs", "--out FILE.md|DIR is required", kDocsUsage);

    ss::SchemaModel model;
    std::string source;
    if (const int code = loadSpecOrDatabase("docs", args, kDocsUsage, live ? std::string() : args.positionals()[0], model, source);
        code >= 0)
        return code;

    std::filesystem::path out = args.value("out");
    std::error_code ec;
    if (std::filesystem::is_directory(out, ec))
        out /= (model.warehouse.empty() ? std::string("schema") : model.warehouse) + ".md";
    if (std::string writeError = ss::writeFileAtomically(out.string(), ss::dataDictionary(model)); !writeError.empty()) {
        std::cerr << "dbx docs: " << writeError << "\n";
        return kFindings;
    }
    std::cout << out.string() << ": data dictionary of " << model.tables.size() << " tables and " << model.views.size()
              << " views from " << source << "\n";
    return kOk;
}

}  // namespace dbx
