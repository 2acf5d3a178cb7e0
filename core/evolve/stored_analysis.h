#pragma once

#include "core/evolve/analysis.h"

#include <string>

namespace ss::evolve {

struct StoredAnalysis {
    AnalysisResult result;
    int added = 0;    // new proposals
    int updated = 0;  // pending ones brought up to date
    std::string error;

    bool ok() const { return error.empty() && result.ok(); }
};

// An analysis of the project's database: the schema it starts from (current.yml, or the database when the
// project has none), the proposals stored for review, the analysis in the history (`who` ran it) and the run log.
StoredAnalysis analyzeAndStore(DatabaseConnection& connection, const EntitySources& sources, const std::string& currentSpecPath,
                               AnalysisOptions options, const std::string& who, const AnalysisHooks& hooks = {});

}  // namespace ss::evolve
