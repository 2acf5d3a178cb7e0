// Generating the rows of a 6-column fact in memory (two foreign keys into dimensions, one Zipf-skewed, a
// lognormal amount, a date, a patterned id, a Poisson quantity): rows/s of the engine alone, before any loader,
// and the peak memory of a 10M-row run to show that it is bounded by the batch, not the table.
#include "support/spec_generator.h"

#include "core/seed/profile_reader.h"
#include "core/seed/seed_plan.h"
#include "core/seed/table_producer.h"
#include "core/spec/yaml_loader.h"

#include <sys/resource.h>

#include <cstdio>

namespace {

const char* kSpec = "version: 1\n"
                    "entities:\n"
                    "  dimensions:\n"
                    "    - name: dim_date\n"
                    "      surrogate_key: date_key\n"
                    "      natural_key: full_date\n"
                    "      columns:\n"
                    "        - {name: full_date, type: DATE, nullable: false}\n"
                    "    - name: dim_customer\n"
                    "      surrogate_key: customer_key\n"
                    "      natural_key: customer_code\n"
                    "      columns:\n"
                    "        - {name: customer_code, type: VARCHAR(20), nullable: false}\n"
                    "  facts:\n"
                    "    - name: fact_sale\n"
                    "      primary_key: [order_id]\n"
                    "      foreign_keys:\n"
                    "        - {column: date_key, references: dim_date(date_key)}\n"
                    "        - {column: customer_key, references: dim_customer(customer_key)}\n"
                    "      columns:\n"
                    "        - {name: order_id, type: VARCHAR(20), nullable: false}\n"
                    "        - {name: sold_on, type: DATE, nullable: false}\n"
                    "      measures:\n"
                    "        - {name: amount, type: \"DECIMAL(12,2)\", nullable: false}\n"
                    "        - {name: quantity, type: INTEGER, nullable: false}\n";

std::string profile(long long factRows)
{
    return "version: 1\n"
           "tables:\n"
           "  dim_customer: {rows: 10000}\n"
           "  fact_sale:\n"
           "    rows: " + std::to_string(factRows) + "\n"
           "    columns:\n"
           "      customer_key: {generator: reference, distribution: zipf, s: 1.1}\n"
           "      date_key: {generator: reference, distribution: uniform}\n"
           "      order_id: {generator: pattern, pattern: \"ORD-{seq:010}\", unique: true}\n"
           "      sold_on: {generator: date, start: 2020-01-01, end: 2025-12-31, trend: 0.5}\n"
           "      amount: {generator: lognormal, median: 80, sigma: 1.1, min: 0}\n"
           "      quantity: {generator: poisson, mean: 3, min: 1}\n";
}

ss::seed::SeedPlan makePlan(long long factRows)
{
    const ss::LoadResult spec = ss::loadSchemaYaml(kSpec);
    const ss::seed::ProfileLoadResult p = ss::seed::loadSeedProfileYaml(profile(factRows));
    ss::seed::PlanResult r = ss::seed::planSeeding(spec.model, p.profile);
    if (!spec.ok() || !p.ok() || !r.ok()) {
        std::fprintf(stderr, "the benchmark's spec or profile does not plan\n");
        std::exit(1);
    }
    return std::move(r.plan);
}

// Generates every row of the fact; returns a checksum so nothing is optimised away.
std::size_t generateFact(const ss::seed::SeedPlan& plan, std::size_t batchSize)
{
    std::size_t fact = 0;
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == "fact_sale")
            fact = i;
    ss::seed::TableProducer producer(plan, fact);
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
    const ss::seed::SeedPlan plan = makePlan(kRows);
    std::size_t sink = 0;
    const double seconds = bench::medianSeconds(5, [&] { sink += generateFact(plan, kBatch); });
    std::printf("generate %lld fact rows (6 columns: 2 FKs, pattern id, date, lognormal, poisson), batches of %zu: "
                "%.3f s, %.2f M rows/s (median of 5)\n",
                kRows, kBatch, seconds, kRows / seconds / 1e6);

    const double small = bench::medianSeconds(3, [&] { sink += generateFact(plan, 1'000); });
    std::printf("same with batches of 1000: %.3f s, %.2f M rows/s\n", small, kRows / small / 1e6);

    const ss::seed::SeedPlan big = makePlan(10 * kRows);
    sink += generateFact(big, kBatch);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory after also generating 10M rows: %.1f MiB\n", usage.ru_maxrss / 1024.0);
    return sink == 0 ? 1 : 0;
}
