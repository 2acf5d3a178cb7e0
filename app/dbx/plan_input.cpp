#include "app/dbx/plan_input.h"

#include "app/dbx/database_input.h"
#include "app/dbx/spec_input.h"

#include "core/db/apply/drift.h"
#include "core/spec/spec_check.h"
#include "core/sql/lower_types.h"

#include <iostream>

namespace dbx {

int loadSpecForPlanning(const std::string& command, const std::string& file, ss::SchemaModel& model)
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

int loadPlanInputs(const std::string& command, const std::string& targetFile, const Args& args, const std::string& usage,
                   PlanInputs& inputs)
{
    if (targetFile.empty())
        return usageError(command, "the target spec is missing", usage);
    if (args.has("db") && args.has("current"))
        return usageError(command, "give either --current FILE or --db URL, not both", usage);
    if (!args.has("current") && !args.has("db"))
        return usageError(command, "--current FILE or --db URL is required (the schema as it is now)", usage);
    if (const int code = loadSpecForPlanning(command, targetFile, inputs.target); code >= 0)
        return code;
    if (!args.has("db"))
        return loadSpecForPlanning(command, args.value("current"), inputs.current);
    InspectedDatabase inspected;
    if (const int code = inspectDatabaseArg(command, args, usage, ss::schemasOf(inputs.target), inspected); code >= 0)
        return code;
    inputs.current = std::move(inspected.result.model);
    inputs.databaseDialect = inspected.dialect;
    return -1;
}

ss::Plan planOf(const PlanInputs& inputs, ss::Dialect dialect)
{
    ss::Plan plan = ss::diffFor(inputs.current, inputs.target, dialect);
    if (inputs.databaseDialect)
        ss::dropUnstorableOperations(plan, *inputs.databaseDialect);
    return plan;
}

}  // namespace dbx
