#include "core/seed/distributions.h"
#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"
#include "core/seed/permutation.h"
#include "core/seed/civil_time.h"

#include <charconv>
#include <cmath>

namespace ss::seed {

namespace {

bool isWhole(ValueKind kind) { return kind == ValueKind::Integer || kind == ValueKind::Decimal; }

double gridStep(const ColumnShape& shape) { return shape.kind == ValueKind::Decimal ? std::pow(10.0, -shape.scale) : 1; }

class SequenceGenerator : public ColumnGenerator {
public:
    SequenceGenerator(double start, double step, bool days) : m_start(start), m_step(step), m_days(days) {}
    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        for (std::size_t i = 0; i < request.count; ++i) {
            const double v = m_start + static_cast<double>(request.rows[i]) * m_step;
            if (m_days)
                storeDay(out, i, std::llround(v));
            else
                storeNumber(out, i, v);
        }
    }

private:
    double m_start;
    double m_step;
    bool m_days;
};

// Whole numbers (or decimals on their grid) between lo and hi, each equally likely; with a permutation, each
// used at most once.
class GridUniformGenerator : public ColumnGenerator {
public:
    GridUniformGenerator(std::uint64_t stream, double lo, double step, std::uint64_t count, bool unique)
        : m_stream(stream), m_lo(lo), m_step(step), m_count(count), m_unique(unique),
          m_permutation(unique ? Permutation(count, subStream(stream, 1)) : Permutation())
    {
    }
    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        if (m_unique) {
            for (std::size_t i = 0; i < request.count; ++i)
                storeNumber(out, i, m_lo + static_cast<double>(m_permutation(static_cast<std::uint64_t>(request.rows[i]))) * m_step);
            return;
        }
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            storeNumber(out, i, m_lo + static_cast<double>(r.below(m_count)) * m_step);
        });
    }

private:
    std::uint64_t m_stream;
    double m_lo;
    double m_step;
    std::uint64_t m_count;
    bool m_unique;
    Permutation m_permutation;
};

// A continuous law, clipped to [min, max]; the column rounds.
template <typename Law>
class DistributionGenerator : public ColumnGenerator {
public:
    DistributionGenerator(std::uint64_t stream, Law law, double lo, double hi) : m_stream(stream), m_law(law), m_lo(lo), m_hi(hi) {}
    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        const double scale = scaleFactorOf(out.shape);
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            double v = m_law(r);
            v = v < m_lo ? m_lo : (v > m_hi ? m_hi : v);
            storeNumberFast(out, i, v, scale);
        });
    }

private:
    std::uint64_t m_stream;
    Law m_law;
    double m_lo;
    double m_hi;
};

template <typename Law>
GeneratorPtr makeDistribution(const GeneratorSpec& spec, const GeneratorContext& ctx, Law law)
{
    const double lo = spec.min.value_or(-HUGE_VAL);
    const double hi = spec.max.value_or(HUGE_VAL);
    return std::make_unique<DistributionGenerator<Law>>(ctx.stream, law, lo, hi);
}

GeneratorPtr buildSequence(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    const double step = spec.step.value_or(1);
    const bool temporal = ctx.shape.kind == ValueKind::Date || ctx.shape.kind == ValueKind::Timestamp;
    if (temporal) {
        const auto day = parseDate(spec.start.empty() ? "2020-01-01" : spec.start);
        if (!day || step != std::floor(step)) {
            error = "a sequence of dates needs a date as `start` (YYYY-MM-DD) and a whole number of days as `step`";
            return nullptr;
        }
        return std::make_unique<SequenceGenerator>(static_cast<double>(*day), step, true);
    }
    double start = 1;
    if (!spec.start.empty() &&
        std::from_chars(spec.start.data(), spec.start.data() + spec.start.size(), start).ptr != spec.start.data() + spec.start.size()) {
        error = "`start` must be a number for a " + std::string(toString(ctx.shape.kind)) + " column";
        return nullptr;
    }
    if (ctx.shape.kind == ValueKind::Integer || ctx.shape.kind == ValueKind::Decimal) {
        const double last = start + step * static_cast<double>(ctx.rows > 0 ? ctx.rows - 1 : 0);
        if (last > ctx.shape.maximum || last < ctx.shape.minimum || start > ctx.shape.maximum || start < ctx.shape.minimum) {
            error = "the sequence runs out of the column's range by row " + std::to_string(ctx.rows) +
                    "; use a wider type or fewer rows";
            return nullptr;
        }
    }
    return std::make_unique<SequenceGenerator>(start, step, false);
}

