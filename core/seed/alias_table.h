#pragma once

#include "core/seed/random.h"

#include <cstdint>
#include <vector>

namespace ss::seed {

// Vose's alias method: draws an index with probability proportional to its weight in O(1), whatever the number
// of categories. Built in a fixed order, so the same weights always give the same draws.
class AliasTable {
public:
    AliasTable() = default;
    explicit AliasTable(const std::vector<double>& weights);

    std::size_t size() const { return m_probability.size(); }
    std::size_t sample(RowRandom& random) const;

private:
    std::vector<double> m_probability;
    std::vector<std::uint32_t> m_alias;
};

}  // namespace ss::seed
