#pragma once

#include "core/seed/random.h"

#include <cstdint>
#include <vector>

namespace ss::seed {

// The transforms from uniforms to the profile's distributions, written here rather than taken from
// std::*_distribution, whose output differs between standard libraries: the same seed must give the same data
// on every build.

// The standard normal quantile function Φ⁻¹(p), p in (0, 1); accurate to about 1e-15.
double normalQuantile(double p);
// The same without the final refinement: relative error below 1.2e-9, far below what any sample can show,
// at a third of the cost. The samplers use this one.
double normalQuantileApprox(double p);
// The standard normal distribution function Φ(x).
double normalCdf(double x);

double sampleNormal(RowRandom& random, double mean, double stddev);
// exp(N(log(median), sigma²)).
double sampleLognormal(RowRandom& random, double median, double sigma);
double sampleExponential(RowRandom& random, double mean);
// Inversion below a mean of 12, Hörmann's PTRS transformed rejection above; the constants of both are
// computed once per mean.
class PoissonSampler {
public:
    explicit PoissonSampler(double mean);
    std::int64_t operator()(RowRandom& random) const;

private:
    double m_mean;
    std::vector<double> m_cdf;  // small means: P(X <= k), searched instead of recomputed per draw
    double m_logMean = 0;
    double m_a = 0;
    double m_b = 0;
    double m_logInvAlpha = 0;
    double m_vr = 0;
};

// log(k!), exact summation for small k and Stirling's series above.
double logFactorial(std::int64_t k);

}  // namespace ss::seed
