#include "core/seed/civil_time.h"
#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"
#include "core/seed/permutation.h"
#include "core/seed/value_format.h"

#include <algorithm>

namespace ss::seed {

namespace {

// Instants or days between first and last (inclusive) in `unit` microseconds. The density can grow or shrink
// linearly (trend) and follow monthly weights (seasonality); both are applied by rejection, so the draws of a
// row stay a function of the row alone.
class RangeGenerator : public ColumnGenerator {
public:
    struct Shape {
        std::int64_t first = 0;  // in units
        std::int64_t last = 0;
        std::int64_t unit = 1;   // microseconds per unit: a day or a second
        double trend = 0;
        std::vector<double> seasonality;
        bool unique = false;
        bool days = false;       // values are days (date generator)
    };

    RangeGenerator(std::uint64_t stream, Shape shape)
        : m_stream(stream), m_shape(std::move(shape)),
          m_count(static_cast<std::uint64_t>(m_shape.last - m_shape.first + 1)),
          m_permutation(m_shape.unique ? Permutation(m_count, subStream(stream, 1)) : Permutation())
    {
        double maxSeason = 1;
        if (!m_shape.seasonality.empty())
            maxSeason = *std::max_element(m_shape.seasonality.begin(), m_shape.seasonality.end());
        m_envelope = std::max(1.0, 1.0 + m_shape.trend) * maxSeason;
        m_shaped = m_shape.trend != 0 || !m_shape.seasonality.empty();
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        if (m_shape.unique) {
            for (std::size_t i = 0; i < request.count; ++i)
                store(out, i, m_shape.first + static_cast<std::int64_t>(m_permutation(static_cast<std::uint64_t>(request.rows[i]))));
            return;
        }
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) { store(out, i, draw(r)); });
    }

private:
    std::int64_t draw(RowRandom& r) const
    {
        while (true) {
            const std::int64_t offset = static_cast<std::int64_t>(r.below(m_count));
            if (!m_shaped)
                return m_shape.first + offset;
            const std::int64_t value = m_shape.first + offset;
            double density = 1 + m_shape.trend * (m_count > 1 ? static_cast<double>(offset) / static_cast<double>(m_count - 1) : 0);
            if (!m_shape.seasonality.empty()) {
                const std::int64_t day = m_shape.days ? value : value * m_shape.unit / kMicrosPerDay;
                density *= m_shape.seasonality[static_cast<std::size_t>(civilFromDays(day).month - 1)];
            }
            if (r.uniform() * m_envelope < density)
                return value;
        }
    }

    void store(ColumnBuffer& out, std::size_t i, std::int64_t value) const
    {
        if (m_shape.days)
            storeDay(out, i, value);
        else
            storeInstant(out, i, value * m_shape.unit);
    }

    std::uint64_t m_stream;
    Shape m_shape;
    std::uint64_t m_count;
    Permutation m_permutation;
    double m_envelope = 1;
    bool m_shaped = false;
};

class TimeOfDayGenerator : public ColumnGenerator {
public:
    TimeOfDayGenerator(std::uint64_t stream, std::int64_t firstSecond, std::int64_t lastSecond)
        : m_stream(stream), m_first(firstSecond), m_count(static_cast<std::uint64_t>(lastSecond - firstSecond + 1))
    {
    }
    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            const std::int64_t micros = (m_first + static_cast<std::int64_t>(r.below(m_count))) * kMicrosPerSecond;
            if (out.shape.kind == ValueKind::Text) {
                appendTimeOfDay(out.bytes, micros);
                out.closeText(i);
            } else {
                out.ints[i] = micros;
            }
        });
    }

private:
    std::uint64_t m_stream;
    std::int64_t m_first;
    std::uint64_t m_count;
};

GeneratorPtr buildRange(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    const bool days = spec.generator == "date";
    const ValueKind kind = ctx.shape.kind;
    if (kind != ValueKind::Date && kind != ValueKind::Timestamp && kind != ValueKind::Text) {
        error = "generator " + spec.generator + " needs a date, timestamp or text column";
        return nullptr;
    }
    if (spec.start.empty() || spec.end.empty()) {
        error = "generator " + spec.generator + " needs `start` and `end`";
        return nullptr;
    }
    RangeGenerator::Shape s;
    s.days = days;
    s.trend = spec.trend.value_or(0);
    s.seasonality = spec.seasonality;
    s.unique = spec.unique;
    if (days) {
        const auto first = parseDate(spec.start);
        const auto last = parseDate(spec.end);
        if (!first || !last) {
            error = "`start` and `end` of a date range must be dates written YYYY-MM-DD";
            return nullptr;
        }
        s.first = *first;
        s.last = *last;
        s.unit = kMicrosPerDay;
    } else {
        const auto first = parseTimestamp(spec.start);
        auto last = parseTimestamp(spec.end);
        if (!first || !last) {
            error = "`start` and `end` of a timestamp range must be written YYYY-MM-DD or YYYY-MM-DD HH:MM:SS";
            return nullptr;
        }
        if (spec.end.size() == 10)
            *last += kMicrosPerDay - kMicrosPerSecond;  // a day as the end means its last second
        s.first = *first / kMicrosPerSecond;
        s.last = *last / kMicrosPerSecond;
        s.unit = kMicrosPerSecond;
    }
    if (s.last < s.first) {
        error = "the range ends before it starts";
        return nullptr;
    }
    if (spec.unique) {
        if (s.trend != 0 || !s.seasonality.empty()) {
            error = "distinct " + spec.generator + "s cannot follow a trend or seasonality; drop one of them";
            return nullptr;
        }
        if (s.last - s.first + 1 < ctx.rows) {
            error = "the table gets " + std::to_string(ctx.rows) + " rows but the range holds only " +
                    std::to_string(s.last - s.first + 1) + " distinct " + spec.generator + "s";
            return nullptr;
        }
    }
    return std::make_unique<RangeGenerator>(ctx.stream, std::move(s));
}

}  // namespace

GeneratorPtr buildTemporal(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (spec.generator != "time")
        return buildRange(spec, ctx, error);
    if (spec.unique) {
        error = "generator time cannot promise distinct values";
        return nullptr;
    }
    if (ctx.shape.kind != ValueKind::Time && ctx.shape.kind != ValueKind::Text) {
        error = "generator time needs a time or text column";
        return nullptr;
    }
    const auto first = parseTimeOfDay(spec.start.empty() ? "00:00:00" : spec.start);
    const auto last = parseTimeOfDay(spec.end.empty() ? "23:59:59" : spec.end);
    if (!first || !last || *last < *first) {
        error = "`start` and `end` of a time range must be times of day (HH:MM:SS), the end after the start";
        return nullptr;
    }
    return std::make_unique<TimeOfDayGenerator>(ctx.stream, *first / kMicrosPerSecond, *last / kMicrosPerSecond);
}

}  // namespace ss::seed
