#pragma once

#include "core/seed/row_batch.h"
#include "core/seed/seed_plan.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace ss::seed {

enum class SeedPass {
    Insert,  // every column of every row; deferred foreign keys are NULL
    Update,  // the primary key and the deferred foreign key columns of every row, for an UPDATE after all inserts
};

// Streams the rows of one planned table in batches, for a loader to bind or encode. Memory is bounded by the
// batch size: buffers are reused from one batch to the next. Rows come out identical whatever the batch size.
//
//   TableProducer producer(plan, i);
//   RowBatch batch = producer.makeBatch();
//   while (std::size_t n = producer.nextBatch(batch, 10'000)) { ...batch.columns[c]... }
//
// Not thread-safe; use one producer per thread (producers of different tables may run in parallel).
class TableProducer {
public:
    TableProducer(const SeedPlan& plan, std::size_t tableIndex, SeedPass pass = SeedPass::Insert);

    const PlannedTable& table() const { return m_table; }
    // The batch's columns as indexes into table().columns: all of them for Insert, the primary key then the
    // deferred foreign key columns for Update.
    const std::vector<std::size_t>& columns() const { return m_columns; }
    // An empty batch with one buffer per column of columns(), shaped for its values.
    RowBatch makeBatch() const;

    // Fills `batch` with the next rows (at most maxRows) and returns how many; 0 when the table is done or the
    // cancel flag is set.
    std::size_t nextBatch(RowBatch& batch, std::size_t maxRows);

    std::int64_t rowsDone() const { return m_next; }
    std::int64_t totalRows() const { return m_table.rows; }
    // The flag is read before each batch; a loader that sees 0 checks cancelled() to know why.
    void setCancelFlag(const std::atomic<bool>* flag) { m_cancel = flag; }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    void generate(RowBatch& full, std::size_t count);

    const PlannedTable& m_table;
    SeedPass m_pass;
    std::vector<std::size_t> m_columns;
    std::int64_t m_next = 0;
    const std::atomic<bool>* m_cancel = nullptr;
    std::vector<std::int64_t> m_rows;
    RowBatch m_full;  // Update: every column, of which the batch takes a few
};

}  // namespace ss::seed
