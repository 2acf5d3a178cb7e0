#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace ss::ui {

// Runs jobs one at a time on a worker thread of its own, for work that follows what the user types or picks:
// only the latest request matters. A job overtaken before it starts is skipped, and the result of one
// overtaken while it runs is dropped, so `done` only ever sees the result of the newest request.
class LatestJobRunner : public QObject {
    Q_OBJECT

public:
    explicit LatestJobRunner(const QString& threadName, QObject* parent = nullptr);
    ~LatestJobRunner() override;

    // Runs work() on the worker thread, then done(result) on this object's thread unless a newer request came
    // meanwhile. The result is moved between threads, so it must own its data (shared_ptr to const, values).
    template <class Work, class Done>
    void request(Work work, Done done);

    bool isRunning() const { return pending_ > 0; }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    quint64 begin();
    void finish(quint64 generation, const std::function<void()>& deliver);
    bool isLatest(quint64 generation) const { return generation == generation_; }

    QThread thread_;
    QObject* worker_;  // lives in thread_: the context its jobs run in
    std::atomic<quint64> generation_{0};
    int pending_ = 0;  // requests whose result has not come back (this object's thread only)
};

template <class Work, class Done>
void LatestJobRunner::request(Work work, Done done)
{
    using Result = std::invoke_result_t<Work&>;
    const quint64 generation = begin();
    QMetaObject::invokeMethod(worker_, [this, generation, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<std::optional<Result>>();
        if (isLatest(generation)) result->emplace(work());
        QMetaObject::invokeMethod(this, [this, generation, result, done = std::move(done)]() mutable {
            finish(generation, [&] {
                if (*result) done(std::move(**result));
            });
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

}  // namespace ss::ui
