#pragma once

#include "core/design/draft_builder.h"

#include <string>
#include <vector>

namespace ss::design {

// Reads an edit of the base spec: "add a dimension for branch to the payments fact", "add overtime hours to
// payroll", "add a job title column to employees", "rename X to Y". Returns false when the tokens are not such
// an edit (the caller then reads them as new tables to merge into the base).
bool readEdit(const std::vector<std::string>& tokens, DraftBuilder& builder, DesignResult& result);

// The base table the words name ("payments" finds fact_payments, "employee" finds dim_employee).
Table* findNamedTable(SchemaModel& model, const std::vector<std::string>& words);

}  // namespace ss::design
