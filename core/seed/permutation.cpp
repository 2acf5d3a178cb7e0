#include "core/seed/permutation.h"

#include "core/seed/random.h"

namespace ss::seed {

Permutation::Permutation(std::uint64_t n, std::uint64_t key) : m_n(n)
{
    int bits = 2;
    while (bits < 64 && (std::uint64_t{1} << bits) < n)
        bits += 2;
    m_halfBits = bits / 2;
    m_halfMask = (std::uint64_t{1} << m_halfBits) - 1;
    for (int i = 0; i < 4; ++i)
        m_keys[i] = subStream(key, static_cast<std::uint64_t>(i));
}

std::uint64_t Permutation::encrypt(std::uint64_t value) const
{
    std::uint64_t left = value >> m_halfBits;
    std::uint64_t right = value & m_halfMask;
    for (std::uint64_t k : m_keys) {
        const std::uint64_t next = left ^ (mix64(right ^ k) & m_halfMask);
        left = right;
        right = next;
    }
    return (left << m_halfBits) | right;
}

std::uint64_t Permutation::operator()(std::uint64_t index) const
{
    // The domain is at most four times n, so the walk takes fewer than four steps on average.
    std::uint64_t v = encrypt(index);
    while (v >= m_n)
        v = encrypt(v);
    return v;
}

}  // namespace ss::seed
