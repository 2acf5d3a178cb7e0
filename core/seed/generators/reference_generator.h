#pragma once

#include "core/seed/generators/column_generator.h"

#include <memory>

namespace ss::seed {

// How a foreign key picks its parent row.
struct ReferenceDraw {
    enum class Mode { Uniform, Zipf, Distinct };
    Mode mode = Mode::Uniform;
    double s = 1;               // Zipf exponent
    std::uint64_t stream = 0;   // shared by the columns of one foreign key (Distinct: by the keys combined)
    // Distinct: the child rows enumerate combinations of parent rows without repeating one. A single foreign
    // key gives a one-to-one relation; several foreign keys of one composite key give distinct tuples. A child
    // row r takes parent row (p(r) / divisor) % parentRows, p a permutation of [0, combinations).
    std::uint64_t combinations = 0;
    std::uint64_t divisor = 1;
};

// The values of a foreign key column: a parent row is drawn for each child row, then the parent's key generator
// gives that row's key. The parent's keys are never read from a database: its key generator is deterministic,
// so whatever it gives exists in the parent table, and referential integrity holds by construction.
std::unique_ptr<ColumnGenerator> makeReference(const ReferenceDraw& draw, std::shared_ptr<const ColumnGenerator> parentKey,
                                               std::int64_t parentRows);

}  // namespace ss::seed
