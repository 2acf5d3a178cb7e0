#pragma once

#include <cstdint>
#include <string_view>

namespace ss::seed {

// SplitMix64's finaliser: a bijection on 64-bit words that scatters every input bit over the output.
constexpr std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The seed of one random stream, from the run's seed and the names that own the stream (a table and a column,
// or a table and a tag such as "#person"). Names are case-insensitive, like the model's, so renaming a column's
// case does not change its data; every other stream is untouched by adding or removing a column.
std::uint64_t streamSeed(std::uint64_t globalSeed, std::string_view table, std::string_view owner);

// A derived stream for a second purpose of the same owner (its nulls, its permutation).
constexpr std::uint64_t subStream(std::uint64_t stream, std::uint64_t purpose)
{
    return mix64(stream ^ mix64(purpose + 0x632BE59BD9B4E019ULL));
}

// The random numbers of one row of one stream. Values are a pure function of (stream, row): any row can be
// generated alone, in any batch, in any order, with the same result. SplitMix64 from a scattered start.
class RowRandom {
public:
    RowRandom(std::uint64_t stream, std::int64_t row)
        : m_state(mix64(stream ^ mix64(static_cast<std::uint64_t>(row) * 0xD1B54A32D192ED03ULL + 1)))
    {
    }

    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix64(m_state);
    }
    // Uniform in [0, 1), 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in (0, 1): safe to take the logarithm of.
    double open() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    // Uniform integer in [0, n); n > 0. The bias of the multiply-shift method is below n / 2^64.
    std::uint64_t below(std::uint64_t n)
    {
        return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
    }

private:
    std::uint64_t m_state;
};

}  // namespace ss::seed
