#include "core/seed/distributions.h"

#include <array>
#include <cmath>

namespace ss::seed {

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double normalQuantileApprox(double p)
{
    // Acklam's rational approximation.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01,  -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x = 0;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    return x;
}

double normalQuantile(double p)
{
    // One Halley step on Φ(x) - p from the approximation.
    const double x = normalQuantileApprox(p);
    // In the upper tail 1 - p loses digits; the error is measured against the smaller of p and 1 - p.
    const double e = x > 0 ? 0.5 * std::erfc(x / std::sqrt(2.0)) - (1 - p) : normalCdf(x) - p;
    const double u = (x > 0 ? -e : e) * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double sampleNormal(RowRandom& random, double mean, double stddev)
{
    return mean + stddev * normalQuantileApprox(random.open());
}

double sampleLognormal(RowRandom& random, double median, double sigma)
{
    return median * std::exp(sigma * normalQuantileApprox(random.open()));
}

double sampleExponential(RowRandom& random, double mean) { return -mean * std::log(random.open()); }

double logFactorial(std::int64_t k)
{
    static const std::array<double, 64> small = [] {
        std::array<double, 64> t{};
        for (std::size_t i = 2; i < t.size(); ++i)
            t[i] = t[i - 1] + std::log(static_cast<double>(i));
        return t;
    }();
    if (k < 64)
        return small[static_cast<std::size_t>(k < 0 ? 0 : k)];
    const double n = static_cast<double>(k);
    const double n2 = n * n;
    return n * std::log(n) - n + 0.5 * std::log(2 * M_PI * n) + (1 / 12.0 - (1 / 360.0 - 1 / (1260.0 * n2)) / n2) / n;
}

PoissonSampler::PoissonSampler(double mean) : m_mean(mean)
{
    if (mean < 12) {
        double p = std::exp(-mean);
        double cumulative = p;
        for (int k = 1; cumulative < 1 - 1e-16 && k < 200; ++k) {
            m_cdf.push_back(cumulative);
            p *= mean / k;
            cumulative += p;
        }
        m_cdf.push_back(cumulative);
        return;
    }
    // W. Hörmann, "The transformed rejection method for generating Poisson random variables", 1993.
    const double slam = std::sqrt(mean);
    m_logMean = std::log(mean);
    m_b = 0.931 + 2.53 * slam;
    m_a = -0.059 + 0.02483 * m_b;
    m_logInvAlpha = std::log(1.1239 + 1.1328 / (m_b - 3.4));
    m_vr = 0.9277 - 3.6224 / (m_b - 2);
}

std::int64_t PoissonSampler::operator()(RowRandom& random) const
{
    if (m_mean <= 0)
        return 0;
    if (!m_cdf.empty()) {
        // Inversion: about mean + 1 comparisons.
        const double u = random.uniform();
        std::size_t k = 0;
        while (k + 1 < m_cdf.size() && u > m_cdf[k])
            ++k;
        return static_cast<std::int64_t>(k);
    }
    while (true) {
        const double u = random.uniform() - 0.5;
        const double v = random.uniform();
        const double us = 0.5 - std::fabs(u);
        const auto k = static_cast<std::int64_t>(std::floor((2 * m_a / us + m_b) * u + m_mean + 0.43));
        if (us >= 0.07 && v <= m_vr)
            return k;
        if (k < 0 || (us < 0.013 && v > us))
            continue;
        if (std::log(v) + m_logInvAlpha - std::log(m_a / (us * us) + m_b) <=
            -m_mean + static_cast<double>(k) * m_logMean - logFactorial(k))
            return k;
    }
}

}  // namespace ss::seed
