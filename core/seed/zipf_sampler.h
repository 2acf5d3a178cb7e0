#pragma once

#include "core/seed/random.h"

#include <cstdint>

namespace ss::seed {

// Zipf's law over the ranks 1..n: P(k) is proportional to 1 / k^s (s >= 0). Rejection-inversion
// (Hörmann & Derflinger, "Rejection-inversion to generate variates from monotone discrete distributions",
// 1996): O(1) expected time and memory whatever n, with about 1.1 uniforms per draw.
class ZipfSampler {
public:
    ZipfSampler(std::uint64_t n, double s);

    // A rank in [1, n].
    std::uint64_t sample(RowRandom& random) const;

private:
    double h(double x) const;
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    std::uint64_t m_n;
    double m_s;
    double m_hIntegralX1;
    double m_hIntegralN;
    double m_shortcut;
};

}  // namespace ss::seed
