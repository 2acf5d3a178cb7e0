#include "app/dbx/plan_input.h"

#include "app/dbx/spec_input.h"

#include "core/spec/spec_check.h"

#include <iostream>

namespace dbx {

namespace {

int loadSide(const std::string& command, const std::string& file, ss::SchemaModel& model)
{
    ss::LoadResult result = ss::checkSpecFile(file);
    if (hasReadProblem(result.diagnostics)) {
        printDiagnostics(file, result.diagnostics, std::cerr);
        return kUsage;
    }
    if (!result.ok()) {
        printDiagnostics(file, result.diagnostics, std::cerr);
        std::cerr << "dbx " << command << ": " << file << " has errors; fix them before planning\n";
        return kFindings;
    }
    model = std::move(result.model);
    return -1;
}

}  // namespace

int loadPlanInputs(const std::string& command, const std::string& targetFile, const Args& args, const std::string& usage,
                   PlanInputs& inputs)
{
    if (args.has("db"))
        return usageError(command,
                          "--db needs a database connection, which this version of dbx cannot open yet; "
                          "export the current schema to a spec and pass it with --current FILE",
                          usage);
    if (targetFile.empty())
        return usageError(command, "the target spec is missing", usage);
    if (!args.has("current"))
        return usageError(command, "--current FILE is required (the schema as it is now)", usage);
    if (const int code = loadSide(command, args.value("current"), inputs.current); code >= 0)
        return code;
    return loadSide(command, targetFile, inputs.target);
}

}  // namespace dbx
