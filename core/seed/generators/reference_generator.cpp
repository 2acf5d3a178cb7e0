#include "core/seed/generators/reference_generator.h"

#include "core/seed/permutation.h"
#include "core/seed/zipf_sampler.h"

#include <vector>

namespace ss::seed {

namespace {

class ReferenceGenerator : public ColumnGenerator {
public:
    ReferenceGenerator(const ReferenceDraw& draw, std::shared_ptr<const ColumnGenerator> parentKey, std::int64_t parentRows)
        : m_draw(draw), m_parentKey(std::move(parentKey)), m_parentRows(static_cast<std::uint64_t>(parentRows)),
          m_zipf(m_parentRows, draw.s),
          m_permutation(draw.mode == ReferenceDraw::Mode::Distinct ? draw.combinations : m_parentRows,
                        subStream(draw.stream, 1))
    {
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        std::vector<std::int64_t> parents(request.count);
        for (std::size_t i = 0; i < request.count; ++i) {
            std::uint64_t parent = 0;
            if (m_draw.mode == ReferenceDraw::Mode::Distinct) {
                parent = m_permutation(static_cast<std::uint64_t>(request.rows[i])) / m_draw.divisor % m_parentRows;
            } else {
                RowRandom r(m_draw.stream, request.rows[i]);
                // Zipf's popular ranks land on scattered parent rows rather than on the first ones.
                parent = m_draw.mode == ReferenceDraw::Mode::Zipf ? m_permutation(m_zipf.sample(r) - 1) : r.below(m_parentRows);
            }
            parents[i] = static_cast<std::int64_t>(parent);
        }
        FillRequest parentRequest;
        parentRequest.rows = parents.data();
        parentRequest.count = parents.size();
        m_parentKey->fill(parentRequest, out);
    }

private:
    ReferenceDraw m_draw;
    std::shared_ptr<const ColumnGenerator> m_parentKey;
    std::uint64_t m_parentRows;
    ZipfSampler m_zipf;
    Permutation m_permutation;
};

}  // namespace

std::unique_ptr<ColumnGenerator> makeReference(const ReferenceDraw& draw, std::shared_ptr<const ColumnGenerator> parentKey,
                                               std::int64_t parentRows)
{
    return std::make_unique<ReferenceGenerator>(draw, std::move(parentKey), parentRows);
}

}  // namespace ss::seed
