#include "unit/seed/seed_test_support.h"

#include "core/seed/zipf_sampler.h"

using namespace seedtest;

namespace {

void checkZipf(std::uint64_t n, double s)
{
    const ss::seed::ZipfSampler sampler(n, s);
    std::vector<double> observed(n, 0);
    std::vector<double> expected(n, 0);
    for (std::int64_t row = 0; row < 300'000; ++row) {
        ss::seed::RowRandom r(99, row);
        const std::uint64_t k = sampler.sample(r);
        REQUIRE(k >= 1);
        REQUIRE(k <= n);
        observed[k - 1] += 1;
    }
    for (std::uint64_t k = 1; k <= n; ++k)
        expected[k - 1] = std::pow(static_cast<double>(k), -s);
    INFO("n " << n << ", s " << s);
    CHECK(chiSquare(observed, expected) < chiSquareCritical(static_cast<int>(n) - 1));
}

}  // namespace

TEST_CASE("Zipf ranks follow 1/k^s, including s = 1 and s = 0 (uniform)")
{
    checkZipf(30, 1.2);
    checkZipf(30, 1.0);
    checkZipf(10, 2.5);
    checkZipf(50, 0.5);
    checkZipf(8, 0.0);
}

TEST_CASE("Zipf sampling stays in range for a huge n")
{
    const ss::seed::ZipfSampler sampler(std::uint64_t{1} << 40, 1.1);
    for (std::int64_t row = 0; row < 10'000; ++row) {
        ss::seed::RowRandom r(5, row);
        const std::uint64_t k = sampler.sample(r);
        CHECK((k >= 1 && k <= (std::uint64_t{1} << 40)));
    }
}

TEST_CASE("Zipf ranks beyond the alias table's reach follow 1/k^s by rejection-inversion")
{
    const std::uint64_t n = ss::seed::ZipfSampler::kMaxTableRanks + 1;
    const double s = 1.1;
    const ss::seed::ZipfSampler sampler(n, s);
    // The first ten ranks one by one, the rest together.
    std::vector<double> observed(11, 0);
    std::vector<double> expected(11, 0);
    for (std::uint64_t k = 1; k <= n; ++k)
        expected[std::min<std::uint64_t>(k, 11) - 1] += std::pow(static_cast<double>(k), -s);
    for (std::int64_t row = 0; row < 300'000; ++row) {
        ss::seed::RowRandom r(7, row);
        const std::uint64_t k = sampler.sample(r);
        REQUIRE(k >= 1);
        REQUIRE(k <= n);
        observed[std::min<std::uint64_t>(k, 11) - 1] += 1;
    }
    CHECK(chiSquare(observed, expected) < chiSquareCritical(10));
}
