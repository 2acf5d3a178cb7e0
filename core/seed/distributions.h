#pragma once

#include "core/seed/random.h"

#include <cstdint>

namespace ss::seed {

// The transforms from uniforms to the profile's distributions, written here rather than taken from
// std::*_distribution, whose output differs between standard libraries: the same seed must give the same data
// on every build.

// The standard normal quantile function Φ⁻¹(p), p in (0, 1); accurate to about 1e-15.
double normalQuantile(double p);
// The standard normal distribution function Φ(x).
double normalCdf(double x);

double sampleNormal(RowRandom& random, double mean, double stddev);
// exp(N(log(median), sigma²)).
double sampleLognormal(RowRandom& random, double median, double sigma);
double sampleExponential(RowRandom& random, double mean);
// Inversion below a mean of 12, Hörmann's PTRS transformed rejection above.
std::int64_t samplePoisson(RowRandom& random, double mean);

// log(k!), exact summation for small k and Stirling's series above.
double logFactorial(std::int64_t k);

}  // namespace ss::seed
