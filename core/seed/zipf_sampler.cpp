#include "core/seed/zipf_sampler.h"

#include <cmath>

namespace ss::seed {

namespace {

// log(1 + x) / x, continuous at 0.
double log1pOverX(double x)
{
    if (std::fabs(x) > 1e-8)
        return std::log1p(x) / x;
    return 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x));
}

// (exp(x) - 1) / x, continuous at 0.
double expm1OverX(double x)
{
    if (std::fabs(x) > 1e-8)
        return std::expm1(x) / x;
    return 1 + x * 0.5 * (1 + x / 3 * (1 + 0.25 * x));
}

}  // namespace

ZipfSampler::ZipfSampler(std::uint64_t n, double s) : m_n(n), m_s(s)
{
    m_hIntegralX1 = hIntegral(1.5) - 1;
    m_hIntegralN = hIntegral(static_cast<double>(n) + 0.5);
    m_shortcut = 2 - hIntegralInverse(hIntegral(2.5) - h(2));
    if (n <= kMaxTableRanks)
        buildAliasTable();
}

void ZipfSampler::buildAliasTable()
{
    std::vector<double> weights(static_cast<std::size_t>(m_n));
    for (std::size_t k = 0; k < weights.size(); ++k)
        weights[k] = h(static_cast<double>(k + 1));
    m_table = AliasTable(weights);
}

double ZipfSampler::h(double x) const { return std::exp(-m_s * std::log(x)); }

// The integral of h from 1 to x, written so that s = 1 needs no special case.
double ZipfSampler::hIntegral(double x) const
{
    const double logX = std::log(x);
    return expm1OverX((1 - m_s) * logX) * logX;
}

double ZipfSampler::hIntegralInverse(double x) const
{
    double t = x * (1 - m_s);
    if (t < -1)
        t = -1;  // guards rounding at the lower end of the range
    return std::exp(log1pOverX(t) * x);
}

std::uint64_t ZipfSampler::sample(RowRandom& random) const
{
    if (m_table.size() > 0)
        return m_table.sample(random) + 1;
    while (true) {
        const double u = m_hIntegralN + random.uniform() * (m_hIntegralX1 - m_hIntegralN);
        const double x = hIntegralInverse(u);
        double k = std::floor(x + 0.5);
        if (k < 1)
            k = 1;
        else if (k > static_cast<double>(m_n))
            k = static_cast<double>(m_n);
        if (k - x <= m_shortcut || u >= hIntegral(k + 0.5) - h(k))
            return static_cast<std::uint64_t>(k);
    }
}

}  // namespace ss::seed
