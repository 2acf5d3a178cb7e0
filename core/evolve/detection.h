#pragma once

#include "core/evolve/analysis_options.h"
#include "core/evolve/collection_profile.h"
#include "core/evolve/entity_layout.h"
#include "core/evolve/pattern.h"
#include "core/evolve/proposal.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace ss::evolve {

// What every detector reads: the profile, the layouts of the types, the schema as it is and the sources.
struct DetectionContext {
    const CollectionProfile& profile;
    const AnalysisOptions& options;
    const SchemaModel& current;
    std::vector<EntityLayout>& layouts;
    QJsonObject sources;       // EntitySources as JSON, kept by each proposal for its backfill
    std::string groupColumn;   // what a document is called in association tables ("transcript_id"), or "document"

    const EntityLayout* layoutOf(const std::string& type) const;
};

struct Findings {
    std::vector<Pattern> patterns;
    std::vector<Proposal> proposals;

    const Proposal* find(const std::string& id) const;
};

// The proposal id of a layout's table, or empty when the table exists already.
std::string tableProposalId(const EntityLayout& layout);
std::string tableProposalId(const std::string& table);

Priority priorityOf(double confidence, long long frequency);

// The detectors, in the order analysis runs them (references first: they decide which columns are unique).
void detectReferences(DetectionContext& context, Findings& findings);
void detectCommonAttributes(DetectionContext& context, Findings& findings);
void detectNestedCollections(DetectionContext& context, Findings& findings);
void detectCoOccurrence(DetectionContext& context, Findings& findings);
void detectTemporal(DetectionContext& context, Findings& findings);
// Index suggestions for what the others found: referring columns, and the dates entities are filtered by.
void suggestIndexes(DetectionContext& context, Findings& findings);

}  // namespace ss::evolve
