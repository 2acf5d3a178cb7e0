#pragma once

#include "core/seed/alias_table.h"
#include "core/seed/random.h"

#include <cstdint>

namespace ss::seed {

// Zipf's law over the ranks 1..n: P(k) is proportional to 1 / k^s (s >= 0). Up to kMaxTableRanks ranks, an
// AliasTable: two random words and one lookup per draw, 12 bytes a rank. Beyond, rejection-inversion (Hörmann &
// Derflinger, "Rejection-inversion to generate variates from monotone discrete distributions", 1996): O(1)
// expected time and memory whatever n, but an exp and a log1p per draw, which made it the costliest part of
// generating a fact table's rows.
class ZipfSampler {
public:
    ZipfSampler(std::uint64_t n, double s);

    // A rank in [1, n].
    std::uint64_t sample(RowRandom& random) const;

    static constexpr std::uint64_t kMaxTableRanks = std::uint64_t{1} << 20;

private:
    void buildAliasTable();
    double h(double x) const;
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    std::uint64_t m_n;
    double m_s;
    double m_hIntegralX1;
    double m_hIntegralN;
    double m_shortcut;
    AliasTable m_table;  // of the ranks less one, when there are few enough
};

}  // namespace ss::seed
