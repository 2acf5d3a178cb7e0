#pragma once

#include "core/plan/plan.h"

#include <QJsonArray>
#include <QJsonObject>

#include <string>

namespace ss {

// The name of what an operation touches besides its table: a column, index, constraint or nothing.
std::string operationObject(const Operation& op);

// {"step", "kind", "table", "object", "description", "risk", "reasons": [{"code", "level", "message"}]}
QJsonObject operationJson(const Operation& op, int step);
QJsonArray operationsJson(const Plan& plan);  // operationJson of each, numbered from 1
// {"operations": n, "safe", "medium", "high", "highest", "from_version", "to_version"}
QJsonObject summaryJson(const Plan& plan);
QJsonArray notesJson(const Plan& plan);  // the plan's notes: {"table", "text"} each

// The risk report as people read it: one line per operation, its reasons indented below, then a summary.
std::string formatImpactText(const Plan& plan, bool summaryOnly);

}  // namespace ss
