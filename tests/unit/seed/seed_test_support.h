#pragma once

#include "core/seed/distributions.h"
#include "core/seed/generators/generator_factory.h"
#include "core/seed/profile_reader.h"
#include "core/seed/seed_plan.h"
#include "core/seed/table_producer.h"
#include "core/seed/value_format.h"
#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace seedtest {

// Statistical checks use a fixed seed, so they are deterministic; their tolerances are what the sample size
// allows: a statistic is accepted within kZ standard errors, a chi-square below its critical value at kAlpha.
constexpr double kZ = 4.5;
constexpr double kAlpha = 0.001;

// Critical value of the chi-square distribution with df degrees of freedom at significance alpha
// (Wilson-Hilferty: accurate to a fraction of a percent from df = 3).
inline double chiSquareCritical(int df, double alpha = kAlpha)
{
    const double z = ss::seed::normalQuantile(1 - alpha);
    const double k = 2.0 / (9.0 * df);
    return df * std::pow(1 - k + z * std::sqrt(k), 3);
}

inline double chiSquare(const std::vector<double>& observed, const std::vector<double>& expectedShares)
{
    const double n = std::accumulate(observed.begin(), observed.end(), 0.0);
    const double total = std::accumulate(expectedShares.begin(), expectedShares.end(), 0.0);
    double x2 = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double e = n * expectedShares[i] / total;
        x2 += (observed[i] - e) * (observed[i] - e) / e;
    }
    return x2;
}

struct Moments {
    double mean = 0;
    double variance = 0;
};

inline Moments momentsOf(const std::vector<double>& xs)
{
    Moments m;
    for (double x : xs)
        m.mean += x;
    m.mean /= static_cast<double>(xs.size());
    for (double x : xs)
        m.variance += (x - m.mean) * (x - m.mean);
    m.variance /= static_cast<double>(xs.size() - 1);
    return m;
}

// Values of one generator for rows 0..rows-1 of a column of the given type, built the way the plan builds it.
inline ss::seed::ColumnBuffer generateColumn(const ss::seed::GeneratorSpec& spec, const ss::DataType& type,
                                             std::int64_t rows, std::uint64_t stream = 7)
{
    ss::seed::GeneratorContext ctx;
    ctx.table = "t";
    ctx.column = "c";
    ctx.stream = stream;
    ctx.shape = ss::seed::shapeOf(type);
    ctx.rows = rows;
    ctx.columnNames = {"c"};
    ctx.columnShapes = {ctx.shape};
    ss::seed::BuildError error;
    auto generator = ss::seed::makeGenerator(spec, ctx, error);
    INFO(error.message);
    REQUIRE(generator);
    std::vector<std::int64_t> ids(static_cast<std::size_t>(rows));
    std::iota(ids.begin(), ids.end(), std::int64_t{0});
    ss::seed::ColumnBuffer out;
    out.shape = ctx.shape;
    out.reset(ids.size());
    ss::seed::FillRequest request;
    request.rows = ids.data();
    request.count = ids.size();
    generator->fill(request, out);
    return out;
}

inline std::vector<double> numbersOf(const ss::seed::ColumnBuffer& column)
{
    std::vector<double> xs;
    for (std::size_t i = 0; i < column.size(); ++i)
        xs.push_back(column.shape.kind == ss::seed::ValueKind::Real ? column.reals[i]
                     : column.shape.kind == ss::seed::ValueKind::Decimal
                         ? static_cast<double>(column.ints[i]) / std::pow(10.0, column.shape.scale)
                         : static_cast<double>(column.ints[i]));
    return xs;
}

inline ss::seed::GeneratorSpec spec(const char* generator)
{
    ss::seed::GeneratorSpec s;
    s.generator = generator;
    return s;
}

inline ss::SchemaModel loadSpec(const std::string& yaml)
{
    ss::LoadResult r = ss::loadSchemaYaml(yaml);
    INFO((r.diagnostics.empty() ? std::string() : r.diagnostics.front().message));
    REQUIRE(r.ok());
    return r.model;
}

inline ss::SchemaModel loadDemoSpec(const char* name)
{
    std::string path = SS_SOURCE_DIR;
    path.append("/schema_specs/").append(name);
    ss::LoadResult r = ss::loadSchemaFile(path);
    REQUIRE(r.ok());
    return r.model;
}

inline ss::seed::SeedProfile loadProfile(const std::string& yaml)
{
    ss::seed::ProfileLoadResult r = ss::seed::loadSeedProfileYaml(yaml);
    INFO((r.diagnostics.empty() ? std::string() : r.diagnostics.front().message));
    REQUIRE(r.ok());
    return r.profile;
}

inline ss::seed::SeedPlan plan(const ss::SchemaModel& model, const ss::seed::SeedProfile& profile = {},
                               ss::seed::SeedOptions options = {})
{
    ss::seed::PlanResult r = ss::seed::planSeeding(model, profile, options);
    for (const auto& d : r.profileDiagnostics)
        UNSCOPED_INFO("profile: " << d.message);
    for (const auto& d : r.specDiagnostics)
        UNSCOPED_INFO("spec: " << d.message);
    REQUIRE(r.ok());
    return std::move(r.plan);
}

inline std::size_t tableIndex(const ss::seed::SeedPlan& plan, const std::string& name)
{
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].name == name)
            return i;
    FAIL("no table " << name);
    return 0;
}

// Every row of a table as text, one string per row ("NULL" for nulls, cells joined by '|'), in batches.
inline std::vector<std::string> allRows(const ss::seed::SeedPlan& plan, const std::string& table, std::size_t batchSize,
                                        ss::seed::SeedPass pass = ss::seed::SeedPass::Insert)
{
    ss::seed::TableProducer producer(plan, tableIndex(plan, table), pass);
    ss::seed::RowBatch batch = producer.makeBatch();
    std::vector<std::string> rows;
    while (std::size_t n = producer.nextBatch(batch, batchSize))
        for (std::size_t r = 0; r < n; ++r) {
            std::string line;
            for (std::size_t c = 0; c < batch.columns.size(); ++c) {
                if (c)
                    line += '|';
                if (batch.columns[c].isNull(r))
                    line += "NULL";
                else
                    ss::seed::appendValue(line, batch.columns[c], r);
            }
            rows.push_back(std::move(line));
        }
    return rows;
}

// One column of a table, every row, as text.
inline std::vector<std::string> columnValues(const ss::seed::SeedPlan& plan, const std::string& table,
                                             const std::string& column)
{
    const std::size_t t = tableIndex(plan, table);
    const int c = plan.tables[t].findColumn(column);
    REQUIRE(c >= 0);
    ss::seed::TableProducer producer(plan, t);
    ss::seed::RowBatch batch = producer.makeBatch();
    std::vector<std::string> values;
    while (std::size_t n = producer.nextBatch(batch, 4096))
        for (std::size_t r = 0; r < n; ++r) {
            std::string v;
            if (batch.columns[static_cast<std::size_t>(c)].isNull(r))
                v = "NULL";
            else
                ss::seed::appendValue(v, batch.columns[static_cast<std::size_t>(c)], r);
            values.push_back(std::move(v));
        }
    return values;
}

}  // namespace seedtest
