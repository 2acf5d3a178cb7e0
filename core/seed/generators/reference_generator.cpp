#include "core/seed/generators/reference_generator.h"

#include "core/seed/permutation.h"
#include "core/seed/zipf_sampler.h"

#include <optional>
#include <vector>

namespace ss::seed {

namespace {

class ReferenceGenerator : public ColumnGenerator {
public:
    ReferenceGenerator(const ReferenceDraw& draw, std::shared_ptr<const ColumnGenerator> parentKey, std::int64_t parentRows)
        : m_draw(draw), m_parentKey(std::move(parentKey)), m_parentRows(static_cast<std::uint64_t>(parentRows)),
          m_permutation(draw.mode == ReferenceDraw::Mode::Distinct ? draw.combinations : m_parentRows,
                        subStream(draw.stream, 1))
    {
        if (draw.mode == ReferenceDraw::Mode::Zipf)
            m_zipf.emplace(m_parentRows, draw.s);
        // Zipf's popular ranks land on scattered parent rows rather than on the first ones. A table of the
        // scatter (4 bytes a parent, for parents of up to 16M rows) saves a Feistel walk per draw.
        if (draw.mode == ReferenceDraw::Mode::Zipf && m_parentRows <= kMaxScatterTable) {
            m_scatter.resize(m_parentRows);
            for (std::uint64_t rank = 0; rank < m_parentRows; ++rank)
                m_scatter[rank] = static_cast<std::uint32_t>(m_permutation(rank));
        }
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
                if (m_draw.mode == ReferenceDraw::Mode::Uniform) {
                    parent = r.below(m_parentRows);
                } else {
                    const std::uint64_t rank = m_zipf->sample(r) - 1;
                    parent = m_scatter.empty() ? m_permutation(rank) : m_scatter[rank];
                }
            }
            parents[i] = static_cast<std::int64_t>(parent);
        }
        FillRequest parentRequest;
        parentRequest.rows = parents.data();
        parentRequest.count = parents.size();
        m_parentKey->fill(parentRequest, out);
    }

private:
    static constexpr std::uint64_t kMaxScatterTable = std::uint64_t{1} << 24;

    ReferenceDraw m_draw;
    std::shared_ptr<const ColumnGenerator> m_parentKey;
    std::uint64_t m_parentRows;
    std::optional<ZipfSampler> m_zipf;
    Permutation m_permutation;
    std::vector<std::uint32_t> m_scatter;
};

}  // namespace

std::unique_ptr<ColumnGenerator> makeReference(const ReferenceDraw& draw, std::shared_ptr<const ColumnGenerator> parentKey,
                                               std::int64_t parentRows)
{
    return std::make_unique<ReferenceGenerator>(draw, std::move(parentKey), parentRows);
}

}  // namespace ss::seed
