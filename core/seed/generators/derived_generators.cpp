#include "core/seed/civil_time.h"
#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"

#include <cmath>

namespace ss::seed {

namespace {

// Another column of the same row plus (offset) or times (ratio) a uniform amount: an end date after its start
// date, a list price above its cost. A NULL source gives a NULL value.
class DerivedGenerator : public ColumnGenerator {
public:
    enum class Op { Offset, Ratio };
    DerivedGenerator(std::uint64_t stream, int source, Op op, double lo, double hi)
        : m_stream(stream), m_source(static_cast<std::size_t>(source)), m_op(op), m_lo(lo), m_hi(hi)
    {
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        const ColumnBuffer& source = request.batch->columns[m_source];
        const ValueKind kind = source.shape.kind;
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            const std::size_t at = request.at(i);
            if (source.isNull(at)) {
                out.nulls[i] = 1;
                storeNumber(out, i, 0);
                return;
            }
            const double base = readNumber(source, at);
            if (m_op == Op::Ratio) {
                storeNumber(out, i, base * (m_lo + (m_hi - m_lo) * r.uniform()));
                return;
            }
            if (kind == ValueKind::Date) {
                const auto span = static_cast<std::uint64_t>(std::floor(m_hi) - std::ceil(m_lo) + 1);
                storeDay(out, i, static_cast<std::int64_t>(base + std::ceil(m_lo)) + static_cast<std::int64_t>(r.below(span)));
            } else if (kind == ValueKind::Timestamp) {
                const auto lo = static_cast<std::int64_t>(std::ceil(m_lo * 86400));
                const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(std::floor(m_hi * 86400)) - lo + 1);
                storeInstant(out, i, static_cast<std::int64_t>(base) + (lo + static_cast<std::int64_t>(r.below(span))) * kMicrosPerSecond);
            } else {
                storeNumber(out, i, base + m_lo + (m_hi - m_lo) * r.uniform());
            }
        });
    }

private:
    std::uint64_t m_stream;
    std::size_t m_source;
    Op m_op;
    double m_lo;
    double m_hi;
};

}  // namespace

GeneratorPtr buildDerived(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (spec.unique) {
        error = "generator " + spec.generator + " cannot promise distinct values";
        return nullptr;
    }
    if (spec.of.size() != 1) {
        error = "generator " + spec.generator + " needs `of`: the one column it follows";
        return nullptr;
    }
    if (!spec.min || !spec.max) {
        error = "generator " + spec.generator + " needs `min` and `max`";
        return nullptr;
    }
    const int source = ctx.dependOn(spec.of.front(), error);
    if (source < 0)
        return nullptr;
    const ValueKind from = ctx.columnShapes[static_cast<std::size_t>(source)].kind;
    const ValueKind to = ctx.shape.kind;
    const bool temporal = from == ValueKind::Date || from == ValueKind::Timestamp;
    const bool numeric = from == ValueKind::Integer || from == ValueKind::Decimal || from == ValueKind::Real;
    if (spec.generator == "ratio" ? !numeric || temporal : !(numeric || temporal)) {
        error = "generator " + spec.generator + " cannot follow " + spec.of.front() + ", a " + toString(from) + " column";
        return nullptr;
    }
    if (temporal && to != ValueKind::Date && to != ValueKind::Timestamp && to != ValueKind::Text) {
        error = "column " + ctx.column + " follows a " + toString(from) + " column, so it must hold dates or timestamps";
        return nullptr;
    }
    if (from == ValueKind::Date && std::floor(*spec.max) < std::ceil(*spec.min)) {
        error = "no whole number of days lies between min and max";
        return nullptr;
    }
    const auto op = spec.generator == "ratio" ? DerivedGenerator::Op::Ratio : DerivedGenerator::Op::Offset;
    return std::make_unique<DerivedGenerator>(ctx.stream, source, op, *spec.min, *spec.max);
}

}  // namespace ss::seed
