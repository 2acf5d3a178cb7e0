#pragma once

#include "core/db/database_connection.h"
#include "core/seed/report/table_report.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ss::seed {

// How a column's values spread, in the shape a chart wants: a histogram of numbers, the most frequent values of
// a category, or counts per month (or per day over a short span) for dates.
struct ColumnDistribution {
    enum class Shape { Histogram, Categories, OverTime, None };

    std::string column;
    Shape shape = Shape::None;
    // Histogram: bins[i] counts values in [edges[i], edges[i + 1]); the last bin includes the maximum.
    std::vector<double> edges;
    // Histogram: one count per bin. Categories: per label, most frequent first, then "(other)" for the rest.
    // OverTime: per period label ("2024-03" or "2024-03-31"), in time order.
    std::vector<std::string> labels;
    std::vector<std::int64_t> counts;
};

struct DistributionOptions {
    int bins = 20;
    int topCategories = 12;
    std::int64_t maxDistinctAsCategories = 20;  // numbers with this few distinct values get a bar per value
};

// The distributions of a table's columns, from its report (which supplies types, min, max and distinct counts).
// One GROUP BY query per column; columns whose values are all distinct text (keys, names) get Shape::None.
// Returns an empty string, or the first query that failed.
std::string columnDistributions(DatabaseConnection& connection, const TableReport& report, const DistributionOptions& options,
                                std::vector<ColumnDistribution>& out);

}  // namespace ss::seed
