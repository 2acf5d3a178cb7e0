#pragma once

#include "core/seed/row_batch.h"
#include "core/seed/table_producer.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace ss::seed {

// Generates a table's batches on a thread of its own, one batch ahead of the loader, so that generating and
// writing overlap: on two cores a load is bound by the database alone. Two batches go back and forth, so memory
// stays bounded by the batch size. The producer belongs to the pipeline's thread until the pipeline is done.
class BatchPipeline {
public:
    BatchPipeline(TableProducer& producer, std::size_t batchSize);
    ~BatchPipeline();
    BatchPipeline(const BatchPipeline&) = delete;
    BatchPipeline& operator=(const BatchPipeline&) = delete;

    // The next batch, valid until the next call; nullptr when the table is done or the producer's cancel flag is
    // set (then the producer may be read again).
    const RowBatch* next();
    // Rows of the batches handed out so far.
    std::int64_t rowsDone() const { return m_rowsDone; }

private:
    void run();
    void stop();

    TableProducer& m_producer;
    std::size_t m_batchSize;
    RowBatch m_batches[2];
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<int> m_free = {0, 1};
    std::deque<int> m_ready;
    int m_held = -1;
    bool m_done = false;
    bool m_stop = false;
    std::int64_t m_rowsDone = 0;
    std::thread m_thread;
};

}  // namespace ss::seed
