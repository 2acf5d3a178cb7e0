#pragma once

#include "core/evolve/analysis_options.h"
#include "core/evolve/entity_sources.h"
#include "core/evolve/pattern.h"
#include "core/evolve/proposal.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace ss::evolve {

struct AnalysisHooks {
    std::function<void(long long entities)> onEntities;  // every 10,000 entities read, and at the end
    const std::atomic<bool>* cancel = nullptr;
};

struct AnalysisResult {
    std::string error;
    bool cancelled = false;
    long long entities = 0;
    std::vector<std::pair<std::string, long long>> types;  // entity types and their counts, as first seen
    std::vector<Pattern> patterns;
    std::vector<Proposal> proposals;  // ordered so that each comes after those it depends on
    long long durationMs = 0;

    bool ok() const { return error.empty() && !cancelled; }
};

// Reads the entities once (streamed), profiles them and runs the detectors: references, common attributes,
// nested collections, co-occurrence, temporal patterns, then index suggestions. Every proposal is previewed
// against `current` for the options' dialect. Nothing is written anywhere.
AnalysisResult analyze(const EntitySources& sources, DatabaseConnection* connection, const SchemaModel& current,
                       const AnalysisOptions& options, const AnalysisHooks& hooks = {});

// {patterns: [...], proposals: [...], analysis: {entities, types, patterns, proposals, highPriorityProposals, ...}}
QJsonObject toJson(const AnalysisResult& result);
// The counts seed 001 answers an analysis with: patterns, proposals and how many of each priority.
QJsonObject analysisCounts(const std::vector<Pattern>& patterns, const std::vector<Proposal>& proposals);

}  // namespace ss::evolve
