#include "unit/seed/seed_test_support.h"

#include <algorithm>

using namespace seedtest;
using ss::DataType;
using ss::TypeKind;

namespace {

constexpr std::int64_t kN = 200'000;

// |observed - expected| within kZ standard errors.
void checkWithin(double observed, double expected, double standardError, const char* what)
{
    INFO(what << ": observed " << observed << ", expected " << expected << " +- " << kZ * standardError);
    CHECK(std::fabs(observed - expected) <= kZ * standardError);
}

// The share of values below q must be p, within the binomial standard error.
void checkQuantile(const std::vector<double>& xs, double q, double p)
{
    const double below = static_cast<double>(std::count_if(xs.begin(), xs.end(), [&](double x) { return x < q; }));
    checkWithin(below / static_cast<double>(xs.size()), p, std::sqrt(p * (1 - p) / static_cast<double>(xs.size())),
                "share below a quantile");
}

}  // namespace

TEST_CASE("normal quantile function inverts the distribution function")
{
    for (double p : {1e-12, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-9})
        CHECK(ss::seed::normalCdf(ss::seed::normalQuantile(p)) == Approx(p).epsilon(1e-9));
    CHECK(ss::seed::normalQuantile(0.975) == Approx(1.959963984540054).epsilon(1e-12));
    // The samplers' unrefined approximation stays within its published relative error.
    for (double p = 0.0005; p < 1; p += 0.001)
        REQUIRE(ss::seed::normalQuantileApprox(p) == Approx(ss::seed::normalQuantile(p)).epsilon(1.2e-9).margin(1e-12));
}

TEST_CASE("uniform: continuous mean and variance, integers cover min..max evenly")
{
    auto s = spec("uniform");
    s.min = 10;
    s.max = 30;
    const auto xs = numbersOf(generateColumn(s, DataType::of(TypeKind::Double), kN));
    const Moments m = momentsOf(xs);
    const double w = 20;
    checkWithin(m.mean, 20, std::sqrt(w * w / 12 / kN), "mean");
    checkWithin(m.variance, w * w / 12, std::sqrt((std::pow(w, 4) / 80 - std::pow(w, 4) / 144) / kN), "variance");
    CHECK(*std::min_element(xs.begin(), xs.end()) >= 10);
    CHECK(*std::max_element(xs.begin(), xs.end()) <= 30);

    s.min = 1;
    s.max = 6;
    const auto dice = numbersOf(generateColumn(s, DataType::of(TypeKind::Integer), kN));
    std::vector<double> counts(6, 0);
    for (double x : dice)
        counts[static_cast<std::size_t>(x) - 1] += 1;
    CHECK(chiSquare(counts, std::vector<double>(6, 1)) < chiSquareCritical(5));
}

TEST_CASE("normal: mean, variance and quartiles, clipped to min and max")
{
    auto s = spec("normal");
    s.mean = 100;
    s.stddev = 15;
    const auto xs = numbersOf(generateColumn(s, DataType::of(TypeKind::Double), kN));
    const Moments m = momentsOf(xs);
    checkWithin(m.mean, 100, 15 / std::sqrt(kN), "mean");
    checkWithin(m.variance, 225, 225 * std::sqrt(2.0 / kN), "variance");
    for (double p : {0.1, 0.25, 0.5, 0.75, 0.9})
        checkQuantile(xs, 100 + 15 * ss::seed::normalQuantile(p), p);

    s.min = 90;
    s.max = 110;
    const auto clipped = numbersOf(generateColumn(s, DataType::of(TypeKind::Double), 10'000));
    CHECK(*std::min_element(clipped.begin(), clipped.end()) == 90);
    CHECK(*std::max_element(clipped.begin(), clipped.end()) == 110);
}

TEST_CASE("lognormal: the logarithm is normal around log(median), decimals are rounded to the scale")
{
    auto s = spec("lognormal");
    s.median = 500;
    s.sigma = 1.2;
    const auto column = generateColumn(s, DataType::decimal(18, 2), kN);
    std::vector<double> logs;
    for (std::size_t i = 0; i < column.size(); ++i) {
        const double value = static_cast<double>(column.ints[i]) / 100;
        if (value > 0)
            logs.push_back(std::log(value));
    }
    REQUIRE(logs.size() > kN * 0.999);
    const Moments m = momentsOf(logs);
    checkWithin(m.mean, std::log(500), 1.2 / std::sqrt(kN), "mean of the logarithm");
    checkWithin(m.variance, 1.44, 1.44 * std::sqrt(2.0 / kN), "variance of the logarithm");
    checkQuantile(numbersOf(column), 500, 0.5);
    std::string text;
    ss::seed::appendValue(text, column, 0);
    CHECK(text.find('.') == text.size() - 3);
}

TEST_CASE("exponential: mean, variance and median")
{
    auto s = spec("exponential");
    s.mean = 4;
    const auto xs = numbersOf(generateColumn(s, DataType::of(TypeKind::Double), kN));
    const Moments m = momentsOf(xs);
    checkWithin(m.mean, 4, 4 / std::sqrt(kN), "mean");
    checkWithin(m.variance, 16, 16 * std::sqrt(8.0 / kN), "variance");
    checkQuantile(xs, 4 * std::log(2.0), 0.5);
    CHECK(*std::min_element(xs.begin(), xs.end()) >= 0);
}

TEST_CASE("poisson: mean and variance equal lambda, by inversion and by transformed rejection")
{
    for (double lambda : {0.7, 3.0, 11.9, 12.5, 40.0, 1000.0}) {
        auto s = spec("poisson");
        s.mean = lambda;
        const auto xs = numbersOf(generateColumn(s, DataType::of(TypeKind::BigInt), kN));
        const Moments m = momentsOf(xs);
        INFO("lambda " << lambda);
        checkWithin(m.mean, lambda, std::sqrt(lambda / kN), "mean");
        checkWithin(m.variance, lambda, std::sqrt((lambda + 2 * lambda * lambda) / kN), "variance");
        CHECK(*std::min_element(xs.begin(), xs.end()) >= 0);
    }
}

TEST_CASE("poisson frequencies of small counts follow the probability mass function")
{
    auto s = spec("poisson");
    s.mean = 2.5;
    const auto xs = numbersOf(generateColumn(s, DataType::of(TypeKind::Integer), kN));
    std::vector<double> observed(9, 0);
    std::vector<double> expected(9, 0);
    for (double x : xs)
        observed[std::min<std::size_t>(static_cast<std::size_t>(x), 8)] += 1;
    double p = std::exp(-2.5);
    double rest = 1;
    for (std::size_t k = 0; k < 8; ++k) {
        expected[k] = p;
        rest -= p;
        p *= 2.5 / static_cast<double>(k + 1);
    }
    expected[8] = rest;  // 8 or more
    CHECK(chiSquare(observed, expected) < chiSquareCritical(8));
}

TEST_CASE("sequence counts from start by step, unique uniform integers never repeat")
{
    auto s = spec("sequence");
    s.start = "100";
    s.step = 5;
    const auto seq = generateColumn(s, DataType::of(TypeKind::Integer), 4);
    CHECK(seq.ints == std::vector<std::int64_t>{100, 105, 110, 115});

    auto u = spec("uniform");
    u.min = 1;
    u.max = 5000;
    u.unique = true;
    auto values = generateColumn(u, DataType::of(TypeKind::Integer), 5000).ints;
    std::sort(values.begin(), values.end());
    CHECK(std::adjacent_find(values.begin(), values.end()) == values.end());
    CHECK(values.front() == 1);
    CHECK(values.back() == 5000);
}
