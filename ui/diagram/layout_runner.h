#pragma once

#include "core/diagram/diagram_pipeline.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace ss::ui {

// Runs Graphviz layouts on worker threads, one request after another superseding the previous: only the
// result of the latest request is delivered, on the UI thread. Cancel drops the pending result.
class LayoutRunner : public QObject {
    Q_OBJECT

public:
    struct Request {
        ErGraph graph;
        CardMetrics metrics;
        LayoutEngine engine = LayoutEngine::Dot;
        ManualPositions positions;
    };

    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override;

    void start(Request request);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const std::shared_ptr<const LayoutRunner::Request>& request,
                  const std::shared_ptr<const LayoutResult>& result);
    void runningChanged(bool running);

private:
    void setRunning(bool running);

    quint64 m_generation = 0;
    bool m_running = false;
    std::vector<QThread*> m_threads;
};

}  // namespace ss::ui
