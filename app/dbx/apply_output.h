#pragma once

#include "core/db/apply/apply_engine.h"
#include "core/db/apply/target_script.h"

#include <ostream>
#include <string>
#include <vector>

namespace dbx {

// The statements of one apply as they end, printed as they go ("[3/12] applied     4 ms  CREATE TABLE ...") and
// kept for the JSON report.
struct ApplyLog {
    std::vector<ss::StatementProgress> ended;
    void statement(const ss::StatementProgress& progress, std::ostream& out);
};

// `--target`: what the live schema needs, before it runs.
void printPlanned(const ss::LivePlan& planned, std::ostream& out);

void printOutcome(const ss::ApplyOutcome& outcome, const ss::MigrationScript& script, std::ostream& out);
// {"migration", "database", "status", "summary", "error", "checksum", "statements_total", "statements_run",
//  "resumed_from", "failed_statement", "duration_ms", "backup", "breaking": [...], "statements": [...],
//  "would_run": [...], "messages": [...]}
void printOutcomeJson(const ss::ApplyOutcome& outcome, const ss::MigrationScript& script, const ApplyLog& log,
                      const std::string& database, std::ostream& out);

}  // namespace dbx
