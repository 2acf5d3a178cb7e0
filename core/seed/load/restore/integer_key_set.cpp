#include "core/seed/load/restore/integer_key_set.h"

#include <algorithm>

namespace ss::seed {

IntegerKeySet::IntegerKeySet(std::vector<std::int64_t> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (values.empty())
        return;
    m_low = values.front();
    m_span = static_cast<std::uint64_t>(values.back()) - static_cast<std::uint64_t>(m_low);
    if (m_span / 64 + 1 > values.size()) {
        m_sorted = std::move(values);
        return;
    }
    m_bits.assign(m_span / 64 + 1, 0);
    for (std::int64_t value : values) {
        const std::uint64_t offset = static_cast<std::uint64_t>(value) - static_cast<std::uint64_t>(m_low);
        m_bits[offset / 64] |= std::uint64_t{1} << (offset % 64);
    }
}

bool IntegerKeySet::contains(std::int64_t value) const
{
    if (!m_sorted.empty())
        return std::binary_search(m_sorted.begin(), m_sorted.end(), value);
    if (m_bits.empty() || value < m_low)
        return false;
    const std::uint64_t offset = static_cast<std::uint64_t>(value) - static_cast<std::uint64_t>(m_low);
    return offset <= m_span && (m_bits[offset / 64] >> (offset % 64) & 1) != 0;
}

std::size_t IntegerKeySet::bytes() const
{
    return m_bits.size() * sizeof(std::uint64_t) + m_sorted.size() * sizeof(std::int64_t);
}

}  // namespace ss::seed
