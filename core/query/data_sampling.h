#pragma once

#include "core/db/database_connection.h"
#include "core/query/semantic_model.h"

#include <string>

namespace ss::query {

struct SamplingOptions {
    int maxDistinct = 50;      // a text column with more distinct values is free text, not a category
    int maxColumns = 2000;     // columns sampled at most (the rest keep no values)
    int inclusionSample = 1000;  // distinct values checked per inferred join
    double minInclusion = 0.95;  // share of them that must find their row
};

// Fills Field::values with the distinct values of low-cardinality text and integer-code columns, so that "in
// Europe" finds the column holding Europe, and counts the rows of the facts (of every table where there are
// none) for suggestions. Returns an error message, or empty.
std::string sampleValues(DatabaseConnection& connection, SemanticModel& model, const SamplingOptions& options = {});

// Joins the database does not declare: a column named like another table's key (company_key, CustomerId,
// payment_date_key -> date_key) of a compatible type, kept when its values are found among the key's
// (SamplingOptions::minInclusion). Each is marked inferred with its inclusion. Returns an error message, or empty.
std::string inferLinks(DatabaseConnection& connection, SemanticModel& model, const SamplingOptions& options = {});

}  // namespace ss::query
