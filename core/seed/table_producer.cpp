#include "core/seed/table_producer.h"

#include "core/seed/random.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace ss::seed {

TableProducer::TableProducer(const SeedPlan& plan, std::size_t tableIndex, SeedPass pass)
    : m_table(plan.tables.at(tableIndex)), m_pass(pass)
{
    if (pass == SeedPass::Insert) {
        m_columns.resize(m_table.columns.size());
        std::iota(m_columns.begin(), m_columns.end(), std::size_t{0});
        return;
    }
    m_columns = m_table.primaryKey;
    for (std::size_t i = 0; i < m_table.columns.size(); ++i)
        if (m_table.columns[i].deferred)
            m_columns.push_back(i);
    m_full.columns.resize(m_table.columns.size());
    for (std::size_t i = 0; i < m_table.columns.size(); ++i)
        m_full.columns[i].shape = m_table.columns[i].shape;
}

RowBatch TableProducer::makeBatch() const
{
    RowBatch batch;
    batch.columns.resize(m_columns.size());
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        batch.columns[i].shape = m_table.columns[m_columns[i]].shape;
    return batch;
}

void TableProducer::generate(RowBatch& full, std::size_t count)
{
    full.firstRow = m_next;
    full.rowCount = count;
    m_rows.resize(count);
    std::iota(m_rows.begin(), m_rows.end(), m_next);
    for (ColumnBuffer& c : full.columns)
        c.reset(count);
    FillRequest request;
    request.rows = m_rows.data();
    request.count = count;
    request.batch = &full;
    for (std::size_t c : m_table.fillOrder) {
        const PlannedColumn& column = m_table.columns[c];
        ColumnBuffer& out = full.columns[c];
        if (m_pass == SeedPass::Insert && column.deferred) {
            // Written by the update pass; the buffer still holds a value of its kind for binders that read it.
            out.nulls.assign(count, 1);
            for (std::size_t i = 0; i < count && (out.shape.kind == ValueKind::Text || out.shape.kind == ValueKind::Blob); ++i)
                out.ends[i] = 0;
            continue;
        }
        column.generator->fill(request, out);
        if (column.nullRate > 0)
            for (std::size_t i = 0; i < count; ++i)
                if (RowRandom(column.nullStream, m_rows[i]).uniform() < column.nullRate)
                    out.nulls[i] = 1;
    }
}

std::size_t TableProducer::nextBatch(RowBatch& batch, std::size_t maxRows)
{
    if (cancelled() || m_next >= m_table.rows || maxRows == 0)
        return 0;
    const auto count = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(maxRows), m_table.rows - m_next));
    if (m_pass == SeedPass::Insert) {
        generate(batch, count);
    } else {
        generate(m_full, count);
        batch.firstRow = m_full.firstRow;
        batch.rowCount = count;
        // Swapping keeps both sides' capacity: the buffers go back and forth without reallocating.
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            std::swap(batch.columns[i], m_full.columns[m_columns[i]]);
    }
    m_next += static_cast<std::int64_t>(count);
    return count;
}

}  // namespace ss::seed
