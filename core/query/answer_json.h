#pragma once

#include "core/query/explorer.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace ss::query {

// `dbx ask --json`, the REST service and the Explore page's history: {question, status, message, sql,
// parameters, interpretation, ambiguities[], notUnderstood[], notes[], columns[], rows[][], rowCount, truncated,
// elapsedMs}; rows as JSON scalars.
QJsonObject answerJson(const Answer& answer, const SemanticModel& model);

// The interpretation alone: measures, groups, filters, time window (with its concrete dates), joins (declared
// or inferred), order and limit.
QJsonObject interpretationJson(const QueryPlan& plan, const SemanticModel& model);

// The interpretation as lines for people: "measure: total principal_paid of fact_loan_payments", ...
std::vector<std::string> interpretationLines(const QueryPlan& plan, const SemanticModel& model);

// The links a plan joins through, each once, in the order first used.
std::vector<int> linksUsed(const QueryPlan& plan);

}  // namespace ss::query
