#pragma once

#include "core/db/database_connection.h"
#include "core/seed/seed_plan.h"
#include "core/spec/schema_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ss::seed {

// The rows that break a constraint, found by one portable query per constraint after a bulk load: how many,
// and a few of them to show the user.
struct Violations {
    std::int64_t rows = 0;              // 0: the constraint holds
    const char* counted = "row";        // what `rows` counts ("duplicated value" for a unique key)
    std::vector<std::string> examples;  // up to kViolationExamples rows, "(company_key)=(999) in (loan_id)=(L-7)"
    std::string error;                  // a query failed
};

constexpr int kViolationExamples = 5;

// Rows of `table` whose foreign key finds no referenced row. Rows with a NULL in the key are not checked, as the
// databases themselves do (MATCH SIMPLE). `rowKey` names the columns that identify a row in the examples (its
// primary key; may be empty). With `countAll` false, `rows` counts the examples only: enough to tell that the
// key holds, without scanning the table a second time. `source` names the table as the query reads it, aliased c,
// when that is not just its quoted name (an index hint).
Violations foreignKeyViolations(DatabaseConnection& connection, const std::string& table, const ForeignKey& fk,
                                const std::vector<std::string>& rowKey, bool countAll = true, const std::string& source = {});

// How many distinct key values of `fk` in `table` find no referenced row: one check per value rather than per
// row, which costs little when an index on the key gives its distinct values (`source` names the table with the
// alias c and, say, an index hint). Returns -1 with `error` set when the query fails.
std::int64_t missingKeyValues(DatabaseConnection& connection, const ForeignKey& fk, const std::string& source, std::string& error);

// Values of `columns` that more than one row of `table` holds (NULLs never collide).
Violations duplicateValues(DatabaseConnection& connection, const std::string& table, const std::vector<std::string>& columns);

// "<what>: 3 rows, e.g. (company_key)=(999) in (loan_id)=(L-7); ..." — or the query's error.
std::string violationMessage(const std::string& what, const Violations& violations);

// The names of the table's primary key columns: what identifies an offending row in the examples.
std::vector<std::string> primaryKeyNames(const PlannedTable& table);

// "fk_a (company_key) -> dim_company (company_key)", for messages.
std::string describeForeignKey(const ForeignKey& fk);

}  // namespace ss::seed
