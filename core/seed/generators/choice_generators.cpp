#include "core/seed/alias_table.h"
#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"

namespace ss::seed {

namespace {

class CategoricalGenerator : public ColumnGenerator {
public:
    CategoricalGenerator(std::uint64_t stream, ColumnBuffer literals, const std::vector<double>& weights)
        : m_stream(stream), m_literals(std::move(literals)), m_table(weights)
    {
    }
    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) { out.copyValue(i, m_literals, m_table.sample(r)); });
    }

private:
    std::uint64_t m_stream;
    ColumnBuffer m_literals;
    AliasTable m_table;
};

class BooleanGenerator : public ColumnGenerator {
public:
    BooleanGenerator(std::uint64_t stream, double probability) : m_stream(stream), m_probability(probability) {}
    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) { storeNumber(out, i, r.uniform() < m_probability ? 1 : 0); });
    }

private:
    std::uint64_t m_stream;
    double m_probability;
};

}  // namespace

GeneratorPtr buildChoice(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (spec.unique) {
        error = "generator " + spec.generator + " cannot promise distinct values";
        return nullptr;
    }
    if (spec.generator == "boolean") {
        if (ctx.shape.kind != ValueKind::Boolean && ctx.shape.kind != ValueKind::Integer && ctx.shape.kind != ValueKind::Text) {
            error = "generator boolean needs a boolean, integer or text column";
            return nullptr;
        }
        return std::make_unique<BooleanGenerator>(ctx.stream, spec.probability.value_or(0.5));
    }
    if (spec.values.empty()) {
        error = "categorical needs `values`";
        return nullptr;
    }
    ColumnBuffer literals;
    literals.shape = ctx.shape;
    literals.shape.maxChars = 0;  // cut to the column's length when copied out, like every other text
    literals.reset(spec.values.size());
    std::vector<double> weights;
    for (std::size_t i = 0; i < spec.values.size(); ++i) {
        std::string why;
        if (!storeLiteral(literals, i, spec.values[i].value, why)) {
            error = "value " + why + ", as column " + ctx.column + " needs";
            return nullptr;
        }
        weights.push_back(spec.values[i].weight);
    }
    return std::make_unique<CategoricalGenerator>(ctx.stream, std::move(literals), weights);
}

}  // namespace ss::seed
