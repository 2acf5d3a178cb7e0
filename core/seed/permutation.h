#pragma once

#include <cstdint>

namespace ss::seed {

// A pseudo-random bijection of [0, n): a balanced Feistel network on the smallest even number of bits that
// covers n, with cycle walking back into range. Gives unique values that do not look sequential (distinct
// integers in a range, sampling parent rows without replacement, scattering Zipf ranks) in O(1) memory.
class Permutation {
public:
    Permutation() = default;
    Permutation(std::uint64_t n, std::uint64_t key);

    std::uint64_t size() const { return m_n; }
    std::uint64_t operator()(std::uint64_t index) const;

private:
    std::uint64_t encrypt(std::uint64_t value) const;

    std::uint64_t m_n = 0;
    int m_halfBits = 0;
    std::uint64_t m_halfMask = 0;
    std::uint64_t m_keys[4] = {};
};

}  // namespace ss::seed
