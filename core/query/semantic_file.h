#pragma once

#include "core/query/semantic_model.h"

#include <string>

namespace ss::query {

// A project's semantic.yml: words the schema's names do not say, the measure a question means when it names
// none, and the date a time grain uses by default:
//
//   synonyms:
//     dim_company: [borrower, client]            # a table
//     fact_loan_payments.principal_paid: [repayment]  # a column
//   preferred_measures: [fact_loan_payments.principal_paid]
//   default_time: fact_loan_payments.payment_date
//
// Returns an error with the file, line and column, or empty. A name the model does not have is an error too.
std::string applySemanticFile(const std::string& path, SemanticModel& model);

// The schema as a live database holds it, with what a spec says of the same tables laid over it: table kinds
// and descriptions, column descriptions and measures' aggregations.
void overlaySpec(SchemaModel& live, const SchemaModel& spec);

}  // namespace ss::query
