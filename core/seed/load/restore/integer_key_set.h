#pragma once

#include <cstdint>
#include <vector>

namespace ss::seed {

// The values of an integer key held in memory for lookups by the million: a bitmap over their range when that
// takes less memory than the values themselves (surrogate keys counted up from 1), the sorted values otherwise.
class IntegerKeySet {
public:
    explicit IntegerKeySet(std::vector<std::int64_t> values);

    bool contains(std::int64_t value) const;
    // What the set holds in memory.
    std::size_t bytes() const;

private:
    std::int64_t m_low = 0;
    std::uint64_t m_span = 0;  // highest minus lowest, as unsigned: it may exceed INT64_MAX
    std::vector<std::uint64_t> m_bits;
    std::vector<std::int64_t> m_sorted;
};

}  // namespace ss::seed