GeneratorPtr buildUniform(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (!spec.min || !spec.max) {
        error = "uniform needs `min` and `max`";
        return nullptr;
    }
    if (isWhole(ctx.shape.kind)) {
        const double step = gridStep(ctx.shape);
        const double lo = std::ceil(*spec.min / step - 1e-9);
        const double hi = std::floor(*spec.max / step + 1e-9);
        if (hi < lo) {
            error = "no " + std::string(toString(ctx.shape.kind)) + " value lies between min and max";
            return nullptr;
        }
        const double count = hi - lo + 1;
        if (spec.unique && count < static_cast<double>(ctx.rows)) {
            error = "the table gets " + std::to_string(ctx.rows) + " rows but only " +
                    std::to_string(static_cast<std::int64_t>(count)) +
                    " distinct values lie between min and max; widen the range or make fewer rows";
            return nullptr;
        }
        return std::make_unique<GridUniformGenerator>(ctx.stream, lo * step, step, static_cast<std::uint64_t>(count), spec.unique);
    }
    if (spec.unique) {
        error = "unique uniform values need an integer or decimal column";
        return nullptr;
    }
    const double lo = *spec.min;
    const double width = *spec.max - *spec.min;
    return makeDistribution(spec, ctx, [lo, width](RowRandom& r) { return lo + width * r.uniform(); });
}

}  // namespace

GeneratorPtr buildNumber(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    const std::string& g = spec.generator;
    if (ctx.shape.kind == ValueKind::Blob || (g != "sequence" && (ctx.shape.kind == ValueKind::Date ||
                                                                  ctx.shape.kind == ValueKind::Timestamp ||
                                                                  ctx.shape.kind == ValueKind::Time))) {
        error = "generator " + g + " makes numbers; column " + ctx.column + " holds " + toString(ctx.shape.kind) +
                " values";
        return nullptr;
    }
    if (spec.unique && g != "sequence" && g != "uniform") {
        error = "generator " + g + " cannot promise distinct values";
        return nullptr;
    }
    if (g == "sequence")
        return buildSequence(spec, ctx, error);
    if (g == "uniform")
        return buildUniform(spec, ctx, error);
    if (g == "normal") {
        const double mean = spec.mean.value_or(0);
        const double sd = spec.stddev.value_or(1);
        return makeDistribution(spec, ctx, [mean, sd](RowRandom& r) { return sampleNormal(r, mean, sd); });
    }
    if (g == "lognormal") {
        if (!spec.median) {
            error = "lognormal needs a `median`";
            return nullptr;
        }
        const double median = *spec.median;
        const double sigma = spec.sigma.value_or(1);
        return makeDistribution(spec, ctx, [median, sigma](RowRandom& r) { return sampleLognormal(r, median, sigma); });
    }
    if (!spec.mean) {
        error = g + " needs a `mean`";
        return nullptr;
    }
    const double mean = *spec.mean;
    if (g == "exponential")
        return makeDistribution(spec, ctx, [mean](RowRandom& r) { return sampleExponential(r, mean); });
    const PoissonSampler poisson(mean);
    return makeDistribution(spec, ctx, [poisson](RowRandom& r) { return static_cast<double>(poisson(r)); });
}

}  // namespace ss::seed
