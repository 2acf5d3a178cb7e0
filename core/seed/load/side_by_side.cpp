#include "core/seed/load/side_by_side.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace ss::seed {

namespace {

// How often a lane waiting for a task looks at the stop signal (the user's cancel flag wakes nobody).
constexpr auto kStopPollInterval = std::chrono::milliseconds(50);

}  // namespace

void runSideBySide(TableSchedule& schedule, std::size_t lanes, const OpenConnection& open, const LoaderOptions& loader, const SeedPlan& plan,
                   const StopSignal& stop, const std::function<bool(LoadLane&, std::size_t)>& run,
                   const std::function<void(std::optional<std::size_t>)>& stopped, const std::function<void(const std::string&)>& failed)
{
    std::mutex mutex;
    std::condition_variable changed;
    bool done = false;
    auto finishAll = [&] {
        std::lock_guard lock(mutex);
        done = true;
        changed.notify_all();
    };
    auto work = [&] {
        DatabaseConnection connection;
        std::string error = open(connection);
        std::optional<LoadLane> lane;
        if (error.empty()) {
            lane.emplace(connection, loader);
            error = lane->error();
        }
        if (error.empty())
            error = lane->start(plan, stop);
        if (!error.empty()) {
            failed(error);
            finishAll();
            return;
        }
        std::unique_lock lock(mutex);
        while (!done && !schedule.allStarted()) {
            if (stop.raised()) {
                stopped(schedule.next());
                done = true;
                changed.notify_all();
                break;
            }
            const std::optional<std::size_t> task = schedule.next();
            if (!task) {
                changed.wait_for(lock, kStopPollInterval);
                continue;
            }
            lock.unlock();
            const bool go = run(*lane, *task);
            lock.lock();
            schedule.finished(*task);
            done = done || !go;
            changed.notify_all();
        }
        lock.unlock();
        lane->end();
    };
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < lanes; ++i)
        threads.emplace_back(work);
    for (std::thread& thread : threads)
        thread.join();
}

}  // namespace ss::seed
