#pragma once

#include "core/db/database_connection.h"
#include "core/spec/schema_model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ss::seed {

// A statistic as the database returned it: its text, and its number when the column is numeric.
struct StatValue {
    std::string text;
    std::optional<double> number;
};

struct PercentileValue {
    double percent = 0;  // 0-100
    StatValue value;
};

struct ColumnReport {
    std::string name;
    DataType type;
    std::int64_t nonNull = 0;
    double nullRatio = 0;   // share of the rows that are NULL; 0 for an empty table
    std::int64_t distinct = 0;
    std::optional<StatValue> min;   // not for blobs and JSON
    std::optional<StatValue> max;
    std::optional<double> mean;     // numbers and booleans (the share of true)
    std::vector<PercentileValue> percentiles;  // numbers (interpolated) and dates and times (the nearest value below)
};

struct TableReport {
    std::string table;
    std::int64_t rows = 0;
    std::vector<ColumnReport> columns;
    std::string error;  // empty on success

    bool ok() const { return error.empty(); }
};

// What a table holds, column by column, computed in SQL: one pass for counts, distinct counts, min, max and mean;
// percentiles with percentile_cont / percentile_disc in PostgreSQL, elsewhere by one ordered query with
// LIMIT/OFFSET per percentile and column (bounded work: no rows come back but the ones asked for).
// The table's columns and types come from inspecting the database.
TableReport reportTable(DatabaseConnection& connection, const std::string& table, const std::vector<double>& percentiles);
// The same for a table already inspected (several reports from one inspection).
TableReport reportTable(DatabaseConnection& connection, const Table& table, const std::vector<double>& percentiles);

}  // namespace ss::seed
