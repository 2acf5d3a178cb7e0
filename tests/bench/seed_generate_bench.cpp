// Generating the rows of a 6-column fact in memory (two foreign keys into dimensions, one Zipf-skewed, a
// lognormal amount, a date, a patterned id, a Poisson quantity): rows/s of the engine alone, before any loader,
// and the peak memory of a 10M-row run to show that it is bounded by the batch, not the table.
#include "support/seed_fact.h"
#include "support/spec_generator.h"

#include "core/seed/table_producer.h"

#include <sys/resource.h>

#include <cstdio>

namespace {

// Generates every row of the fact; returns a checksum so nothing is optimised away.
std::size_t generateFact(const ss::seed::SeedPlan& plan, std::size_t batchSize)
{
    ss::seed::TableProducer producer(plan, bench::factTableIndex(plan));
    ss::seed::RowBatch batch = producer.makeBatch();
    std::size_t sink = 0;
    while (std::size_t n = producer.nextBatch(batch, batchSize))
        sink += n + static_cast<std::size_t>(batch.columns[0].ints[n - 1]) + batch.columns[2].bytes.size();
    return sink;
}

}  // namespace

int main()
{
    constexpr long long kRows = 1'000'000;
    constexpr std::size_t kBatch = 10'000;
    const ss::seed::SeedPlan plan = bench::makeFactPlan(kRows);
    std::size_t sink = 0;
    const double seconds = bench::medianSeconds(5, [&] { sink += generateFact(plan, kBatch); });
    std::printf("generate %lld fact rows (6 columns: 2 FKs, pattern id, date, lognormal, poisson), batches of %zu: "
                "%.3f s, %.2f M rows/s (median of 5)\n",
                kRows, kBatch, seconds, kRows / seconds / 1e6);

    const double small = bench::medianSeconds(3, [&] { sink += generateFact(plan, 1'000); });
    std::printf("same with batches of 1000: %.3f s, %.2f M rows/s\n", small, kRows / small / 1e6);

    const ss::seed::SeedPlan big = bench::makeFactPlan(10 * kRows);
    sink += generateFact(big, kBatch);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory after also generating 10M rows: %.1f MiB\n", usage.ru_maxrss / 1024.0);
    return sink == 0 ? 1 : 0;
}
