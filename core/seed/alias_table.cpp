#include "core/seed/alias_table.h"

namespace ss::seed {

AliasTable::AliasTable(const std::vector<double>& weights)
{
    const std::size_t n = weights.size();
    m_probability.assign(n, 1.0);
    m_alias.resize(n);
    double total = 0;
    for (double w : weights)
        total += w;
    if (n == 0 || total <= 0)
        return;
    std::vector<double> scaled(n);
    std::vector<std::uint32_t> small;
    std::vector<std::uint32_t> large;
    for (std::size_t i = 0; i < n; ++i) {
        scaled[i] = weights[i] * static_cast<double>(n) / total;
        m_alias[i] = static_cast<std::uint32_t>(i);
        (scaled[i] < 1 ? small : large).push_back(static_cast<std::uint32_t>(i));
    }
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back();
        small.pop_back();
        const std::uint32_t l = large.back();
        m_probability[s] = scaled[s];
        m_alias[s] = l;
        scaled[l] -= 1 - scaled[s];
        if (scaled[l] < 1) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // What is left holds probability 1 up to rounding.
    for (std::uint32_t i : small)
        m_probability[i] = 1;
    for (std::uint32_t i : large)
        m_probability[i] = 1;
}

std::size_t AliasTable::sample(RowRandom& random) const
{
    const auto column = static_cast<std::size_t>(random.below(m_probability.size()));
    return random.uniform() < m_probability[column] ? column : m_alias[column];
}

}  // namespace ss::seed
