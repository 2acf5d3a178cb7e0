#pragma once

#include "core/seed/generators/column_generator.h"
#include "core/seed/seed_profile.h"
#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ss::seed {

constexpr std::uint64_t kDefaultSeed = 42;

struct SeedOptions {
    std::optional<std::uint64_t> seed;  // overrides the profile's seed
    double scale = 1;                   // multiplies fixed row counts; calendars keep one row per day
};

struct PlannedColumn {
    std::string name;
    DataType type;
    ColumnShape shape;
    GeneratorSpec spec;     // from the profile, or inferred (then `inferred` is set)
    bool inferred = false;
    std::shared_ptr<const ColumnGenerator> generator;
    double nullRate = 0;
    std::uint64_t nullStream = 0;
    int foreignKey = -1;    // index of the table's foreign key the column belongs to
    bool deferred = false;  // closes a cycle of foreign keys: NULL when inserted, set by the update pass
};

struct PlannedTable {
    std::string name;
    std::string schema;  // the spec table's PostgreSQL schema; empty: the current one
    std::int64_t rows = 0;
    std::vector<PlannedColumn> columns;    // the table's columns in their physical order (batch order)
    std::vector<std::size_t> fillOrder;    // the same columns, each after the columns it follows
    std::vector<std::size_t> primaryKey;   // identifies rows for the update pass
    bool hasDeferred = false;

    int findColumn(std::string_view column) const;  // case-insensitive; -1 when absent
};

// Everything needed to generate the data of a schema: for each table, in an order in which every table comes
// after the tables its (non-deferred) foreign keys reference, its row count and a generator per column.
struct SeedPlan {
    std::uint64_t seed = kDefaultSeed;
    std::vector<PlannedTable> tables;
    SeedProfile effectiveProfile;  // the profile with every inferred choice written out (`--write-profile`)

    std::int64_t totalRows() const;
    const PlannedTable* findTable(std::string_view name) const;
};

struct PlanResult {
    SeedPlan plan;
    std::vector<Diagnostic> profileDiagnostics;  // located in the profile file
    std::vector<Diagnostic> specDiagnostics;     // located in the spec file

    bool ok() const { return !hasErrors(profileDiagnostics) && !hasErrors(specDiagnostics); }
};

// Checks the profile against the spec, infers what it leaves out, orders the tables by their foreign keys
// (breaking a cycle at a nullable foreign key, refusing one without) and builds the generators.
// `model` must come from the loader (implied columns present).
PlanResult planSeeding(const SchemaModel& model, const SeedProfile& profile, const SeedOptions& options = {});

}  // namespace ss::seed
