#pragma once

#include "core/evolve/backfill_recipe.h"
#include "core/evolve/spec_change.h"

#include <QJsonObject>

#include <optional>
#include <string>
#include <vector>

namespace ss::evolve {

enum class ProposalType { Table, Column, Relationship, Index };
enum class Priority { High, Medium, Low };
enum class ProposalStatus { Pending, Rejected, Implemented, RolledBack, Failed };

const char* toString(ProposalType type);      // "table", "column", "relationship", "index"
const char* toString(Priority priority);      // "high", "medium", "low"
const char* toString(ProposalStatus status);  // "pending", "rejected", "implemented", "rolled_back", "failed"
std::optional<ProposalType> parseProposalType(const std::string& text);
std::optional<Priority> parsePriority(const std::string& text);
std::optional<ProposalStatus> parseProposalStatus(const std::string& text);

// A change the data suggests, for a reviewer to approve or reject. The id is made from what it changes, so a
// new analysis of the same data finds the same proposal instead of adding another.
struct Proposal {
    std::string id;
    ProposalType type = ProposalType::Table;
    Priority priority = Priority::Medium;
    ProposalStatus status = ProposalStatus::Pending;
    std::string title;
    std::string description;
    std::string rationale;
    double confidence = 0;
    long long frequency = 0;
    std::string patternId;
    std::vector<std::string> dependsOn;  // proposals that must be implemented first (the tables it points to)
    SpecChange change;
    BackfillRecipe backfill;
    QJsonObject sources;          // EntitySources as JSON: where the backfill reads the entities again
    std::string sqlPreview;       // for the dialect it was analysed for
    QJsonObject impact;           // the plan against the project's schema (as dbx plan --json)
    QJsonObject supportingData;   // entityCount, coverage per attribute, examples, conflicts
    std::string dialect;
    // The review, once there is one.
    std::string createdAt;
    std::string reviewedBy;
    std::string reviewNotes;
    std::string implementedAt;
};

// The proposals with each after those it depends on, otherwise in the order given. A dependency that is not in
// the list counts as met; proposals caught in a cycle come last, in the order given.
std::vector<Proposal> inDependencyOrder(std::vector<Proposal> proposals);

// The proposal as `dbx evolve list --json` and the service show it: id, type, priority, status, title, rationale,
// confidence, frequency, sqlPreview, impact, supportingData; `table` for table proposals, `relationship` for
// relationships.
QJsonObject toJson(const Proposal& proposal);

}  // namespace ss::evolve
