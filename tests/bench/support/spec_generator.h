#pragma once

#include <functional>
#include <string>

namespace bench {

struct GeneratedSpecShape {
    int tables = 2000;
    int columnsPerTable = 21;  // including the surrogate key and FK columns
    int foreignKeysPerTable = 2;
    unsigned seed = 1;
    // Share of tables (0..1) that get a different column set, to make a second spec that differs from the first.
    double changedShare = 0.0;
};

// A deterministic star-shaped spec in the DSL: a fifth of the tables are dimensions, the rest facts and plain
// tables referencing earlier tables by FK. About 3 MB of YAML at the default shape.
std::string generateSpec(const GeneratedSpecShape& shape);

// Seconds taken by fn, the median of `runs` runs.
double medianSeconds(int runs, const std::function<void()>& fn);

}  // namespace bench
