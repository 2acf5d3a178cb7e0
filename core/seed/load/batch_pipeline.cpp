#include "core/seed/load/batch_pipeline.h"

#include "core/util/vector_state.h"

namespace ss::seed {

BatchPipeline::BatchPipeline(TableProducer& producer, std::size_t batchSize)
    : m_producer(producer), m_batchSize(batchSize), m_batches{producer.makeBatch(), producer.makeBatch()}
{
    m_thread = std::thread([this] { run(); });
}

BatchPipeline::~BatchPipeline()
{
    stop();
}

void BatchPipeline::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BatchPipeline::run()
{
    clearUpperVectorState();
    for (;;) {
        int slot = -1;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            slot = m_free.back();
            m_free.pop_back();
        }
        const std::size_t rows = m_producer.nextBatch(m_batches[slot], m_batchSize);
        {
            const std::lock_guard lock(m_mutex);
            if (rows == 0) {
                m_done = true;
                m_free.push_back(slot);
            } else {
                m_ready.push_back(slot);
            }
        }
        m_changed.notify_all();
        if (rows == 0)
            return;
    }
}

const RowBatch* BatchPipeline::next()
{
    std::unique_lock lock(m_mutex);
    if (m_held >= 0) {
        m_free.push_back(m_held);
        m_held = -1;
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    // A batch generated ahead is not written once the run is cancelled: where a load stops does not depend on
    // how far ahead the generating thread got.
    if (m_ready.empty() || m_producer.cancelled()) {
        lock.unlock();
        stop();  // joined: the producer is the caller's again
        return nullptr;
    }
    m_held = m_ready.front();
    m_ready.pop_front();
    m_rowsDone += static_cast<std::int64_t>(m_batches[m_held].rowCount);
    return &m_batches[m_held];
}

}  // namespace ss::seed
