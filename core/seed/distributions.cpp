#include "core/seed/distributions.h"

#include <array>
#include <cmath>

namespace ss::seed {

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double normalQuantile(double p)
{
    // Acklam's rational approximation (relative error 1.2e-9), then one Halley step on Φ(x) - p.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01,  -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
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
    // In the upper tail 1 - p loses digits; the error is measured against the smaller of p and 1 - p.
    const double e = x > 0 ? 0.5 * std::erfc(x / std::sqrt(2.0)) - (1 - p) : normalCdf(x) - p;
    const double u = (x > 0 ? -e : e) * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double sampleNormal(RowRandom& random, double mean, double stddev)
{
    return mean + stddev * normalQuantile(random.open());
}

double sampleLognormal(RowRandom& random, double median, double sigma)
{
    return median * std::exp(sigma * normalQuantile(random.open()));
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

std::int64_t samplePoisson(RowRandom& random, double mean)
{
    if (mean <= 0)
        return 0;
    if (mean < 12) {
        // Walk the distribution function: about mean + 1 steps.
        double p = std::exp(-mean);
        double cumulative = p;
        const double u = random.uniform();
        std::int64_t k = 0;
        while (u > cumulative && k < 1000) {
            ++k;
            p *= mean / static_cast<double>(k);
            cumulative += p;
        }
        return k;
    }
    // W. Hörmann, "The transformed rejection method for generating Poisson random variables", 1993.
    const double slam = std::sqrt(mean);
    const double logLam = std::log(mean);
    const double b = 0.931 + 2.53 * slam;
    const double a = -0.059 + 0.02483 * b;
    const double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
        const double u = random.uniform() - 0.5;
        const double v = random.uniform();
        const double us = 0.5 - std::fabs(u);
        const auto k = static_cast<std::int64_t>(std::floor((2 * a / us + b) * u + mean + 0.43));
        if (us >= 0.07 && v <= vr)
            return k;
        if (k < 0 || (us < 0.013 && v > us))
            continue;
        if (std::log(v) + std::log(invAlpha) - std::log(a / (us * us) + b) <= -mean + static_cast<double>(k) * logLam - logFactorial(k))
            return k;
    }
}

}  // namespace ss::seed
